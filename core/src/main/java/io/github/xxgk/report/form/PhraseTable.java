package io.github.xxgk.report.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The data of the {@link NarrativePhrase phrases}, read once from {@code narrative-phrases.txt}
 * beside this class (its header describes the format): the phrases are a table, not code. A
 * malformed table fails the loading of the class with the line at fault, so that no phrase is ever
 * read otherwise than written.
 */
final class PhraseTable {
  /** A stated number as the phrases' patterns read it ({@code {n}} in the table), then spaces. */
  static final String NUMBER = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,12})\\s*";

  /**
   * A count as the table writes it: the number, then its unit, which stands for any of {@link
   * NarrativeWording#COUNT_UNITS} (a phrase reads "15宗" as it reads "15件").
   */
  static final String COUNT = "{n}\u4ef6";

  /** The unit of a count as the phrases' patterns read it. */
  static final String UNIT = "[" + NarrativeWording.COUNT_UNITS + "]";

  private static final String RESOURCE = "narrative-phrases.txt";
  private static final Map<String, Row> ROWS =
      read(PhraseTable.class.getResourceAsStream(RESOURCE));

  private PhraseTable() {}

  /** One phrase's data. */
  static final class Row {
    String pattern;
    String[] words;
    String[] requires = new String[0];
    String[] forbids = new String[0];
    String[] forbidsNear = new String[0];
    final List<List<Cell>> readings = new ArrayList<>();
  }

  /** The phrase named {@code name}, which the table must hold. */
  static Row row(String name) {
    Row row = ROWS.get(name);
    if (row == null) {
      throw new IllegalStateException(RESOURCE + " has no phrase " + name);
    }
    return row;
  }

  /** The phrases' names in the table's order. */
  static List<String> names() {
    return new ArrayList<>(ROWS.keySet());
  }

  /** Reads a table in the format of {@code narrative-phrases.txt}; closes the stream. */
  static Map<String, Row> read(InputStream table) {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (InputStream in = table) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + PhraseTable.class);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Row row = null;
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.trim().isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (!Character.isWhitespace(line.charAt(0))) {
          if (!line.matches("[A-Z_]+") || rows.containsKey(line)) {
            throw malformed(number, "a new phrase's name, once: " + line);
          }
          row = new Row();
          rows.put(line, row);
          continue;
        }
        String[] keyValue = line.trim().split("\\s+", 2);
        if (row == null || keyValue.length < 2) {
          throw malformed(number, "a key and its value under a phrase's name: " + line);
        }
        set(row, keyValue[0], keyValue[1], number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
    for (Map.Entry<String, Row> entry : rows.entrySet()) {
      Row row = entry.getValue();
      if (row.pattern == null || row.words == null || row.readings.isEmpty()) {
        throw new IllegalStateException(
            RESOURCE + ": " + entry.getKey() + " needs a pattern, words and a reading");
      }
    }
    return Collections.unmodifiableMap(rows);
  }

  private static void set(Row row, String key, String value, int number) {
    switch (key) {
      case "pattern":
        if (row.pattern != null || !value.contains(COUNT)) {
          throw malformed(number, "one pattern with its " + COUNT);
        }
        row.pattern = value.replace(COUNT, NUMBER + UNIT);
        return;
      case "words":
        row.words = value.split("\\|");
        return;
      case "requires":
        row.requires = value.split("\\|");
        return;
      case "forbids":
        row.forbids = value.split("\\|");
        return;
      case "forbids-near":
        row.forbidsNear = value.split("\\|");
        return;
      case "reading":
        List<Cell> sum = new ArrayList<>();
        for (String term : value.split("\\s*\\+\\s*")) {
          List<Cell> cells = cells(term);
          if (cells.isEmpty()) {
            throw malformed(number, "no cell of the form is " + term);
          }
          sum.addAll(cells);
        }
        row.readings.add(Collections.unmodifiableList(sum));
        return;
      default:
        throw malformed(number, "an unknown key " + key);
    }
  }

  // The cells whose pointers a term names, in catalogue order: * any part of a name, {a,b} either.
  private static List<Cell> cells(String term) {
    StringBuilder regex = new StringBuilder();
    boolean braces = false;
    for (String piece : term.split("(?=[*{}])|(?<=[*{}])")) {
      if (piece.equals("*")) {
        regex.append("[^/]*");
      } else if (piece.equals("{") || piece.equals("}")) {
        braces = piece.equals("{");
        regex.append(braces ? "(?:" : ")");
      } else {
        String[] alternatives = braces ? piece.split(",", -1) : new String[] {piece};
        for (int a = 0; a < alternatives.length; a++) {
          regex.append(a > 0 ? "|" : "").append(Pattern.quote(alternatives[a]));
        }
      }
    }
    Pattern pattern = Pattern.compile(regex.toString());
    List<Cell> cells = new ArrayList<>();
    for (Cell cell : FormCells.all()) {
      if (pattern.matcher(cell.pointer()).matches()) {
        cells.add(cell);
      }
    }
    return cells;
  }

  private static IllegalStateException malformed(int line, String expected) {
    return new IllegalStateException(RESOURCE + " line " + line + ": expected " + expected);
  }
}
