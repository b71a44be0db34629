package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The rules on one report other than its equations: signs, metadata, completeness, plausibility. */
final class ReportChecks {
  /** The phrase of 国办函〔2020〕109号 that section 六 is expected to mention. */
  static final String INFORMATION_FEE = "信息处理费";

  static final Cell FEE = FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
  private static final List<String> NONE = Collections.emptyList();
  private static final List<String> YEAR = Violation.pointers("/year");
  private static final List<String> EDITION = Violation.pointers("/edition");

  // Issued, repealed and in force, per document item: looked up once, not per report.
  private static final Cell[][] DOCUMENTS = new Cell[DisclosureItem.DOCUMENTS.size()][];

  static {
    for (int d = 0; d < DOCUMENTS.length; d++) {
      DisclosureItem item = DisclosureItem.DOCUMENTS.get(d);
      DOCUMENTS[d] = new Cell[] {
        FormCells.disclosure(item, DisclosureColumn.ISSUED),
        FormCells.disclosure(item, DisclosureColumn.REPEALED),
        FormCells.disclosure(item, DisclosureColumn.IN_FORCE)
      };
    }
  }

  private ReportChecks() {}

  static List<Violation> nonNegative(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    List<Violation> result = found;
    // The sign bits first, in a loop the JIT vectorises; the cells one by one only if one is set.
    int sign = 0;
    for (int i = 0; i < FormCells.SIZE; i++) {
      sign |= cells[i] >> 31;
    }
    List<Cell> all = FormCells.all();
    for (int i = 0; i < FormCells.SIZE && sign != 0; i++) {
      if (cells[i] < 0) {
        Cell cell = all.get(i);
        BigDecimal value = BigDecimal.valueOf(cells[i]);
        result = Check.add(result, rule, severity, rule.id(), cell.pointer(), NONE, value, null, cell, value);
      }
    }
    BigDecimal fee = FEE.amount(report);
    if (fee.signum() < 0) {
      result = Check.add(result, rule, severity, rule.id(), FEE.pointer(), NONE, fee, null, FEE, fee);
    }
    return result;
  }

  static List<Violation> organBlank(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    return isBlank(report.organ())
        ? Check.add(found, rule, severity, rule.id(), "/organ", NONE, null, null)
        : found;
  }

  static List<Violation> editionUnknown(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    return AnnualReport.EDITION_2021.equals(report.edition())
        ? found
        : Check.add(found, rule, severity, rule.id(), "/edition", NONE, null, null, report.edition());
  }

  static List<Violation> editionBefore2021(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    return AnnualReport.EDITION_2021.equals(report.edition()) && report.year() < 2021
        ? Check.add(
            found, rule, severity, rule.id(), "/year", EDITION,
            BigDecimal.valueOf(report.year()), null, String.valueOf(report.year()))
        : found;
  }

  /** Skipped when the report has no publication date. */
  static List<Violation> publishedBeforeYearEnd(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    Optional<LocalDate> publishedOn = report.publishedOn();
    if (!publishedOn.isPresent() || publishedOn.get().getYear() > report.year()) {
      return found;
    }
    return Check.add(
        found, rule, severity, rule.id(), "/publishedOn", YEAR, null, null,
        publishedOn.get().toString(), String.valueOf(report.year()));
  }

  /**
   * Article 49: a department publishes by 31 January of the next year, the report of a people's
   * government by 31 March. Without an organ kind the earlier date applies and the message says
   * why. Skipped when the report has no publication date.
   */
  static List<Violation> publicationDeadline(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    Optional<LocalDate> publishedOn = report.publishedOn();
    if (!publishedOn.isPresent()) {
      return found;
    }
    Optional<OrganKind> kind = report.organKind();
    int deadlineMonth = kind.isPresent() && kind.get() == OrganKind.GOVERNMENT ? 3 : 1;
    long deadlineYear = (long) report.year() + 1;
    LocalDate date = publishedOn.get();
    boolean late =
        date.getYear() > deadlineYear
            || (date.getYear() == deadlineYear && date.getMonthValue() > deadlineMonth);
    if (!late) {
      return found;
    }
    String key = rule.id() + (kind.isPresent() ? "." + kind.get().jsonName() : ".kindUnknown");
    String deadline = deadlineYear + "-0" + deadlineMonth + "-31";
    return Check.add(
        found, rule, severity, key, "/publishedOn", YEAR, null, null, date.toString(), deadline);
  }

  static List<Violation> sectionMissing(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    // Direct accessor calls, not NarrativeSection.read: the JIT can then inline them and drop the
    // Optional each one returns, keeping a valid report free of allocation.
    List<Violation> result = section(found, report.overview(), NarrativeSection.OVERVIEW, rule, severity);
    result = section(result, report.problemsAndImprovements(), NarrativeSection.PROBLEMS_AND_IMPROVEMENTS, rule, severity);
    return section(result, report.otherMatters(), NarrativeSection.OTHER_MATTERS, rule, severity);
  }

  private static List<Violation> section(
      List<Violation> found, Optional<String> text, NarrativeSection section, Rule rule, Severity severity) {
    if (text.isPresent() && !isBlank(text.get())) {
      return found;
    }
    return Check.add(found, rule, severity, rule.id(), section.pointer(), NONE, null, null, section.label());
  }

  static List<Violation> informationFeeNotStated(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    NarrativeSection section = NarrativeSection.OTHER_MATTERS;
    Optional<String> text = report.otherMatters();
    if (text.isPresent() && text.get().contains(INFORMATION_FEE)) {
      return found;
    }
    return Check.add(found, rule, severity, rule.id(), section.pointer(), NONE, null, null, section.label());
  }

  static List<Violation> inForcePlausibility(
      AnnualReport report, AnnualReport previous, int[] cells, Rule rule, Severity severity, List<Violation> found) {
    List<Violation> result = found;
    for (int d = 0; d < DOCUMENTS.length; d++) {
      Cell issued = DOCUMENTS[d][0];
      Cell repealed = DOCUMENTS[d][1];
      Cell inForce = DOCUMENTS[d][2];
      long net = (long) cells[issued.index()] - cells[repealed.index()];
      if (cells[inForce.index()] < net) {
        BigDecimal stated = BigDecimal.valueOf(cells[inForce.index()]);
        BigDecimal computed = BigDecimal.valueOf(net);
        result =
            Check.add(
                result, rule, severity, rule.id(), inForce.pointer(),
                Violation.pointers(issued.pointer(), repealed.pointer()), stated, computed,
                inForce, stated, computed,
                BigDecimal.valueOf(cells[issued.index()]), BigDecimal.valueOf(cells[repealed.index()]),
                issued.column().label(), repealed.column().label());
      }
    }
    return result;
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
