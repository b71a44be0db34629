package io.github.xxgk.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import io.github.xxgk.report.validation.Equation;
import io.github.xxgk.report.validation.Rule;
import io.github.xxgk.report.validation.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} equal to {@link Catalogue#all()}: the cli is the one module whose
 * class path holds every module's codes. Regenerate it with {@code mvn -pl cli test
 * -Dtest=RulesDocumentTest -Dxxgk.regenerateDocs=true}.
 */
class RulesDocumentTest {
  private static final Path DOCUMENT =
      Paths.get(System.getProperty("basedir", ".")).resolve("../docs/rules.md").normalize();

  private static final Map<Stage, String> INTRODUCTIONS = new EnumMap<>(Stage.class);

  static {
    INTRODUCTIONS.put(
        Stage.FILE,
        "The command-line tool's own codes: an input that could not be opened or read, that is not\n"
            + "a format the tool reads, or whose checking failed inside the tool (exit status 3).\n");
    INTRODUCTIONS.put(
        Stage.JSON,
        "Reading the JSON contract (`ReportJson`): syntax, types, unknown fields, limits. An error\n"
            + "means the record is not a report.\n");
    INTRODUCTIONS.put(
        Stage.IMPORT,
        "Reading a published report: an HTML page, copied text or a PDF. An error means the page\n"
            + "could not be read exactly and no report is returned, except where \"report withheld\" is\n"
            + "\"no\". Blank and not-applicable cells are not problems of reading: they are listed in\n"
            + "`blankCells` and `notApplicableCells`, and the validator reports them (`CELL-BLANK`,\n"
            + "`CELL-NOT-APPLICABLE`).\n");
    INTRODUCTIONS.put(
        Stage.VALIDATION,
        "The standard rules of `ReportValidator.standard()` (`Rules.standard()` lists them in the\n"
            + "order they are applied). A profile (`ReportValidator.builder()`) can turn a rule off,\n"
            + "change its severity, or add rules, by id. Rules about the publication date are skipped\n"
            + "when a report has no `publishedOn`. Rules marked \"previous year\" run only in\n"
            + "`validate(previousYear, thisYear)`.\n");
  }

  static String markdown() {
    Map<String, Integer> equations = new LinkedHashMap<>();
    for (Equation equation : Rules.equations()) {
      equations.merge(equation.ruleId(), 1, Integer::sum);
    }
    StringBuilder md = new StringBuilder();
    md.append("# Problem codes\n\n")
        .append("<!-- Generated from io.github.xxgk.report.problem.Catalogue.all() by the cli's")
        .append(" RulesDocumentTest; do not edit.\n")
        .append("     Regenerate: mvn -pl cli test -Dtest=RulesDocumentTest")
        .append(" -Dxxgk.regenerateDocs=true -->\n\n")
        .append(
            "Every problem the library and the command-line tool report is of one of these codes,\n")
        .append("by the stage that finds it: the file, reading JSON, reading a published report,\n")
        .append(
            "validation. Each module registers its codes in `Catalogue`. Ids are stable: never\n")
        .append(
            "renamed, never reused. An error of a stage before validation means no report came out\n")
        .append(
            "of the input (\"report withheld\"); the command-line tool then exits with status 2.\n");
    Stage stage = null;
    for (Code code : Catalogue.all()) {
      if (code.stage() != stage) {
        stage = code.stage();
        md.append("\n## ")
            .append(
                stage == Stage.JSON
                    ? "JSON"
                    : stage.name().charAt(0) + stage.name().substring(1).toLowerCase(Locale.ROOT))
            .append("\n\n")
            .append(INTRODUCTIONS.get(stage))
            .append('\n');
        md.append("| id | severity | report withheld | title | 标题 | basis | 依据 |");
        md.append(stage == Stage.VALIDATION ? " previous year | equations |\n" : "\n");
        md.append("|---|---|---|---|---|---|---|");
        md.append(stage == Stage.VALIDATION ? "---|---|\n" : "\n");
      }
      md.append("| `")
          .append(code.id())
          .append("` | ")
          .append(code.severity().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(code.severity() != Severity.ERROR ? "" : code.withholdsReport() ? "yes" : "no")
          .append(" | ")
          .append(cell(code.title(Language.EN)))
          .append(" | ")
          .append(cell(code.title(Language.ZH)))
          .append(" | ")
          .append(cell(code.basis(Language.EN)))
          .append(" | ")
          .append(cell(code.basis(Language.ZH)))
          .append(" |");
      if (code instanceof Rule) {
        Integer count = equations.get(code.id());
        md.append(' ')
            .append(((Rule) code).needsPreviousYear() ? "yes" : "")
            .append(" | ")
            .append(count == null ? "" : count.toString())
            .append(" |");
      }
      md.append('\n');
    }
    md.append("\n### Marked cells\n\n")
        .append("`CELL-BLANK` and `CELL-NOT-APPLICABLE` report the cells of `blankCells` and\n")
        .append(
            "`notApplicableCells` in the largest parts of the form they fill, each kind on its own,")
        .append(" per table:\n")
        .append(
            "a table whose every cell is marked is one finding at the table; else each row of two")
        .append(" or more\n")
        .append(
            "cells whose every cell is marked is one finding at the row; then each column of two or")
        .append(" more\n")
        .append(
            "cells whose every cell is marked (and not all in rows found so far) is one finding at")
        .append(" the\n")
        .append(
            "table, naming the column; then every other marked cell is one finding at the cell. A\n")
        .append(
            "finding's related pointers are the cells it covers. So a report that leaves the five\n")
        .append("法人或其他组织 columns of table 三 blank gets five findings, not 125.\n");
    md.append("\n### Equations\n\n")
        .append(
            "The equations of the form, from `Rules.equations()`. Each failing equation is one\n")
        .append(
            "violation, located at its stated cell (left); the cells on the right are its related")
        .append(" pointers.\n");
    String rule = null;
    for (Equation equation : Rules.equations()) {
      if (!equation.ruleId().equals(rule)) {
        rule = equation.ruleId();
        md.append("\n#### `").append(rule).append("`\n\n");
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

  /** A table cell: a pipe would end it. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  @Test
  void theDocumentListsEveryCodeOfTheCatalogue() throws IOException {
    String expected = markdown();
    if (Boolean.getBoolean("xxgk.regenerateDocs")) {
      Files.createDirectories(DOCUMENT.getParent());
      Files.write(DOCUMENT, expected.getBytes(StandardCharsets.UTF_8));
    }
    String actual =
        Files.exists(DOCUMENT)
            ? new String(Files.readAllBytes(DOCUMENT), StandardCharsets.UTF_8)
            : "";
    assertEquals(
        expected,
        actual,
        DOCUMENT
            + " is out of date with Catalogue.all(). Regenerate it with"
            + " `mvn -pl cli test -Dtest=RulesDocumentTest -Dxxgk.regenerateDocs=true` and commit"
            + " it.");
  }

  @Test
  void theCatalogueHoldsTheToolsCodesAndEveryStandardRule() {
    for (FileRule code : FileRule.values()) {
      assertEquals(code, Catalogue.find(code.id()).get());
    }
    for (Rule rule : Rules.standard()) {
      assertEquals(rule, Catalogue.find(rule.id()).get());
    }
    assertTrue(Catalogue.all().size() >= FileRule.values().length + Rules.standard().size());
  }
}
