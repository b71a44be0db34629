package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored page of a survey of unseen real reports ({@code survey12/}, {@code survey13/}, …) read
 * against what a careful reader sees on it, kept in a {@code .exp} file beside it: {@code organ=},
 * {@code year=} and {@code on=} (the date signed; {@code -} for none printed, the line left out for
 * not checked), and the cells of tables 二, 三 and 四 in the form's order after {@code t2:}, {@code
 * t3:}, {@code t4:} ({@code ?} for a cell the stored page does not show, {@code -} for one printed
 * empty or as a mark). One harness for every survey, so each holds its pages to the same checks.
 */
final class SurveyPage {
  private SurveyPage() {}

  /**
   * Reads the page {@code name.txt} of {@code survey} and asserts what its {@code .exp} file says:
   * every visible cell read as printed or refused by an error naming it (and then no report), and
   * the organ, year and signing date where the file gives them.
   */
  static void assertReadAsExpected(String survey, String name) throws IOException {
    Expected expected = Expected.of(survey, name);
    ReadResult result = PublishedReports.read(text(survey, name + ".txt"));
    List<Cell> cells = FormCells.all();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      String want = expected.cells.get(i);
      ReadCell got = result.cells().get(cell);
      if (want.equals("?")) {
        continue;
      }
      if (got == null) {
        // refused: an error names the cell, its row or its table
        assertTrue(
            result.problems().stream()
                .anyMatch(
                    p ->
                        p.severity() == Severity.ERROR
                            && !p.pointer().isEmpty()
                            && (cell.pointer() + "/").startsWith(p.pointer() + "/")),
            () ->
                name
                    + " "
                    + cell.pointer()
                    + " unread with no error naming it: "
                    + result.problems());
        assertFalse(result.report().isPresent(), name);
      } else if (want.equals("-")) {
        assertTrue(got.mark().isPresent(), () -> name + " " + cell.pointer() + " " + got);
      } else {
        assertEquals(Optional.empty(), got.mark(), () -> name + " " + cell.pointer());
        assertEquals(0, new BigDecimal(want).compareTo(got.value()), () -> name + " " + got);
      }
    }
    if (expected.organ != null) {
      assertEquals(expected.organ, result.match().organ().orElse("-"), name);
    }
    if (expected.year != null) {
      assertEquals(expected.year, result.match().year().map(String::valueOf).orElse("-"), name);
    }
    if (expected.on != null) {
      assertEquals(
          expected.on, result.match().publishedOn().map(String::valueOf).orElse("-"), name);
    }
  }

  /**
   * Asserts that 临汾市尧都区 2024's copy, its signature re-dated as {@code date} (a way of writing
   * 2025-01-13), gives that date and that section 六 ends before the signature: neither the organ's
   * name nor the day runs on into it.
   */
  static void assertSignatureReadAndEndingSectionSix(String date) throws IOException {
    String page = fixture("linfen-yaodu-2024.txt").replace("\n2025年1月13日", "\n" + date);
    ReadResult result = PublishedReports.read(page);
    assertEquals(Optional.of(LocalDate.of(2025, 1, 13)), result.match().publishedOn(), date);
    String six = result.match().narrative(NarrativeSection.OTHER_MATTERS).get();
    assertFalse(six.contains("13日") || six.contains("十三日") || six.contains("临汾市尧都区人民政府办公室"), six);
  }

  /** The stored file {@code name} of {@code survey} (a test resource folder). */
  static String text(String survey, String name) throws IOException {
    return new String(
        RealReportsTest.testResource("/" + survey + "/" + name), StandardCharsets.UTF_8);
  }

  /** A real report among the shared fixtures, for printings the surveys' pages do not have. */
  static String fixture(String name) throws IOException {
    return new String(RealReportsTest.resource(name), StandardCharsets.UTF_8);
  }

  static List<String> ids(ReadResult result) {
    List<String> ids = new ArrayList<>();
    for (Problem problem : result.problems()) {
      ids.add(problem.ruleId());
    }
    return ids;
  }

  static Cell cell(String pointer) {
    return FormCells.all().stream()
        .filter(c -> c.pointer().equals(pointer))
        .findFirst()
        .orElseThrow(() -> new AssertionError(pointer));
  }

  static BigDecimal value(ReadResult result, String pointer) {
    ReadCell read = result.cells().get(cell(pointer));
    return read == null ? null : read.value();
  }

  static BigDecimal bd(int value) {
    return BigDecimal.valueOf(value);
  }

  /** What a careful reader sees on a page of a survey: its {@code .exp} file. */
  private static final class Expected {
    String organ;
    String year;
    String on;
    final List<String> cells = new ArrayList<>();

    static Expected of(String survey, String name) throws IOException {
      Expected expected = new Expected();
      Map<String, List<String>> tables = new HashMap<>();
      for (String line : text(survey, name + ".exp").split("\n")) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.startsWith("organ=")) {
          expected.organ = trimmed.substring("organ=".length());
        } else if (trimmed.startsWith("year=")) {
          expected.year = trimmed.substring("year=".length());
        } else if (trimmed.startsWith("on=")) {
          expected.on = trimmed.substring("on=".length());
        } else if (trimmed.matches("t[234]:.*")) {
          tables
              .computeIfAbsent(trimmed.substring(0, 2), t -> new ArrayList<>())
              .addAll(Arrays.asList(trimmed.substring(3).trim().split("\\s+")));
        } else {
          fail(name + ".exp: " + line);
        }
      }
      expected.cells.addAll(padded(tables.get("t2"), 10));
      expected.cells.addAll(padded(tables.get("t3"), 175));
      expected.cells.addAll(padded(tables.get("t4"), 15));
      return expected;
    }

    private static List<String> padded(List<String> values, int size) {
      List<String> cells = values == null ? new ArrayList<>() : new ArrayList<>(values);
      assertTrue(cells.size() <= size, cells::toString);
      while (cells.size() < size) {
        cells.add("?");
      }
      return cells;
    }
  }
}
