package io.github.xxgk.report.form;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The paper form of the 2021 edition as data: its three tables laid out as printed ({@link
 * PaperTable}), the report's title and the way it writes a date. Renderers lay the report out from
 * here; readers of published reports match what they find against it.
 *
 * <pre>{@code
 * for (FormTable t : FormTable.values()) {
 *   PaperTable table = Paper.table(t);
 *   for (List<PaperCell> row : table.rows()) { ... }
 * }
 * Paper.title(2024).zh();                       // 2024年政府信息公开工作年度报告
 * Paper.date(LocalDate.of(2025, 1, 13)).zh();   // 2025年1月13日
 * }</pre>
 */
public final class Paper {
  private static final Map<FormTable, PaperTable> TABLES = new EnumMap<>(FormTable.class);

  static {
    TABLES.put(FormTable.PROACTIVE_DISCLOSURE, PaperLayouts.proactiveDisclosure());
    TABLES.put(FormTable.APPLICATIONS, PaperLayouts.applications());
    TABLES.put(
        FormTable.RECONSIDERATION_AND_LITIGATION, PaperLayouts.reconsiderationAndLitigation());
  }

  private Paper() {}

  /** A table of the form as printed. */
  public static PaperTable table(FormTable table) {
    return TABLES.get(table);
  }

  /** The three tables as printed, in the form's order. */
  public static List<PaperTable> tables() {
    return Collections.unmodifiableList(
        Arrays.asList(
            table(FormTable.PROACTIVE_DISCLOSURE),
            table(FormTable.APPLICATIONS),
            table(FormTable.RECONSIDERATION_AND_LITIGATION)));
  }

  /**
   * The report's title for a year, which the published report prints after the organ's name:
   * 2024年政府信息公开工作年度报告.
   */
  public static Label title(int year) {
    return Label.of(
        year + "年政府信息公开工作年度报告", "Annual report on open government information for " + year);
  }

  /** A date as the report signs it: 2025年1月13日 (no leading zeros); ISO 8601 in English. */
  public static Label date(LocalDate date) {
    return Label.of(
        date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
        date.toString());
  }

  /** The note printed in table 三, the balance of each column (勾稽关系). */
  public static Label balanceNote() {
    return PaperLayouts.BALANCE_NOTE;
  }
}
