package io.github.xxgk.report.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.ReportsWithCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.ReportArbitraries;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

class RenderedValuesProperties {
  private static final String[] MARKUP = {
    "</table>",
    "<script>alert(1)</script>",
    "</style>",
    "<!--",
    "]]>",
    "&amp;",
    "\"'",
    "</td></tr>",
    "<p>"
  };

  @Property(tries = 200)
  void theHtmlHoldsExactlyThe200ValuesAtTheirGridPositions(@ForAll("valid") AnnualReport report) {
    Document page = Jsoup.parse(HtmlRenderer.standard().render(report));
    assertValuesAtPositions(report, page);
  }

  @Property(tries = 300)
  void hostileContentNeverBreaksThePage(@ForAll("hostile") AnnualReport report) {
    String html = HtmlRenderer.standard().render(report);
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      assertTrue(c >= 0x20 && c != 0x7F || c == '\n', "raw control U+" + Integer.toHexString(c));
    }
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script").isEmpty(), "a script element");
    assertEquals(1, page.select("style").size());
    assertEquals(6, page.select("article > section").size());
    assertValuesAtPositions(report, page);
    if (printable(report.organ())) {
      assertEquals(report.organ(), page.selectFirst("h1 .organ").wholeText());
      assertEquals(report.organ(), page.selectFirst("footer .organ").wholeText());
    }
    Optional<String> overview = report.overview();
    if (overview.isPresent() && printable(overview.get()) && !overview.get().trim().isEmpty()) {
      assertEquals(overview.get(), page.selectFirst("#overview > p").wholeText());
    }
    String text = TextRenderer.render(report);
    assertFalse(text.contains("\r"));
  }

  @Property(tries = 100)
  void theFindingsViewHoldsTheSameValues(@ForAll("hostile") AnnualReport report) {
    Document page =
        Jsoup.parse(
            HtmlRenderer.standard()
                .findings(
                    report,
                    io.github.xxgk.report.validation.ReportValidator.standard().validate(report),
                    java.util.Locale.ENGLISH));
    assertTrue(page.select("script").isEmpty());
    for (Element ref : page.select("td.v a.ref")) {
      ref.remove();
    }
    assertValuesAtPositions(report, page);
  }

  /** Every td of the three tables is a value at its stated position, or the one note of table 三. */
  static void assertValuesAtPositions(AnnualReport report, Document page) {
    Elements tables = page.select("table");
    assertEquals(3, tables.size());
    HtmlTableGrid[] grids = new HtmlTableGrid[3];
    int tds = 0;
    for (int t = 0; t < 3; t++) {
      grids[t] = new HtmlTableGrid(tables.get(t));
      tds += tables.get(t).select("td").size();
    }
    assertEquals(FormCells.SIZE + 1, tds, "the 200 values and the note");
    assertEquals(1, tables.get(1).select("td.note").size());
    for (Cell cell : FormCells.all()) {
      int[] at = ExpectedPositions.of(cell);
      HtmlTableGrid.Placed placed = grids[at[0]].at(at[1], at[2]);
      assertTrue(
          placed != null && placed.element.tagName().equals("td"),
          cell + " at " + at[1] + "," + at[2]);
      String text = placed.element.text();
      if (cell.isMoney()
          && !report.blankCells().contains(cell)
          && !report.notApplicableCells().contains(cell)) {
        // Exact, scale kept; plain digits unless that would run to hundreds of zeros.
        BigDecimal amount = cell.amount(report);
        assertExactly(amount, text);
        if (amount.precision() + Math.abs((long) amount.scale()) < 100) {
          assertEquals(amount.toPlainString(), text);
        }
      } else {
        assertEquals(expected(report, cell), text, cell.pointer());
      }
    }
  }

  /**
   * The text is the amount exactly: in plain digits with its scale (a negative scale has no plain
   * form, so only the value), or in scientific form, whose exponent may lie beyond what BigDecimal
   * parses.
   */
  private static void assertExactly(BigDecimal amount, String text) {
    int e = text.indexOf('E');
    if (e < 0) {
      BigDecimal plain = new BigDecimal(text);
      assertEquals(0, amount.compareTo(plain), text);
      assertEquals(Math.max(0, amount.scale()), plain.scale(), text);
      return;
    }
    BigDecimal mantissa = new BigDecimal(text.substring(0, e));
    long exponent = Long.parseLong(text.substring(e + 1));
    assertEquals(amount.unscaledValue(), mantissa.unscaledValue(), text);
    assertEquals((long) amount.scale(), mantissa.scale() - exponent, text);
  }

  private static String expected(AnnualReport report, Cell cell) {
    if (report.blankCells().contains(cell)) {
      return "";
    }
    if (report.notApplicableCells().contains(cell)) {
      return "/";
    }
    return Integer.toString(cell.count(report));
  }

  private static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20
          || c == '\u2028'
          || c == '\u2029'
          || (c >= 0x7F && c <= 0x9F)
          || Character.isSurrogate(c)
          || c >= '\uFDD0' && c <= '\uFDEF'
          || c >= '\uFFFE') {
        return false;
      }
    }
    return true;
  }

  @Provide
  Arbitrary<AnnualReport> valid() {
    return ReportArbitraries.validReports();
  }

  @Provide
  Arbitrary<AnnualReport> hostile() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(60),
            Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(60),
            Arbitraries.of(MARKUP),
            Arbitraries.strings()
                .withChars("<>&\"'\u0000\t\r\n\u2028\uD800\uDC00\uFFFF/ab")
                .ofMaxLength(30));
    Arbitrary<int[]> counts = Arbitraries.integers().array(int[].class).ofSize(FormCells.SIZE);
    Arbitrary<BigDecimal> fee =
        Combinators.combine(
                Arbitraries.bigIntegers()
                    .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
                Arbitraries.oneOf(Arbitraries.integers().between(-20, 20), Arbitraries.integers()))
            .as(BigDecimal::new);
    Arbitrary<List<Cell>> marked =
        Arbitraries.of(FormCells.all()).list().ofMaxSize(20).uniqueElements();
    return Combinators.combine(
            ReportArbitraries.validReports(),
            text,
            text,
            text,
            counts,
            fee,
            marked,
            Arbitraries.integers())
        .as(
            (base, organ, overview, other, values, amount, cells, year) -> {
              AnnualReport.Builder builder =
                  AnnualReport.builder()
                      .from(base)
                      .organ(organ)
                      .overview(overview)
                      .otherMatters(other)
                      .year(year)
                      .publishedOn(year % 2 == 0 ? LocalDate.MIN : LocalDate.MAX);
              // A cell printed empty or "/" holds 0: the model refuses anything else.
              BigDecimal printedFee = amount;
              for (Cell cell : cells) {
                values[FormCells.all().indexOf(cell)] = 0;
                printedFee = cell.isMoney() ? BigDecimal.ZERO : printedFee;
              }
              ReportsWithCells.grid(values, printedFee).fill(builder);
              builder.blankCells(cells.subList(0, cells.size() / 2));
              builder.notApplicableCells(cells.subList(cells.size() / 2, cells.size()));
              return builder.build();
            });
  }
}
