package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Where a problem is, as a line and a column of characters from 1, from a location that Jackson's
 * parser gave. A char parser's locations are right as they are ({@link #AS_GIVEN}); a byte parser
 * counts columns in bytes ({@link Utf8Source}); and in a record of JSON Lines only a line feed ends
 * a line, where Jackson also ends one at a lone carriage return ({@link #oneLine}).
 */
interface Positions {
  /** A char parser's locations, of a document of its own. */
  Positions AS_GIVEN =
      new Positions() {
        @Override
        public int line(JsonLocation at) {
          return at.getLineNr();
        }

        @Override
        public int column(JsonLocation at) {
          return at.getColumnNr();
        }
      };

  /** The line, from 1 (less for a location with none). */
  int line(JsonLocation at);

  /** The column in characters, from 1 (less for a location with none). */
  int column(JsonLocation at);

  /**
   * A char parser's locations in one line of JSON Lines whose first {@code indent} characters were
   * dropped before the parser saw it: the column is the character offset, so that a carriage return
   * inside the line does not start another.
   */
  static Positions oneLine(long indent) {
    return new Positions() {
      @Override
      public int line(JsonLocation at) {
        return 1;
      }

      @Override
      public int column(JsonLocation at) {
        long offset = at.getCharOffset();
        return offset < 0
            ? at.getColumnNr()
            : (int) Math.min(Integer.MAX_VALUE, indent + offset + 1);
      }
    };
  }
}
