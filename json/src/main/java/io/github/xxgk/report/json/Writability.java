package io.github.xxgk.report.json;

import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Refuses to write what the reader would refuse to read, so that every written document reads
 * back to an equal report.
 */
final class Writability {
  private Writability() {}

  /** @throws IllegalArgumentException naming the first value that could not be read back */
  static void check(AnnualReport report) {
    if (!AnnualReport.EDITION_2021.equals(report.edition())) {
      throw new IllegalArgumentException(
          "edition '" + report.edition() + "' cannot be written: only 2021 is modelled");
    }
    int scale =
        FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN)
            .amount(report)
            .scale();
    if (Math.abs(scale) > ReportJson.MAX_MONEY_SCALE) {
      throw new IllegalArgumentException(
          "fee amount with scale " + scale + " exceeds the reader's limit of "
              + ReportJson.MAX_MONEY_SCALE);
    }
    Optional<LocalDate> date = report.publishedOn();
    if (date.isPresent() && (date.get().getYear() < 0 || date.get().getYear() > 9999)) {
      throw new IllegalArgumentException("publishedOn " + date.get() + " is not a YYYY-MM-DD date");
    }
    length("organ", Optional.of(report.organ()));
    for (NarrativeSection section : NarrativeSection.values()) {
      length(section.pointer().substring(1), section.read(report));
    }
  }

  private static void length(String name, Optional<String> text) {
    if (text.isPresent() && !TextValues.isUnicode(text.get())) {
      throw new IllegalArgumentException(name + " has an unpaired surrogate; it is not Unicode text");
    }
    if (text.isPresent() && text.get().length() > ReportJson.MAX_STRING_LENGTH) {
      throw new IllegalArgumentException(
          name + " has " + text.get().length() + " characters, more than the reader's limit of "
              + ReportJson.MAX_STRING_LENGTH);
    }
  }
}
