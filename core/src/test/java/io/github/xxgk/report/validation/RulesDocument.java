package io.github.xxgk.report.validation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Writes docs/rules.md from the catalogue. */
final class RulesDocument {
  private RulesDocument() {}

  static String markdown() {
    Map<String, Integer> equations = new LinkedHashMap<>();
    for (Equation equation : Rules.equations()) {
      equations.merge(equation.ruleId(), 1, Integer::sum);
    }
    StringBuilder md = new StringBuilder();
    md.append("# Validation rules\n\n")
        .append(
            "<!-- Generated from io.github.xxgk.report.validation.Rules by CatalogueTest; do not edit.\n")
        .append(
            "     Regenerate: mvn -pl core test -Dtest=CatalogueTest -Dxxgk.regenerateDocs=true -->\n\n")
        .append(
            "The standard rules of `ReportValidator.standard()`, in the order they are applied and\n")
        .append("their violations listed. Ids are stable: never renamed, never reused. A profile\n")
        .append(
            "(`ReportValidator.builder()`) can turn a rule off, change its severity, or add rules,\n")
        .append(
            "by id. Rules about the publication date are skipped when a report has no `publishedOn`.\n")
        .append(
            "Rules marked \"previous year\" run only in `validate(previousYear, thisYear)`.\n\n")
        .append("| id | severity | title | 标题 | basis | previous year | equations |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Rule rule : Rules.standard()) {
      Integer count = equations.get(rule.id());
      md.append("| `")
          .append(rule.id())
          .append("` | ")
          .append(rule.defaultSeverity().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(rule.titleEn())
          .append(" | ")
          .append(rule.titleZh())
          .append(" | ")
          .append(rule.basis())
          .append(" | ")
          .append(rule.needsPreviousYear() ? "yes" : "")
          .append(" | ")
          .append(count == null ? "" : count.toString())
          .append(" |\n");
    }
    md.append("\n`CELL-BLANK` and `CELL-NOT-APPLICABLE` report the cells of `blankCells` and\n")
        .append(
            "`notApplicableCells` in the largest parts of the form they fill, each kind on its own, per table:\n")
        .append(
            "a table whose every cell is marked is one finding at the table; else each row of two or more\n")
        .append(
            "cells whose every cell is marked is one finding at the row; then each column of two or more\n")
        .append(
            "cells whose every cell is marked (and not all in rows found so far) is one finding at the\n")
        .append(
            "table, naming the column; then every other marked cell is one finding at the cell. A\n")
        .append(
            "finding's related pointers are the cells it covers. So a report that leaves the five\n")
        .append("法人或其他组织 columns of table 三 blank gets five findings, not 125.\n");
    md.append(
            "\nThe equations of the form, from `Rules.equations()`. Each failing equation is one\n")
        .append(
            "violation, located at its stated cell (left); the cells on the right are its related pointers.\n");
    String rule = null;
    for (Equation equation : Rules.equations()) {
      if (!equation.ruleId().equals(rule)) {
        rule = equation.ruleId();
        md.append("\n### `").append(rule).append("`\n\n");
      }
      md.append("- `").append(equation.stated().pointer()).append("` =");
      boolean first = true;
      for (Equation.Term term : equation.terms()) {
        md.append(term.coefficient() < 0 ? " − " : first ? " " : " + ")
            .append('`')
            .append(term.cell().pointer())
            .append('`');
        first = false;
      }
      md.append('\n');
    }
    return md.toString();
  }
}
