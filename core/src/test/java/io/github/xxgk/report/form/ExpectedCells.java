package io.github.xxgk.report.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compares the 200 cells a reader read with a hand transcription, for the tests of the readers of
 * published reports (HTML, text, PDF): one line per wrong or missing cell, so that a failure names
 * every cell at once.
 */
public final class ExpectedCells {
  private ExpectedCells() {}

  /**
   * The cells whose value read differs from the expected one, as "pointer read X, expected Y".
   *
   * @param read the value read for a cell, or null when none was read
   * @param expected the transcribed value for a cell's JSON pointer
   */
  public static List<String> differences(
      Function<Cell, BigDecimal> read, Function<String, BigDecimal> expected) {
    List<String> wrong = new ArrayList<>();
    for (Cell cell : FormCells.all()) {
      BigDecimal got = read.apply(cell);
      BigDecimal want = expected.apply(cell.pointer());
      if (got == null || got.compareTo(want) != 0) {
        wrong.add(
            cell.pointer() + " read " + (got == null ? "nothing" : got) + ", expected " + want);
      }
    }
    return wrong;
  }
}
