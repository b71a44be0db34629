package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.CleanPage.Stated;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.publication.read.match.ReadCell;
import io.github.xxgk.report.publication.render.HtmlRenderer;
import io.github.xxgk.report.publication.render.TextRenderer;
import io.github.xxgk.report.testkit.ReportGenerator;
import io.github.xxgk.report.testkit.SplitMix64;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's rule under damage: a published page (a real one of test-fixtures' {@code reports/}, or
 * a generated report printed by the renderers and in the layouts portals and copy tools use) that
 * reads exactly, damaged the way copies and edits damage pages ({@link PageDamage}), reads to a
 * report whose every cell, organ and year are what the damaged page states, or names the cell in a
 * WARNING or ERROR, or gives an ERROR (no report, or one on the 2019 template beside it); never an
 * exception, never a hang (the deadline only guards against hangs; speed is measured in bench/).
 */
class DamagedPagesProperties {
  /** The real pages with a hand transcription; those read exactly are the baselines. */
  private static final String[] FIXTURES = {
    "linfen-yaodu-2024.txt",
    "shuyang-fagaiju-2023.html",
    "shuyang-2025.txt",
    "pingtan-shijianju-2021.html",
    "pingtan-jingfaju-2021.html",
    "pingtan-caijinju-2024.html",
    "pingtan-caijinju-2024.page.txt",
    "pingtan-gongan-2021.page.txt",
    "pingtan-gongan-2022.page.txt",
    "pingtan-haitan-2025.html",
    "pingtan-haitan-2025.page.txt",
    "pingtan-jiaojianju-2021.page.txt",
    "pingtan-jiaojianju-2023.html",
    "pingtan-shenpiju-2024.html",
  };

  private static final List<CleanPage> REAL = realPages();

  /** Where the page damaged comes from. */
  enum Origin {
    REAL,
    HTML_RENDERER,
    TEXT_RENDERER,
    TEST_PAGES,
    SPACED_ROWS
  }

  @Property(tries = 300)
  void aDamagedPageStatesEveryCellReadOrNamesIt(
      @ForAll Origin origin, @ForAll PageDamage.Kind kind, @ForAll long seed) {
    Random random = new Random(seed);
    CleanPage page = page(origin, random);
    if (page != null) {
      check(page, PageDamage.apply(page, kind, random));
    }
  }

  @Property(tries = 150)
  void twoDamagesAtOnceAsWell(
      @ForAll Origin origin,
      @ForAll PageDamage.Kind first,
      @ForAll PageDamage.Kind second,
      @ForAll long seed) {
    Random random = new Random(seed);
    CleanPage page = page(origin, random);
    if (page != null) {
      check(page, PageDamage.twice(page, first, second, random));
    }
  }

