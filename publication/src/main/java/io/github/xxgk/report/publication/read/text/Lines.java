package io.github.xxgk.report.publication.read.text;

/**
 * The lines of a text, one after another, each with its first tab: a line ends at a line feed, a
 * carriage return, or a carriage return and a line feed together, and the text's end ends the last
 * line (an empty one after a final break).
 *
 * <p>One comparison a character finds all three: a tab, a line feed and a carriage return are the
 * only characters up to {@code '\r'} that matter, and text holds few others so low. (Three
 * comparisons a character made finding the lines cost more than the split a reader cannot do
 * without; finding each of the three by {@link String#indexOf(int, int)} cost as much again, in the
 * calls for lines of twenty characters.)
 */
final class Lines {
  private final String text;

  /** Where the next line starts; beyond the text when there is none. */
  private int next;

  /** The current line, {@code text[start, end)}. */
  int start;

  int end;

  /** The line's first tab, -1 when none. */
  int tab;

  /** Whether the line holds another tab after the first. */
  boolean moreTabs;

  Lines(String text) {
    this.text = text;
  }

  /** Moves to the next line; false when the text has no more. */
  boolean next() {
    int length = text.length();
    if (next > length) {
      return false;
    }
    start = next;
    tab = -1;
    moreTabs = false;
    int i = start;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c <= '\r') {
        if (c == '\n' || c == '\r') {
          break;
        }
        if (c == '\t') {
          moreTabs = tab >= 0;
          tab = tab < 0 ? i : tab;
        }
      }
    }
    end = i;
    if (end >= length) {
      next = length + 1;
    } else {
      next =
          end
              + (text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                  ? 2
                  : 1);
    }
    return true;
  }
}
