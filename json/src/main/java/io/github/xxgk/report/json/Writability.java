package io.github.xxgk.report.json;

import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Refuses to write what the reader would refuse to read, so that every written document reads back
 * to an equal report.
 */
final class Writability {
  /**
   * Room left in a document for everything but its texts: the 200 cells, the keys, the indentation
   * of pretty output, with a wide margin (a pretty report of extreme values is ~12 KB).
   */
  static final int SKELETON = 64 * 1024;

  private Writability() {}

  /**
   * @throws IllegalArgumentException naming the first value that could not be read back
   */
  static void check(AnnualReport report) {
    if (!AnnualReport.EDITION_2021.equals(report.edition())) {
      throw new IllegalArgumentException(
          "edition '" + report.edition() + "' cannot be written: only 2021 is modelled");
    }
    BigDecimal fee =
        FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN).amount(report);
    int scale = fee.scale();
    // In long: the absolute value of Integer.MIN_VALUE as an int is negative.
    if (Math.abs((long) scale) > Limits.MONEY_SCALE) {
      throw new IllegalArgumentException(
          "fee amount with scale "
              + scale
              + " exceeds the reader's limit of "
              + Limits.MONEY_SCALE);
    }
    // Jackson writes a BigDecimal as its toString(); within the scale limit that is short to count.
    int written = fee.toString().length();
    if (written > Limits.NUMBER_LENGTH) {
      throw new IllegalArgumentException(
          "fee amount of "
              + written
              + " characters exceeds the reader's limit of "
              + Limits.NUMBER_LENGTH);
    }
    Optional<LocalDate> date = report.publishedOn();
    if (date.isPresent() && (date.get().getYear() < 0 || date.get().getYear() > 9999)) {
      throw new IllegalArgumentException("publishedOn " + date.get() + " is not a YYYY-MM-DD date");
    }
    length("organ", Optional.of(report.organ()));
    long texts = escapedLength(report.organ());
    for (NarrativeSection section : NarrativeSection.values()) {
      Optional<String> text = section.read(report);
      length(section.pointer().substring(1), text);
      texts += text.isPresent() ? escapedLength(text.get()) : 0;
    }
    if (texts > Limits.DOCUMENT_LENGTH - SKELETON) {
      throw new IllegalArgumentException(
          "the texts take "
              + texts
              + " characters as written, more than the reader's document "
              + "limit of "
              + Limits.DOCUMENT_LENGTH
              + " leaves for them ("
              + (Limits.DOCUMENT_LENGTH - SKELETON)
              + ")");
    }
  }

  /** The characters of a text as JSON writes it: escapes for quotes, backslashes and controls. */
  static long escapedLength(String text) {
    long length = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        length++;
      } else if (c < 0x20) {
        // \b \t \n \f \r take two characters, the other controls six (\\u0001).
        length += c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 1 : 5;
      }
    }
    return length;
  }

  private static void length(String name, Optional<String> text) {
    if (text.isPresent() && !TextValues.isUnicode(text.get())) {
      throw new IllegalArgumentException(
          name + " has an unpaired surrogate; it is not Unicode text");
    }
    if (text.isPresent() && text.get().length() > Limits.STRING_LENGTH) {
      throw new IllegalArgumentException(
          name
              + " has "
              + text.get().length()
              + " characters, more than the reader's limit of "
              + Limits.STRING_LENGTH);
    }
  }
}
