package io.github.xxgk.report.publication.read;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.publication.read.match.ReadCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A published page that reads exactly, with each value's place in the text: what {@link PageDamage}
 * damages. The places come from the reader's provenance (each cell's position and printed text), so
 * that any page can be damaged where its values are, and checked against the values it was read
 * with: those of its hand transcription or of the report it was rendered from.
 */
final class CleanPage {
  /** Where a printed value is in the text, and the cells it states (several when it spans rows). */
  static final class Token {
    final List<Cell> cells = new ArrayList<>();
    final int start;
    final int end;

    Token(int start, int end) {
      this.start = start;
      this.end = end;
    }

    String text(String page) {
      return page.substring(start, end);
    }
  }

  /** What a page states for a cell: a value and a mark (null when it holds a number). */
  static final class Stated {
    final BigDecimal value;
    final CellMark mark;

    Stated(BigDecimal value, CellMark mark) {
      this.value = value;
      this.mark = mark;
    }

    boolean readAs(ReadCell read) {
      return read != null && read.value().compareTo(value) == 0 && read.mark().orElse(null) == mark;
    }

    @Override
    public String toString() {
      return value.toPlainString() + (mark == null ? "" : " " + mark);
    }
  }

  final String name;
  final String text;
  final boolean html;
  final Map<Cell, Stated> stated;

  /** The printed values in the order of the text. */
  final List<Token> tokens;

  /** Where each cell read at a known position starts in the text (blank cells too). */
  final Map<Cell, Integer> starts;

  /**
   * Whether the tables are printed run together (no separator between cells): a value printed
   * twice, or a number beside one, then states another number.
   */
  final boolean runTogether;

  /** The organ and year the page was read with. */
  final String organ;

  final int year;

  /**
   * Whether a damage before changed text where a value it still states is printed: that value is
   * not among the tokens, so a damage of a row or of the text's order would miss it.
   */
  final boolean partial;

  private CleanPage(
      String name,
      String text,
      boolean html,
      Map<Cell, Stated> stated,
      List<Token> tokens,
      Map<Cell, Integer> starts,
      boolean runTogether,
      String organ,
      int year,
      boolean partial) {
    this.name = name;
    this.text = text;
    this.html = html;
    this.stated = stated;
    this.tokens = tokens;
    this.starts = starts;
    this.runTogether = runTogether;
    this.organ = organ;
    this.year = year;
    this.partial = partial;
  }

  /**
   * The page, when it reads to a report without an error whose every cell is {@code expected}'s
   * value: else empty (a page the reader does not read exactly is no baseline to damage).
   */
  static Optional<CleanPage> of(String name, String text, Function<Cell, BigDecimal> expected) {
    ReadResult result = PublishedReports.read(text);
    if (!result.report().isPresent() || result.hasErrors()) {
      return Optional.empty();
    }
    Map<Cell, Stated> stated = new TreeMap<>();
    for (Cell cell : FormCells.all()) {
      ReadCell read = result.cells().get(cell);
      if (read == null || read.value().compareTo(expected.apply(cell)) != 0) {
        return Optional.empty();
      }
      stated.put(cell, new Stated(read.value(), read.mark().orElse(null)));
    }
    boolean html = result.format() == SourceFormat.HTML;
    return Optional.of(
        new CleanPage(
            name,
            text,
            html,
            Collections.unmodifiableMap(stated),
            tokens(text, html, result.cells()),
            starts(text, result.cells()),
            result.problems().stream()
                .anyMatch(p -> p.ruleId().equals("IMPORT-TABLES-RUN-TOGETHER")),
            result.report().get().organ(),
            result.report().get().year(),
            false));
  }

  private static List<Token> tokens(String text, boolean html, Map<Cell, ReadCell> cells) {
    int[] lines = lineStarts(text);
    String lower = text.toLowerCase(Locale.ROOT);
    Map<Integer, Token> byStart = new HashMap<>();
    for (ReadCell read : cells.values()) {
      if (read.printed().isEmpty() || !read.position().isKnown()) {
        continue;
      }
      int line = read.position().line();
      if (line > lines.length) {
        continue;
      }
      int from = lines[line - 1] + Math.max(0, read.position().column() - 1);
      // the reader keeps the text folded (NFKC): full-width digits are printed "１３"
      String printed = read.printed();
      int at = find(text, lower, html, printed, from);
      if (at < 0) {
        printed = wide(printed);
        at = find(text, lower, html, printed, from);
      }
      if (at < 0) {
        continue;
      }
      int length = printed.length();
      Token token = byStart.computeIfAbsent(at, k -> new Token(k, k + length));
      token.cells.add(read.cell());
    }
    List<Token> tokens = new ArrayList<>();
    for (Token token : byStart.values()) {
      // one printed value states cells of one column (a span down rows); a value found for cells
      // of several columns is a run of values read together, no place to damage one of them
      if (token.cells.stream().map(Cell::column).distinct().count() == 1) {
        tokens.add(token);
      }
    }
    tokens.sort((a, b) -> Integer.compare(a.start, b.start));
    return Collections.unmodifiableList(tokens);
  }

