package io.github.xxgk.report.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourcePositionTest {
  @Test
  void positionsAreValuesOrderedByLineThenColumn() {
    assertEquals(SourcePosition.of(3, 7), SourcePosition.of(3, 7));
    assertEquals(SourcePosition.of(3, 7).hashCode(), SourcePosition.of(3, 7).hashCode());
    assertNotEquals(SourcePosition.of(3, 7), SourcePosition.of(7, 3));
    assertTrue(SourcePosition.of(2, 90).compareTo(SourcePosition.of(3, 1)) < 0);
    assertTrue(SourcePosition.of(3, 2).compareTo(SourcePosition.of(3, 1)) > 0);
  }

  @Test
  void aLineWithoutAColumnIsKnownAndWrittenAlone() {
    SourcePosition line = SourcePosition.of(3, 0);
    assertTrue(line.isKnown());
    assertEquals("3", line.toString());
    assertEquals("3:7", SourcePosition.of(3, 7).toString());
  }

  @Test
  void nothingIsUnknownAndNegativesAreRefused() {
    assertSame(SourcePosition.UNKNOWN, SourcePosition.of(0, 0));
    assertFalse(SourcePosition.UNKNOWN.isKnown());
    assertThrows(IllegalArgumentException.class, () -> SourcePosition.of(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> SourcePosition.of(1, -1));
  }
}
