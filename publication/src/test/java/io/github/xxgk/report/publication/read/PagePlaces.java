package io.github.xxgk.report.publication.read;

import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.publication.read.CleanPage.Token;
import java.util.List;
import java.util.Locale;

/**
 * Where things of the form are in a {@link CleanPage}'s text, as its layout prints them: a value's
 * cell (an HTML element, a line, or the value with its separator), a row's caption, a row, a table.
 */
final class PagePlaces {
  private PagePlaces() {}

  static boolean isLastOfRow(List<Token> tokens, Token token) {
    int i = tokens.indexOf(token);
    return i + 1 < tokens.size()
        && tokens.get(i + 1).cells.get(0).row() != token.cells.get(0).row();
  }

  /** The row's caption as printed before its first value: [start, end), or null. */
  static int[] caption(CleanPage page, Token token) {
    FormRow row = token.cells.get(0).row();
    String label = row.label().zh();
    int first =
        page.tokens.stream()
            .filter(t -> t.cells.get(0).row() == row)
            .mapToInt(t -> t.start)
            .min()
            .orElse(token.start);
    int at = page.text.lastIndexOf(label, first);
    if (at < 0 || first - at > 400 || label.length() < 2) {
      return null;
    }
    return new int[] {at, at + label.length()};
  }

  /** From the row's caption to its last value, as whole lines (or the HTML row): [start, end). */
  static int[] rowSpan(CleanPage page, FormRow row) {
    int[] caption =
        caption(
            page,
            page.tokens.stream().filter(t -> t.cells.get(0).row() == row).findFirst().orElse(null));
    if (caption == null) {
      return null;
    }
    int last =
        page.tokens.stream()
            .filter(t -> t.cells.get(0).row() == row)
            .mapToInt(t -> t.end)
            .max()
            .getAsInt();
    boolean others =
        page.tokens.stream()
            .anyMatch(t -> t.cells.get(0).row() != row && t.start >= caption[0] && t.start < last);
    if (others) {
      return null;
    }
    String text = page.text;
    if (page.html) {
      String lower = text.toLowerCase(Locale.ROOT);
      int start = lower.lastIndexOf("<tr", caption[0]);
      int end = lower.indexOf("</tr>", last);
      int nextRow = start < 0 ? -1 : lower.indexOf("<tr", start + 1);
      if (start < 0 || end < 0 || nextRow >= 0 && nextRow < end) {
        return null;
      }
      return new int[] {start, end + 5};
    }
    int end = CleanPage.lineEnd(text, last);
    return new int[] {CleanPage.lineStart(text, caption[0]), Math.min(text.length(), end + 1)};
  }

  /** The table from its heading to the next heading: [start, end) of whole lines, or null. */
  static int[] tableSpan(CleanPage page, FormTable table) {
    String text = page.text;
    int first = -1;
    int last = -1;
    for (Token t : page.tokens) {
      if (t.cells.get(0).table() == table) {
        first = first < 0 ? t.start : first;
        last = t.end;
      }
    }
    if (first < 0) {
      return null;
    }
    int heading = text.lastIndexOf(table.label().zh(), first);
    String nextHeading =
        table == FormTable.RECONSIDERATION_AND_LITIGATION
            ? NarrativeSection.PROBLEMS_AND_IMPROVEMENTS.label().zh()
            : FormTable.values()[table.ordinal() + 1].label().zh();
    int end = text.indexOf(nextHeading, last);
    if (heading < 0 || end < 0) {
      return null;
    }
    if (page.html) {
      String lower = text.toLowerCase(Locale.ROOT);
      int start = lower.lastIndexOf("<p", heading);
      int stop = lower.lastIndexOf("<p", end);
      return start < 0 || stop <= start ? null : new int[] {start, stop};
    }
    return new int[] {CleanPage.lineStart(text, heading), CleanPage.lineStart(text, end)};
  }

  /** [start, end) of the cell: its HTML element, its line, or the value with its separator. */
  static int[] cell(CleanPage page, Token token) {
    String text = page.text;
    if (page.html) {
      String lower = text.toLowerCase(Locale.ROOT);
      int start =
          Math.max(lower.lastIndexOf("<td", token.start), lower.lastIndexOf("<th", token.start));
      int end = lower.indexOf("</t", token.end);
      int close = end < 0 ? -1 : lower.indexOf('>', end);
      return new int[] {start, close + 1};
    }
    int lineStart = CleanPage.lineStart(text, token.start);
    int lineEnd = CleanPage.lineEnd(text, token.start);
    String rest =
        (text.substring(lineStart, token.start) + text.substring(token.end, lineEnd))
            .replaceAll("[\\s|\u3000\u00a0]", "");
    if (rest.isEmpty()) {
      return new int[] {lineStart, Math.min(text.length(), lineEnd + 1)};
    }
    int start = token.start;
    while (start > lineStart && isSeparator(text.charAt(start - 1))) {
      start--;
    }
    if (start > lineStart) {
      return new int[] {start, token.end};
    }
    int end = token.end;
    while (end < lineEnd && isSeparator(text.charAt(end))) {
      end++;
    }
    return new int[] {token.start, end};
  }

  /** Where to insert {@code value} as a cell of the token's layout after it, and what. */
  static Object[] cellAfter(CleanPage page, Token token, String value) {
    String text = page.text;
    int[] cell = cell(page, token);
    if (page.html) {
      return new Object[] {cell[1], "<td>" + value + "</td>"};
    }
    int lineStart = CleanPage.lineStart(text, token.start);
    if (cell[0] == lineStart && (cell[1] == text.length() || text.charAt(cell[1] - 1) == '\n')) {
      String line =
          text.substring(lineStart, token.start) + value + text.substring(token.end, cell[1]);
      return new Object[] {cell[1], line.endsWith("\n") ? line : "\n" + line};
    }
    String separator =
        cell[0] < token.start
            ? text.substring(cell[0], token.start)
            : text.substring(token.end, cell[1]);
    return new Object[] {token.end, (separator.isEmpty() ? " " : separator) + value};
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '|' || c == '\u3000' || c == '\u00a0';
  }
}
