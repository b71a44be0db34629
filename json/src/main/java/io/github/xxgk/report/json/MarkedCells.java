package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The cells of {@code blankCells} and {@code notApplicableCells} read so far, with where each was
 * listed, so that a cell listed twice, in both lists, or holding a value other than 0 is a located
 * problem rather than a failure of {@code build()}. Created only for a document that lists a cell.
 */
final class MarkedCells {
  /** Where a cell was listed, and in which list. */
  private static final class Listing {
    final boolean blank;
    final String element;
    final JsonLocation at;

    Listing(boolean blank, String element, JsonLocation at) {
      this.blank = blank;
      this.element = element;
      this.at = at;
    }
  }

  // Few documents list cells, and those list a few: a map by cell, whose identity is its key.
  private final Map<Cell, Listing> listings = new IdentityHashMap<>();

  /** Records one element of a list, or adds the problem with it. */
  void mark(boolean blank, String element, String text, JsonLocation at, Problems problems) {
    Cell cell = FormCells.byPointer(text).orElse(null);
    if (cell == null) {
      problems.add(JsonMessage.TYPE_NOT_CELL, element, at);
      return;
    }
    Listing before = listings.get(cell);
    if (before == null) {
      listings.put(cell, new Listing(blank, element, at));
    } else if (before.blank == blank) {
      problems.add(JsonMessage.CELL_MARK_TWICE, element, at, cell.pointer(), before.element);
    } else {
      problems.add(JsonMessage.CELL_MARK_BOTH, element, at, cell.pointer(), before.element);
    }
  }

  /**
   * Adds a problem for every listed cell whose value is not 0, the value of an omitted total being
   * the sum it defaults to.
   */
  void checkZero(CellGrid grid, Problems problems) {
    for (Cell cell : FormCells.all()) {
      Listing listing = listings.get(cell);
      if (listing == null) {
        continue;
      }
      BigDecimal value = grid.amount(cell);
      if (value.signum() != 0) {
        // The value as the input wrote it, 1E+3 for 1e3 (a message shows a BigDecimal plain).
        problems.add(
            JsonMessage.CELL_MARK_NOT_ZERO,
            listing.element,
            listing.at,
            cell.pointer(),
            value.toString());
      }
    }
  }

  /** Adds the marks to a report being built. */
  void addTo(AnnualReport.Builder builder) {
    for (Cell cell : FormCells.all()) {
      Listing listing = listings.get(cell);
      if (listing == null) {
        continue;
      }
      if (listing.blank) {
        builder.addBlankCells(cell);
      } else {
        builder.addNotApplicableCells(cell);
      }
    }
  }
}
