package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Point 6: bytes that are not UTF-8 give the same problems by the byte and the char paths. */
class EntryPointsAgreeTest {
  private static final ReportJson JSON = ReportJson.standard();

  private static byte[] withBadByte(String document, String before) {
    int at = document.indexOf(before);
    byte[] head = document.substring(0, at + before.length()).getBytes(StandardCharsets.UTF_8);
    byte[] tail = document.substring(at + before.length()).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(head, 0, head.length);
    out.write(0xFF);
    out.write(tail, 0, tail.length);
    return out.toByteArray();
  }

  static List<String> located(List<Problem> problems) {
    List<String> located = new ArrayList<>();
    for (Problem problem : problems) {
      located.add(
          problem.ruleId()
              + " "
              + problem.pointer()
              + " "
              + problem.line().getAsInt()
              + ":"
              + problem.column().getAsInt());
    }
    return located;
  }

  private static List<Problem> fromBytes(byte[] bytes) {
    return Fuzz.read(bytes).problems;
  }

  private static List<Problem> fromStream(byte[] bytes) {
    return Fuzz.run(bytes, () -> JSON.read(new ByteArrayInputStream(bytes))).problems;
  }

  @Test
  void aBadByteInAPrettyDocumentIsLocatedAlikeAndEarlierProblemsKept() {
    // An earlier problem (a string year), then a bad byte in the organ's name, on line 3.
    String pretty = Hostile.EXAMPLE.replace("\"year\": 2024", "\"year\": \"2024\"");
    for (String before :
        new String[] {"\"organ\": \"临汾", "\"organ\": \"", "\"organ\": ", "\"inForce\": 2"}) {
      byte[] bytes = withBadByte(pretty, before);
      List<Problem> expected = fromBytes(bytes);
      assertEquals(located(expected), located(fromStream(bytes)), before);
      // In an array, and as one of reports one after another: the same, the pointer without the
      // index.
      byte[] array =
          concat(
              "[\n".getBytes(StandardCharsets.UTF_8),
              bytes,
              "\n]".getBytes(StandardCharsets.UTF_8));
      List<ReportRecord> records = new ArrayList<>();
      try (ReportStream stream = JSON.readAll(new ByteArrayInputStream(array))) {
        stream.forEachRemaining(records::add);
      }
      List<String> shifted = new ArrayList<>();
      for (Problem problem : expected) {
        shifted.add(
            problem.ruleId()
                + " "
                + problem.pointer()
                + " "
                + (problem.line().getAsInt() + 1)
                + ":"
                + problem.column().getAsInt());
      }
      assertEquals(shifted, located(records.get(0).problems()), before);
    }
  }

  @Test
  void theBadByteIsWhereItIs() {
    byte[] bytes =
        withBadByte("{\n  \"edition\": \"2021\",\n  \"organ\": \"临汾市\",\n}", "\"organ\": \"临汾");
    for (List<Problem> problems : java.util.Arrays.asList(fromBytes(bytes), fromStream(bytes))) {
      Problem problem = problems.get(0);
      assertEquals(JsonRule.SYNTAX.id(), problem.ruleId(), problems::toString);
      assertEquals("/organ", problem.pointer(), problems::toString);
      assertEquals(3, problem.line().getAsInt(), problems::toString);
      assertEquals(15, problem.column().getAsInt(), problems::toString);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }
}
