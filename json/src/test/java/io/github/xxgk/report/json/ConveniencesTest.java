package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** read(Path), for-each over a ReportStream, and JSON Lines writing. */
class ConveniencesTest {
  private static final ReportJson JSON = ReportJson.standard();
  private static final AnnualReport REPORT = LinfenYaodu2024.report();
  private static final Cell NATURAL_PERSONS =
      FormCells.byPointer("/applications/newlyReceived/naturalPerson").get();

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    Files.write(file, Hostile.EXAMPLE.getBytes(StandardCharsets.UTF_8));
    assertEquals(REPORT, JSON.read(file));

    Files.write(
        file,
        Hostile.edit("\"year\": 2024", "\"year\": \"2024\"").getBytes(StandardCharsets.UTF_8));
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> JSON.read(file));
    assertEquals("/year", e.problems().get(0).pointer());
  }

  @Test
  void aMissingFileIsAnIoFailure(@TempDir Path dir) {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> JSON.read(dir.resolve("missing.json")));
    assertTrue(e.getCause() instanceof NoSuchFileException, e.toString());
  }

  @Test
  void writesJsonLinesThatReadBack() {
    List<AnnualReport> reports =
        Arrays.asList(
            REPORT,
            CellGrid.of(REPORT).set(NATURAL_PERSONS, 99).toReport(),
            CellGrid.of(REPORT).set(NATURAL_PERSONS, 0).toReport());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReportLinesWriter lines = JSON.linesWriter(out)) {
      for (AnnualReport report : reports) {
        lines.write(report);
      }
      assertEquals(3, lines.count());
    }
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    String[] split = text.split("\n", -1);
    assertEquals(4, split.length, "three lines, each ended by \\n");
    assertEquals("", split[3]);
    assertEquals(JSON.write(reports.get(1)), split[1]);

    List<AnnualReport> read = new ArrayList<>();
    try (ReportStream records = JSON.readLines(new ByteArrayInputStream(out.toByteArray()))) {
      for (ReportRecord record : records) {
        assertTrue(record.isReport(), record.problems().toString());
        read.add(record.report().get());
      }
    }
    assertEquals(reports, read);
  }

  @Test
  void writeLinesFlushesAndLeavesTheStreamOpen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeLines(Arrays.asList(REPORT, REPORT), out);
    out.write('x');
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    assertEquals(JSON.write(REPORT) + "\n" + JSON.write(REPORT) + "\nx", text);
  }

  @Test
  void aStreamIsWalkedOnceWithForEach() {
    byte[] batch =
        ("[" + JSON.write(REPORT) + ",\n{\"year\": 1},\n" + JSON.write(REPORT) + "]")
            .getBytes(StandardCharsets.UTF_8);
    List<Boolean> seen = new ArrayList<>();
    try (ReportStream records = JSON.readAll(new ByteArrayInputStream(batch))) {
      for (ReportRecord record : records) {
        seen.add(record.isReport());
      }
      assertThrows(IllegalStateException.class, records::iterator);
    }
    assertEquals(Arrays.asList(true, false, true), seen);
  }

  @Test
  void forEachGoesOnFromWhereNextLeftOff() {
    byte[] lines =
        (JSON.write(REPORT)
                + "\n"
                + JSON.write(CellGrid.of(REPORT).set(NATURAL_PERSONS, 7).toReport())
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    try (ReportStream records = JSON.readLines(new ByteArrayInputStream(lines))) {
      assertEquals(REPORT, records.next().report().get());
      Iterator<ReportRecord> rest = records.iterator();
      assertEquals(7, NATURAL_PERSONS.count(rest.next().report().get()));
      assertFalse(rest.hasNext());
    }
  }
}
