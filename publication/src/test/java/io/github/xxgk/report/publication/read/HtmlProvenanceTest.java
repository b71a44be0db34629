package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every cell read from a real published page says where it came from: its line and column are those
 * of the {@code <td>} (or {@code <th>}) start tag that printed it, in the page's decoded markup.
 * (jsoup 1.22.1 put 145 cells of two Word-exported pages past the end of their line.)
 */
class HtmlProvenanceTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "pingtan-caijinju-2024.html",
        "pingtan-haitan-2025.html",
        "pingtan-jiaojianju-2023.html",
        "pingtan-jingfaju-2021.html",
        "pingtan-shenpiju-2024.html",
        "pingtan-shijianju-2021.html",
        "pingtan-shishiju-2021.html",
        "shuyang-fagaiju-2023.html"
      })
  void everyCellPointsAtItsStartTag(String file) throws IOException {
    byte[] bytes = RealReportsTest.resource(file);
    ReadResult result = PublishedReports.read(bytes);
    String[] lines = new String(bytes, result.charset()).split("\n", -1);

    List<String> wrong = new ArrayList<>();
    int located = 0;
    for (ReadCell cell : result.cells().values()) {
      SourcePosition at = cell.position();
      if (!at.isKnown()) {
        continue; // a cell of a row the page does not print: blank, with a problem of its own
      }
      located++;
      String line = at.line() <= lines.length ? lines[at.line() - 1] : "";
      String tag =
          at.column() + 2 < line.length()
              ? line.substring(at.column() - 1, at.column() + 2).toLowerCase(java.util.Locale.ROOT)
              : "";
      if (!tag.equals("<td") && !tag.equals("<th")) {
        wrong.add(cell + " finds [" + tag + "]");
      }
    }
    assertEquals(new ArrayList<>(), wrong);
    int count = located;
    assertTrue(count > FormCells.SIZE * 9 / 10, () -> count + " cells located");
  }
}
