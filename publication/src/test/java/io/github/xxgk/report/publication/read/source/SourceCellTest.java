package io.github.xxgk.report.publication.read.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.report.problem.SourcePosition;
import org.junit.jupiter.api.Test;

/** A cell given as a range of its source is the cell of that range's text at that position. */
class SourceCellTest {
  @Test
  void aRangeOfTheSourceIsItsText() {
    String source = "\t行政许可\t3\t12 \n";
    SourceCell cell = SourceCell.of(source, 1, 5, 4, 2);
    assertEquals("行政许可", cell.text());
    assertSame(source, cell.source());
    assertEquals(1, cell.start());
    assertEquals(5, cell.end());
    assertEquals(SourcePosition.of(4, 2), cell.position());
    assertEquals(4, cell.line());
    assertEquals(2, cell.column());
    assertEquals(1, cell.rowSpan());
    assertEquals(1, cell.columnSpan());
    assertEquals("12 ", SourceCell.of(source, 8, 11, 4, 9).text());
    assertEquals("", SourceCell.of(source, 6, 6, 4, 7).text());
  }

  @Test
  void aCellGivenItsTextIsItsOwnSource() {
    SourceCell cell = new SourceCell("合计", 2, 3, SourcePosition.of(7, 5));
    assertSame(cell.text(), cell.source());
    assertEquals(0, cell.start());
    assertEquals(2, cell.end());
    assertEquals(7, cell.line());
    assertEquals(5, cell.column());
    assertEquals(SourcePosition.of(7, 5), cell.position());
    assertSame(SourcePosition.UNKNOWN, SourceCell.of("x", SourcePosition.UNKNOWN).position());
    assertEquals("7:5 [合计]2x3", cell.toString());
  }

  @Test
  void aRangeOutsideTheSourceOrANegativePositionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SourceCell.of("abc", 2, 4, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> SourceCell.of("abc", 2, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> SourceCell.of("abc", -1, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> SourceCell.of("abc", 0, 1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> SourceCell.of("abc", 0, 1, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> new SourceCell("abc", 0, 3, 0, 1, 1, 1));
  }
}
