package io.github.xxgk.report.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  /**
   * The real report, copied from its published page by a person, and the text rendered from its
   * JSON transcription agree line for line from section 二 to the signature, once the copy's
   * accidents are undone: labels wrapped inside their cells and spaces beside two numbers.
   */
  @Test
  void theRealReportRendersAsItsPublishedPageCopies() throws IOException {
    AnnualReport report = ReportFixtures.linfenYaodu2024();
    String published = resource("/reports/linfen-yaodu-2024.txt");
    String rendered = TextRenderer.render(report);
    List<String> renderedLines = lines(rendered);
    assertEquals("临汾市尧都区人民政府办公室", renderedLines.get(0));
    assertEquals("2024年政府信息公开工作年度报告", renderedLines.get(2));
    String from = "二、主动公开政府信息情况";
    assertEquals(
        String.join("\n", normalise(fromLine(lines(published), from))),
        String.join("\n", normalise(fromLine(renderedLines, from))));
  }

  @Test
  void blankAndNotApplicableCellsPrintAsThePageShowsThem() {
    Cell blank = FormCells.all().get(20);
    Cell notApplicable = FormCells.all().get(199);
    AnnualReport report =
        AnnualReport.builder()
            .from(ReportFixtures.zero())
            .addBlankCells(blank)
            .addNotApplicableCells(notApplicable)
            .build();
    List<String> lines = lines(TextRenderer.render(report));
    // Cell 20: the row 二、上年结转 of table 三, its fourth column (社会公益组织).
    int row = lines.indexOf("\t二、上年结转政府信息公开申请数量");
    assertEquals(
        java.util.Arrays.asList("\t0", "\t0", "\t0", "\t", "\t0", "\t0", "\t0", ""),
        lines.subList(row + 1, row + 9));
    // Cell 199: the last of table 四's fifteen, the page's last table row.
    int next = lines.indexOf("五、存在的主要问题及改进情况");
    assertEquals(java.util.Arrays.asList("\t0", "\t/", "", ""), lines.subList(next - 4, next));
  }

  @Test
  void controlCharactersCannotPassForThePagesStructure() {
    AnnualReport report =
        AnnualReport.builder()
            .from(ReportFixtures.zero())
            .organ("某机关\t\u0000")
            .overview("第一段\r\n\t第二段\u2028第三段")
            .build();
    List<String> lines = lines(TextRenderer.render(report));
    assertEquals("某机关\u2409\u2400", lines.get(0));
    int overview = lines.indexOf("一、总体情况");
    assertEquals(
        java.util.Arrays.asList("", "第一段", "", "\u2409第二段", "", "第三段"),
        lines.subList(overview + 1, overview + 7));
  }

  /**
   * Joins a label that the copy wrapped inside its cell; trims spaces the copy left beside a cell.
   */
  private static List<String> normalise(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String trimmed = line.replace('\u00A0', ' ');
      boolean continuation =
          !trimmed.isEmpty()
              && !trimmed.startsWith("\t")
              && !out.isEmpty()
              && out.get(out.size() - 1).startsWith("\t");
      if (continuation) {
        out.set(out.size() - 1, out.get(out.size() - 1) + trimmed.trim());
      } else {
        out.add(trimmed.startsWith("\t") ? "\t" + trimmed.trim() : trimmed.trim());
      }
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static List<String> fromLine(List<String> lines, String first) {
    int start = lines.indexOf(first);
    assertTrue(start >= 0, "no line " + first);
    return lines.subList(start, lines.size());
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    try (Scanner scanner = new Scanner(text)) {
      scanner.useDelimiter("\n");
      while (scanner.hasNext()) {
        lines.add(scanner.next());
      }
    }
    return lines;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TextRendererTest.class.getResourceAsStream(name)) {
      assertTrue(in != null, "missing " + name);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes.write(buffer, 0, n);
      }
      return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
  }
}
