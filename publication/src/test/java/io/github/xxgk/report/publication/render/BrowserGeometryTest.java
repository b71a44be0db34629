package io.github.xxgk.report.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.Paper;
import io.github.xxgk.report.form.PaperCell;
import io.github.xxgk.report.form.PaperTable;
import io.github.xxgk.report.form.ReportsWithCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ReportFixtures;
import io.github.xxgk.report.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Scanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rendered pages in a real browser (headless chromium): every value cell lies under each of its
 * column headers and within the band of each of its row labels, and nothing is wider than the page,
 * at the printable width of A4 (180 mm, 680 CSS px) and on a narrow screen (500 px), where the
 * tables may only scroll inside their own box. The real report is also printed to PDF in
 * target/browser.
 */
class BrowserGeometryTest {
  /** A4's width less 15 mm margins each side, in CSS pixels (96 per inch). */
  private static final int A4_PRINTABLE = 680;

  /**
   * A narrow screen: headless chromium will not make a window narrower than 500 px, which is still
   * below the 40em at which the page switches to its phone layout.
   */
  private static final int PHONE = 500;

  /** Rounding of sub-pixel borders. */
  private static final double TOLERANCE = 1.5;

  private static Path work;
  private static Chromium chromium;
  private static String script;

  @BeforeAll
  static void setUp() throws IOException {
    work = Paths.get(System.getProperty("basedir", ".")).resolve("target/browser");
    Files.createDirectories(work);
    chromium = new Chromium(work);
    try (InputStream in = BrowserGeometryTest.class.getResourceAsStream("geometry.js")) {
      script = new Scanner(in, "UTF-8").useDelimiter("\\A").next();
    }
  }

  @Test
  void theRealReportKeepsItsGeometryAndPrints() throws Exception {
    String page = HtmlRenderer.standard().render(ReportFixtures.linfenYaodu2024());
    check("linfen-yaodu-2024", page, A4_PRINTABLE, false);
    check("linfen-yaodu-2024", page, PHONE, true);
    Path file = work.resolve("linfen-yaodu-2024.html");
    Files.write(file, page.getBytes(StandardCharsets.UTF_8));
    Path pdf = work.resolve("linfen-yaodu-2024.pdf");
    chromium.printToPdf(file, pdf);
    assertTrue(Files.size(pdf) > 10_000, "a PDF of the page");
  }

  /**
   * The findings view of the real report with one number changed, its overview hidden by the
   * caller's stylesheet: geometry, and a screenshot for a person (docs/rendering.png is one).
   */
  @Test
  void theFindingsViewKeepsItsGeometry() throws Exception {
    AnnualReport real = ReportFixtures.linfenYaodu2024();
    AnnualReport changed =
        CellGrid.of(real)
            .set(
                FormCells.applications(
                    io.github.xxgk.report.form.ApplicationRow.DISCLOSED,
                    io.github.xxgk.report.form.ApplicantColumn.NATURAL_PERSON),
                2)
            .toReport();
    String page =
        HtmlRenderer.builder()
            .stylesheet("#overview { display: none; }")
            .build()
            .findings(changed, ReportValidator.standard().validate(changed), Locale.CHINESE);
    check("findings", page, A4_PRINTABLE, false);
    Path file = work.resolve("findings.html");
    Files.write(file, page.getBytes(StandardCharsets.UTF_8));
    Path png = work.resolve("findings.png");
    chromium.screenshot(file, png, 794, 1400);
    assertTrue(Files.size(png) > 10_000, "a screenshot of the page");
  }

  @Test
  void generatedReportsKeepTheirGeometry() throws Exception {
    for (long seed : new long[] {1, 2}) {
      check(
          "generated-" + seed,
          HtmlRenderer.standard().render(ReportFixtures.valid(seed)),
          A4_PRINTABLE,
          false);
    }
  }

