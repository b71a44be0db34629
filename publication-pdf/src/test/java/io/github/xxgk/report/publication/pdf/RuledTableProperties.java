package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law of the table layer: any ruled table, whatever its columns, column spans, blank cells,
 * border style, page rotation and page breaks, is read back with the texts and spans it was laid
 * out with, as one table.
 */
class RuledTableProperties {

  /** A table to lay out: per row, the cells as (column span, text). */
  static final class Spec {
    final List<List<Object[]>> rows;
    final int columns;
    final int rotation;
    final boolean filled;
    final boolean openSides;
    final float top;

    Spec(
        List<List<Object[]>> rows,
        int columns,
        int rotation,
        boolean filled,
        boolean openSides,
        float top) {
      this.rows = rows;
      this.columns = columns;
      this.rotation = rotation;
      this.filled = filled;
      this.openSides = openSides;
      this.top = top;
    }

    @Override
    public String toString() {
      StringBuilder text =
          new StringBuilder(
              "rotation " + rotation + " filled " + filled + " open " + openSides + " top " + top);
      for (List<Object[]> row : rows) {
        text.append("\n ");
        for (Object[] cell : row) {
          text.append(" [").append(cell[0]).append("] ").append(cell[1]);
        }
      }
      return text.toString();
    }
  }

  @Provide
  Arbitrary<Spec> tables() {
    Arbitrary<Integer> columns = Arbitraries.integers().between(2, 7);
    return columns.flatMap(
        c ->
            Combinators.combine(
                    Arbitraries.longs().list().ofMinSize(2).ofMaxSize(45),
                    Arbitraries.of(0, 90, 180, 270),
                    Arbitraries.of(false, true),
                    Arbitraries.of(false, true),
                    Arbitraries.integers().between(80, 600))
                .as(
                    (seeds, rotation, filled, open, top) ->
                        spec(c, seeds, rotation, filled, open, top)));
  }

  /**
   * Rows drawn from seeds: a unique caption, then cells of random span holding a number, a word or
   * nothing.
   */
  private static Spec spec(
      int columns, List<Long> seeds, int rotation, boolean filled, boolean open, int top) {
    List<List<Object[]>> rows = new ArrayList<>();
    for (int r = 0; r < seeds.size(); r++) {
      java.util.Random random = new java.util.Random(seeds.get(r));
      List<Object[]> row = new ArrayList<>();
      row.add(new Object[] {1, "Row " + r});
      int c = 1;
      while (c < columns) {
        int span = 1 + random.nextInt(Math.min(3, columns - c));
        int kind = random.nextInt(4);
        String text =
            kind == 0
                ? ""
                : kind == 1
                    ? "word" + random.nextInt(100)
                    : Integer.toString(random.nextInt(100_000));
        row.add(new Object[] {span, text});
        c += span;
      }
      rows.add(row);
    }
    return new Spec(rows, columns, rotation, filled, open, top);
  }

  @Property(tries = 40)
  void aRuledTableIsReadBackAsLaidOut(@ForAll("tables") Spec spec) {
    float[] widths = new float[spec.columns];
    java.util.Arrays.fill(widths, (spec.rotation % 180 == 0 ? 440f : 680f) / spec.columns);
    TestTable table = new TestTable(widths);
    table.filledRules = spec.filled;
    table.openSides = spec.openSides;
    // a column edge that no row draws cannot be seen: spans count only the edges some row draws
    java.util.Set<Integer> edges = new java.util.TreeSet<>();
    for (List<Object[]> row : spec.rows) {
      int c = 0;
      for (Object[] cell : row) {
        edges.add(c);
        c += (Integer) cell[0];
      }
    }
    List<String> expected = new ArrayList<>();
    for (int r = 0; r < spec.rows.size(); r++) {
      int c = 0;
      StringBuilder text = new StringBuilder();
      for (Object[] cell : spec.rows.get(r)) {
        int span = (Integer) cell[0];
        table.cell(r, c, 1, span, (String) cell[1]);
        int seen = 1;
        for (int e = c + 1; e < c + span; e++) {
          seen += edges.contains(e) ? 1 : 0;
        }
        if (text.length() > 0) {
          text.append('|');
        }
        text.append(cell[1]).append(seen == 1 ? "" : "{1x" + seen + "}");
        c += span;
      }
      expected.add(text.toString());
    }
    TestPdf pdf = new TestPdf().page(spec.rotation);
    table.draw(pdf, spec.rotation % 180 == 0 ? spec.top : Math.min(spec.top, 400));
    PdfLayout layout = PdfReportReader.create().layout(pdf.bytes());
    assertEquals(new ArrayList<>(), layout.problems());
    assertEquals(1, layout.tables().size(), layout.blocks()::toString);
    List<String> read = new ArrayList<>();
    for (List<PdfCell> row : layout.tables().get(0).rows()) {
      StringBuilder text = new StringBuilder();
      for (PdfCell cell : row) {
        if (text.length() > 0) {
          text.append('|');
        }
        text.append(cell.text())
            .append(
                cell.columnSpan() == 1 && cell.rowSpan() == 1
                    ? ""
                    : "{" + cell.rowSpan() + "x" + cell.columnSpan() + "}");
      }
      read.add(text.toString());
    }
    assertEquals(expected, read);
  }
}