  /** Reads the damaged page and checks issue 14's rule; nothing to check without a damage. */
  static void check(CleanPage page, PageDamage damage) {
    if (damage == null) {
      return;
    }
    String where = page + " " + damage + "\n---\n" + damage.excerpt() + "\n---\n";
    ReadResult result;
    try {
      result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> PublishedReports.read(damage.text), () -> where);
    } catch (RuntimeException e) {
      throw new AssertionError("exception reading " + where, e);
    }
    if (!result.report().isPresent() || result.hasErrors()) {
      // refused; or a report on the 2019 template, returned beside its ERROR for the validator
      assertTrue(result.hasErrors(), () -> "no report and no ERROR: " + where + result.problems());
      return;
    }
    assertEquals(
        Collections.emptyList(), wrong(result, page, damage), () -> where + result.problems());
  }

  @Test
  void theRealBaselinesAreReadAndTheirValuesFound() {
    // a page not read exactly is no baseline, and a value not found is never damaged: the oracle
    // holds only as long as most pages and values are there to damage
    assertTrue(REAL.size() >= 10, REAL::toString);
    for (CleanPage page : REAL) {
      long cells = page.tokens.stream().mapToLong(t -> t.cells.size()).sum();
      long printed = page.stated.values().stream().filter(s -> s.mark != CellMark.BLANK).count();
      assertTrue(
          page.runTogether || cells * 10 >= printed * 9,
          () -> page + ": values found for " + cells + " of " + printed);
    }
  }

  /**
   * The cells, organ and year read otherwise than the damaged page states, that no problem names.
   */
  static List<String> wrong(ReadResult result, CleanPage page, PageDamage damage) {
    List<String> wrong = new ArrayList<>();
    AnnualReport report = result.report().get();
    if (report.year() != page.year && !named(result.problems(), "/year")) {
      wrong.add("year " + report.year() + ", stated " + page.year);
    }
    if (!damage.changesOrgan()
        && !report.organ().equals(page.organ)
        && !named(result.problems(), "/organ")) {
      wrong.add("organ " + report.organ() + ", stated " + page.organ);
    }
    if (damage.date != null
        && report.publishedOn().isPresent()
        && !report.publishedOn().get().equals(damage.date)
        && !named(result.problems(), "/publishedOn")) {
      wrong.add("publishedOn " + report.publishedOn().get() + ", signed " + damage.date);
    }
    for (Cell cell : FormCells.all()) {
      ReadCell read = result.cells().get(cell);
      Stated stated = damage.stated.get(cell);
      boolean right =
          stated != null
              ? stated.readAs(read)
              : damage.blankAllowed.contains(cell)
                  && read != null
                  && read.value().signum() == 0
                  && read.mark().isPresent();
      if (!right && !named(result.problems(), cell)) {
        wrong.add(cell.pointer() + " read " + read + ", stated " + stated);
      }
    }
    return wrong;
  }

  private static boolean named(List<Problem> problems, Cell cell) {
    return named(problems, cell.pointer());
  }

  /** Whether a WARNING or ERROR is about the thing at {@code pointer}, or a part holding it. */
  static boolean named(List<Problem> problems, String pointer) {
    for (Problem problem : problems) {
      if (problem.severity().compareTo(Severity.WARNING) >= 0
          && !problem.pointer().isEmpty()
          && (pointer + "/").startsWith(problem.pointer() + "/")) {
        return true;
      }
    }
    return false;
  }

  /** A clean page of the origin, drawn from {@code random}; null when it does not read exactly. */
  static CleanPage page(Origin origin, Random random) {
    if (origin == Origin.REAL) {
      return REAL.get(random.nextInt(REAL.size()));
    }
    AnnualReport report = ReportGenerator.valid(new SplitMix64(random.nextLong()));
    String text;
    switch (origin) {
      case HTML_RENDERER:
        text = HtmlRenderer.standard().render(report);
        break;
      case TEXT_RENDERER:
        text = TextRenderer.render(report);
        break;
      case TEST_PAGES:
        {
          TestPages.Layout[] layouts = TestPages.Layout.values();
          TestPages.Style style = new TestPages.Style();
          style.fullWidthDigits = random.nextInt(4) == 0;
          style.thousands = random.nextInt(3) == 0;
          text = TestPages.render(report, layouts[random.nextInt(layouts.length)], style);
          break;
        }
      case SPACED_ROWS:
        // a PDF viewer's copy: a row a line, its values spaced
        text =
            TestPages.render(report, TestPages.Layout.TEXT_TAB_ROWS, new TestPages.Style())
                .replace('\t', ' ');
        break;
      default:
        throw new AssertionError(origin);
    }
    return CleanPage.of(origin.name(), text, cell -> cell.amount(report)).orElse(null);
  }

  private static List<CleanPage> realPages() {
    ObjectMapper json = new ObjectMapper();
    List<CleanPage> pages = new ArrayList<>();
    for (String name : FIXTURES) {
      JsonNode expected;
      String text;
      try {
        text = new String(resource(name), StandardCharsets.UTF_8);
        expected =
            json.readTree(resource(name.replaceAll("(\\.page)?\\.(html|txt)$", ".expected.json")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Optional<CleanPage> page =
          CleanPage.of(name, text, cell -> expected.at(cell.pointer()).decimalValue());
      page.ifPresent(pages::add);
    }
    return pages;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DamagedPagesProperties.class.getResourceAsStream("/reports/" + name)) {
      if (in == null) {
        throw new IOException("no resource " + name);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
