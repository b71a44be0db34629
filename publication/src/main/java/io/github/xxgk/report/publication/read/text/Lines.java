package io.github.xxgk.report.publication.read.text;

/**
 * The lines of a text, one after another, each with its first tab: a line ends at a line feed, a
 * carriage return, or a carriage return and a line feed together, and the text's end ends the last
 * line (an empty one after a final break).
 *
 * <p>The next line feed, carriage return and tab are each found by {@link String#indexOf(int,
 * int)}, which the JDK vectorises, and only ever forwards: the text is scanned about once for each
 * of the three, instead of three comparisons a character, which made splitting the lines cost more
 * than the split a reader cannot do without.
 */
final class Lines {
  private final String text;
  private final Next feed;
  private final Next carriageReturn;
  private final Next tabs;

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
    feed = new Next(text, '\n');
    carriageReturn = new Next(text, '\r');
    tabs = new Next(text, '\t');
  }

  /** Moves to the next line; false when the text has no more. */
  boolean next() {
    int length = text.length();
    if (next > length) {
      return false;
    }
    start = next;
    end = Math.min(feed.from(start), carriageReturn.from(start));
    tab = tabs.from(start);
    moreTabs = false;
    if (tab < end) {
      moreTabs = tabs.from(tab + 1) < end;
    } else {
      tab = -1;
    }
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

  /** Where a character next stands in a text, found forwards only. */
  private static final class Next {
    private final String text;
    private final char c;

    /** The character's index at or after the last position asked for; the length when none. */
    private int at = -1;

    Next(String text, char c) {
      this.text = text;
      this.c = c;
    }

    /** The first index at or after {@code from} holding the character; the length when none. */
    int from(int from) {
      if (at < from) {
        int found = text.indexOf(c, from);
        at = found < 0 ? text.length() : found;
      }
      return at;
    }
  }
}
