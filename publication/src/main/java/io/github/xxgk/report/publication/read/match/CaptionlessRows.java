package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.publication.read.source.SourceCell;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of values without a caption: in table 四, its values printed under headers that name the
 * groups (all fifteen, the ten of 行政诉讼, or the five of the group named above); elsewhere a row of
 * numbers whose caption went elsewhere, which puts the rows not found in doubt.
 */
final class CaptionlessRows {
  private CaptionlessRows() {}

  /**
   * Whether a row of {@code n} cells without a caption has table 四's shape where it stands: a row
   * of it printed without a single number (all blank) is still its row.
   */
  static boolean caseShaped(TableHeaders headers, int n) {
    return headers.inCases && (n == 15 || n == 10 || (n == 5 && headers.caseGroup != null));
  }

  /** Reads a row of values without a caption. */
  static void read(FormRows rows, TableHeaders headers, List<Grid.Entry> row) {
    if (!headers.inCases) {
      rows.unknownRows |= LooseRows.hasNumber(row);
      return;
    }
    int n = row.size();
    SourceCell at = row.get(0).cell;
    List<CaseGroup> groups;
    if (n == 15) {
      groups = Arrays.asList(CaseGroup.values());
    } else if (n == 10) {
      groups =
          Arrays.asList(
              CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION,
              CaseGroup.LITIGATION_AFTER_RECONSIDERATION);
    } else if (n == 5 && headers.caseGroup != null) {
      groups = Arrays.asList(headers.caseGroup);
      headers.caseGroup = null;
    } else {
      rows.caseShape(at.position(), n);
      return;
    }
    rows.caseRow(groups, at, row, 0, headers.caseHeader);
  }
}