  /**
   * The page as {@code damage} left it, as a baseline for a second damage: what it states, and the
   * values the damage left where they were (moved by what it inserted or removed before them).
   */
  static CleanPage after(CleanPage page, PageDamage damage) {
    String before = page.text;
    String after = damage.text;
    int from = 0;
    int most = Math.min(before.length(), after.length());
    while (from < most && before.charAt(from) == after.charAt(from)) {
      from++;
    }
    int tail = 0;
    while (tail < most - from
        && before.charAt(before.length() - 1 - tail) == after.charAt(after.length() - 1 - tail)) {
      tail++;
    }
    int to = before.length() - tail;
    int delta = after.length() - before.length();
    // the changed span is ambiguous where it meets equal text ("0" -> "3690" may be "369" put
    // before the "0"): a value touching it counts as changed
    to = Math.max(to, from);
    List<Token> tokens = new ArrayList<>();
    boolean lost = false;
    for (Token token : page.tokens) {
      boolean stated = damage.stated.keySet().containsAll(token.cells);
      Token moved =
          token.end < from
              ? token
              : token.start > to ? new Token(token.start + delta, token.end + delta) : null;
      if (moved == null || !stated) {
        lost |= stated;
        continue;
      }
      if (moved != token) {
        moved.cells.addAll(token.cells);
      }
      tokens.add(moved);
    }
    Map<Cell, Integer> starts = new TreeMap<>();
    for (Map.Entry<Cell, Integer> start : page.starts.entrySet()) {
      if (start.getValue() < from) {
        starts.put(start.getKey(), start.getValue());
      } else if (start.getValue() >= to) {
        starts.put(start.getKey(), start.getValue() + delta);
      }
    }
    return new CleanPage(
        page.name,
        after,
        page.html,
        Collections.unmodifiableMap(new TreeMap<>(damage.stated)),
        Collections.unmodifiableList(tokens),
        starts,
        page.runTogether,
        page.organ,
        page.year,
        lost);
  }

  private static Map<Cell, Integer> starts(String text, Map<Cell, ReadCell> cells) {
    int[] lines = lineStarts(text);
    Map<Cell, Integer> starts = new TreeMap<>();
    for (ReadCell read : cells.values()) {
      if (read.position().isKnown() && read.position().line() <= lines.length) {
        starts.put(
            read.cell(),
            lines[read.position().line() - 1] + Math.max(0, read.position().column() - 1));
      }
    }
    return starts;
  }

  /** The printed value's place at or after its cell's position: outside markup, whole. */
  private static int find(String text, String lower, boolean html, String printed, int from) {
    int limit = html ? nextCell(lower, from) : lineEnd(text, from);
    for (int at = text.indexOf(printed, from);
        at >= 0 && at + printed.length() <= limit;
        at = text.indexOf(printed, at + 1)) {
      boolean inTag = html && text.lastIndexOf('<', at) > text.lastIndexOf('>', at);
      boolean whole =
          (at == 0 || !isDigit(text.charAt(at - 1)))
              && (at + printed.length() == text.length()
                  || !isDigit(text.charAt(at + printed.length())));
      if (!inTag && whole) {
        return at;
      }
    }
    return -1;
  }

  private static String wide(String printed) {
    StringBuilder out = new StringBuilder(printed.length());
    for (char c : printed.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uff10') : c);
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return Character.isDigit(c) || c == '.' || c == ',';
  }

  private static int nextCell(String lower, int from) {
    int end = lower.indexOf("</t", from + 1);
    return end < 0 ? lower.length() : end;
  }

  static int lineEnd(String text, int at) {
    int end = text.indexOf('\n', at);
    return end < 0 ? text.length() : end;
  }

  static int lineStart(String text, int at) {
    return text.lastIndexOf('\n', at - 1) + 1;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    int[] out = new int[starts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = starts.get(i);
    }
    return out;
  }

  @Override
  public String toString() {
    return name;
  }
}
