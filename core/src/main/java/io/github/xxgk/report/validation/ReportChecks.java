package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.NarrativeWording;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules on one report other than its equations: signs, metadata, completeness. */
final class ReportChecks {
  private static final List<String> YEAR = ViolationBuilder.pointers("/year");
  private static final List<String> EDITION = ViolationBuilder.pointers("/edition");

  static final Cell FEE =
      FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
  private static final Cell[] COUNTS = counts();

  private ReportChecks() {}

  private static Cell[] counts() {
    List<Cell> counts = new ArrayList<>(FormCells.all());
    counts.remove(FEE);
    return counts.toArray(new Cell[0]);
  }

  /** The count cells, then the money cell: the order of the findings. */
  static void nonNegative(CheckContext context) {
    boolean negative = context.grid().anyNegativeCount();
    for (int i = 0; i < COUNTS.length && negative; i++) {
      Cell cell = COUNTS[i];
      int count = context.count(cell);
      if (count < 0) {
        BigDecimal value = BigDecimal.valueOf(count);
        context.violation(cell).stated(value).arguments(cell, value).add();
      }
    }
    BigDecimal fee = context.amount(FEE);
    if (fee.signum() < 0) {
      context.violation(FEE).stated(fee).arguments(FEE, fee).add();
    }
  }

  static void organBlank(CheckContext context) {
    AnnualReport report = context.report();
    if (isBlank(report.organ())) {
      context.violation("/organ").add();
    }
  }

  static void editionUnknown(CheckContext context) {
    AnnualReport report = context.report();
    if (!AnnualReport.EDITION_2021.equals(report.edition())) {
      context.violation("/edition").arguments(report.edition()).add();
    }
  }

  static void editionBefore2021(CheckContext context) {
    AnnualReport report = context.report();
    if (AnnualReport.EDITION_2021.equals(report.edition()) && report.year() < 2021) {
      context
          .violation("/year")
          .related(EDITION)
          .stated(report.year())
          .arguments(String.valueOf(report.year()))
          .add();
    }
  }

  /** Skipped when the report has no publication date. */
  static void publishedBeforeYearEnd(CheckContext context) {
    AnnualReport report = context.report();
    Optional<LocalDate> publishedOn = report.publishedOn();
    if (publishedOn.isPresent() && publishedOn.get().getYear() <= report.year()) {
      context
          .violation("/publishedOn")
          .related(YEAR)
          .arguments(publishedOn.get().toString(), String.valueOf(report.year()))
          .add();
    }
  }

  /**
   * Article 49 ({@link PublicationDeadline}): without an organ kind the earlier date applies and
   * the message says why. Skipped when the report has no publication date.
   */
  static void publicationDeadline(CheckContext context) {
    AnnualReport report = context.report();
    Optional<LocalDate> publishedOn = report.publishedOn();
    if (!publishedOn.isPresent()) {
      return;
    }
    Optional<OrganKind> kind = report.organKind();
    LocalDate date = publishedOn.get();
    if (PublicationDeadline.isPast(date, report.year(), kind.orElse(null))) {
      String deadline = PublicationDeadline.of(report.year(), kind.orElse(null)).toString();
      context
          .violation("/publishedOn")
          .related(YEAR)
          .variant(kind.isPresent() ? kind.get().jsonName() : "kindUnknown")
          .arguments(date.toString(), deadline)
          .add();
    }
  }

  static void sectionMissing(CheckContext context) {
    AnnualReport report = context.report();
    // Direct accessor calls, not NarrativeSection.read: the JIT can then inline them and drop the
    // Optional each one returns, keeping a valid report free of allocation.
    section(context, report.overview(), NarrativeSection.OVERVIEW);
    section(context, report.problemsAndImprovements(), NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
    section(context, report.otherMatters(), NarrativeSection.OTHER_MATTERS);
  }

  private static void section(
      CheckContext context, Optional<String> text, NarrativeSection section) {
    if (!text.isPresent() || isBlank(text.get())) {
      context.violation(section.pointer()).arguments(section.label()).add();
    }
  }

  static void informationFeeNotStated(CheckContext context) {
    AnnualReport report = context.report();
    NarrativeSection section = NarrativeSection.OTHER_MATTERS;
    Optional<String> text = report.otherMatters();
    // in traditional characters too ("信息處理費")
    if (!text.isPresent()
        || !NarrativeChecks.printedOrFolded(text.get(), NarrativeWording::statesInformationFee)) {
      context.violation(section.pointer()).arguments(section.label()).add();
    }
  }

  /** Blank: empty or only whitespace, the ideographic space U+3000 included. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Visible ASCII and CJK ideographs, the usual first characters, are neither; saying so is
      // cheaper than asking Character, whose tables are behind a virtual call.
      if ((c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF)) {
        return false;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }
}
