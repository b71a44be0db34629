package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.publication.read.match.ImportRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/import-rules.md} equal to the rules of reading; regenerate it with {@code mvn
 * -pl publication test -Dtest=ImportRulesDocumentTest -Dxxgk.regenerateDocs=true}.
 */
class ImportRulesDocumentTest {
  private static final Path DOCUMENT = Paths.get("..", "docs", "import-rules.md");

  @Test
  void theDocumentListsEveryRule() throws IOException {
    String expected = markdown();
    if (Boolean.getBoolean("xxgk.regenerateDocs")) {
      Files.write(DOCUMENT, expected.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(expected, new String(Files.readAllBytes(DOCUMENT), StandardCharsets.UTF_8));
  }

  @Test
  void idsAreUniqueAndEveryRuleHasBothMessages() {
    Set<String> ids = new HashSet<>();
    ResourceBundle en = bundle(Locale.ROOT);
    ResourceBundle zh = bundle(Locale.CHINESE);
    for (ImportRule rule : ImportRule.values()) {
      assertEquals(true, ids.add(rule.id()), rule.id());
      assertEquals(true, rule.id().matches("IMPORT(-[A-Z0-9]+)+"), rule.id());
      assertEquals(
          true,
          !en.getString(rule.id()).isEmpty()
              && !zh.getString(rule.id()).equals(en.getString(rule.id())),
          rule.id());
    }
    assertEquals(ids, new HashSet<>(en.keySet()));
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "io.github.xxgk.report.publication.read.match.ImportMessages",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Rules of reading published reports\n\n")
        .append(
            "<!-- Generated from io.github.xxgk.report.publication.read.match.ImportRule by ImportRulesDocumentTest;\n")
        .append(
            "     do not edit. Regenerate: mvn -pl publication test -Dtest=ImportRulesDocumentTest -Dxxgk.regenerateDocs=true -->\n\n")
        .append(
            "`PublishedReports.read` lists these problems, each with its rule id, severity, position in the\n")
        .append(
            "source (line:column) and the cell's JSON Pointer. An `error` means the page could not be read\n")
        .append(
            "exactly, and no report is returned (\"report withheld\": yes), except `IMPORT-EDITION-2019`: a\n")
        .append(
            "report on the 2019 template whose cells were all resolved is returned with that error beside\n")
        .append(
            "it, and then validated. Ids are stable: never renamed, never reused. The messages\n")
        .append("below are the patterns; `{n}` is filled with what the reader saw.\n\n")
        .append("| id | severity | report withheld | message | 信息 |\n|---|---|---|---|---|\n");
    ResourceBundle en = bundle(Locale.ROOT);
    ResourceBundle zh = bundle(Locale.CHINESE);
    for (ImportRule rule : ImportRule.values()) {
      md.append("| `")
          .append(rule.id())
          .append("` | ")
          .append(rule.severity().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(
              rule.severity() != io.github.xxgk.report.problem.Severity.ERROR
                  ? ""
                  : rule.withholdsReport() ? "yes" : "no")
          .append(" | ")
          .append(en.getString(rule.id()).replace("''", "'").replace("|", "\\|"))
          .append(" | ")
          .append(zh.getString(rule.id()).replace("''", "'").replace("|", "\\|"))
          .append(" |\n");
    }
    md.append(
            "\n`IMPORT-EDITION-2019` is a warning for a report on a year before 2021, for which the 2019\n")
        .append(
            "template was right. Cells printed blank or as not applicable are not problems of reading:\n")
        .append(
            "they are listed in `blankCells` and `notApplicableCells`, and the validator reports them\n")
        .append("(`CELL-BLANK`, `CELL-NOT-APPLICABLE`).\n");
    return md.toString();
  }
}