  /** The widest numbers a report can hold, in every cell, and long unbroken text. */
  @Test
  void extremeValuesStayInsideThePage() throws Exception {
    int[] counts = new int[FormCells.SIZE];
    Arrays.fill(counts, Integer.MIN_VALUE);
    AnnualReport.Builder builder =
        AnnualReport.builder()
            .from(ReportFixtures.valid(3))
            .organ(repeat("某", 120) + repeat("W", 200))
            .overview(repeat("0123456789", 100));
    ReportsWithCells.grid(counts, new BigDecimal("-123456789012345678901234567890.123456789"))
        .fill(builder);
    AnnualReport report = builder.build();
    String findings =
        HtmlRenderer.standard()
            .findings(report, ReportValidator.standard().validate(report), Locale.CHINESE);
    check("extreme-findings", findings, A4_PRINTABLE, false);
    check("extreme-findings", findings, PHONE, true);
  }

  private void check(String name, String page, int width, boolean tablesMayScroll)
      throws Exception {
    Path file = work.resolve(name + "-" + width + ".html");
    Files.write(
        file,
        page.replace("</body>", "<script>" + script + "</script>\n</body>")
            .getBytes(StandardCharsets.UTF_8));
    Document dom = Jsoup.parse(chromium.dumpDom(file, width));
    Element metrics = dom.getElementById("geometry");
    assertTrue(metrics != null, name + ": the geometry script did not run");
    assertEquals(width, Integer.parseInt(metrics.attr("data-viewport")), name);
    assertTrue(
        Integer.parseInt(metrics.attr("data-scroll-width")) <= width,
        name + " is wider than " + width + " px: " + metrics.attr("data-scroll-width"));
    if (!tablesMayScroll) {
      assertEquals(
          "",
          metrics.attr("data-overflowing-tables"),
          name + ": tables wider than the page at " + width);
    }
    List<Element> tables = dom.select("table.form");
    assertEquals(3, tables.size());
    List<PaperTable> paper = Paper.tables();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (int t = 0; t < 3; t++) {
      HtmlTableGrid grid = new HtmlTableGrid(tables.get(t));
      PaperTable layout = paper.get(t);
      for (Cell cell : FormCells.of(layout.table())) {
        PaperCell at = layout.valueOf(cell);
        double[] value = box(grid, at);
        for (PaperCell header : layout.headersOf(at)) {
          double[] h = box(grid, header);
          checked++;
          if (!(h[0] <= value[0] + TOLERANCE
              && value[2] <= h[2] + TOLERANCE
              && h[3] <= value[1] + TOLERANCE)) {
            problems.add(cell + " is not under " + header + ": " + str(value) + " vs " + str(h));
          }
        }
        for (PaperCell label : layout.rowLabelsOf(at)) {
          double[] l = box(grid, label);
          checked++;
          if (!(l[1] <= value[1] + TOLERANCE
              && value[3] <= l[3] + TOLERANCE
              && l[2] <= value[0] + TOLERANCE)) {
            problems.add(
                cell + " is not in the band of " + label + ": " + str(value) + " vs " + str(l));
          }
        }
      }
    }
    assertEquals(new ArrayList<String>(), problems, name + " at " + width + " px");
    // Table 二: 10 values × 3 captions; 三: 175 × (3 or 4 headers + 1 to 3 labels); 四: 15 × 2 or 3.
    assertTrue(checked > 1000, "only " + checked + " relations checked");
  }

  private static double[] box(HtmlTableGrid grid, PaperCell cell) {
    HtmlTableGrid.Placed placed = grid.at(cell.row(), cell.column());
    assertTrue(placed != null, "nothing at " + cell);
    String[] parts = placed.element.attr("data-box").split(",");
    assertEquals(4, parts.length, "no box for " + cell);
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      box[i] = Double.parseDouble(parts[i]);
    }
    return box;
  }

  private static String str(double[] box) {
    return Arrays.toString(box);
  }

  private static String repeat(String s, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(s);
    }
    return out.toString();
  }
}
