package io.github.xxgk.report.publication.pdf;

import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF layout as the intermediate form every reader shares, so that the one matcher reads it. A
 * position is the page (as the line) and the distance from the page's top in points, plus one (as
 * the column). Lines whose words stand in tab-separated columns, a table printed without ruling
 * lines, become a table of their own, one row per line, as copied text is read.
 */
final class SourceProduction {
  private SourceProduction() {}

  static SourceDocument of(PdfLayout layout) {
    List<SourceBlock> blocks = new ArrayList<>();
    List<List<SourceCell>> aligned = new ArrayList<>();
    SourcePosition alignedStart = null;
    for (PdfBlock block : layout.blocks()) {
      if (block instanceof PdfParagraph && isAligned((PdfParagraph) block)) {
        if (aligned.isEmpty()) {
          alignedStart = position(block.region());
        }
        aligned.add(row((PdfParagraph) block));
        continue;
      }
      if (!aligned.isEmpty()) {
        blocks.add(new SourceTable(aligned, alignedStart));
        aligned = new ArrayList<>();
      }
      if (block instanceof PdfTable) {
        blocks.add(table((PdfTable) block));
      } else {
        PdfParagraph paragraph = (PdfParagraph) block;
        blocks.add(new SourceParagraph(paragraph.text(), position(paragraph.region())));
      }
    }
    if (!aligned.isEmpty()) {
      blocks.add(new SourceTable(aligned, alignedStart));
    }
    return new SourceDocument(null, blocks);
  }

  private static boolean isAligned(PdfParagraph paragraph) {
    return paragraph.lines().size() == 1 && paragraph.lines().get(0).indexOf('\t') >= 0;
  }

  private static List<SourceCell> row(PdfParagraph line) {
    List<SourceCell> cells = new ArrayList<>();
    SourcePosition position = position(line.region());
    for (String text : line.lines().get(0).split("\t")) {
      cells.add(SourceCell.of(text, position));
    }
    return cells;
  }

  private static SourceTable table(PdfTable table) {
    List<List<SourceCell>> rows = new ArrayList<>(table.rows().size());
    for (List<PdfCell> row : table.rows()) {
      List<SourceCell> cells = new ArrayList<>(row.size());
      for (PdfCell cell : row) {
        cells.add(
            new SourceCell(
                cell.text(), cell.rowSpan(), cell.columnSpan(), position(cell.region())));
      }
      rows.add(cells);
    }
    return new SourceTable(rows, position(table.region()));
  }

  static SourcePosition position(PdfRegion region) {
    // a glyph a damaged matrix put billions of points down the page is placed at the last column
    // an int holds, not past it (Math.round's Integer.MAX_VALUE plus one)
    long top = Math.max(0, Math.round((double) region.top()));
    return SourcePosition.of(region.page(), 1 + (int) Math.min(Integer.MAX_VALUE - 1, top));
  }
}
