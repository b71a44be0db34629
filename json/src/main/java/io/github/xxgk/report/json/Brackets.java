package io.github.xxgk.report.json;

/**
 * The brackets of JSON text, counted over its bytes outside strings: how a line is told to be a
 * record of JSON Lines, or not, before any of it is parsed. One scan answers both questions.
 */
final class Brackets {
  /** Brackets opened and not closed at the end; negative when more were closed than opened. */
  private int depth;

  /** Where the depth first fell back to 0 or below, or -1 if it never did. */
  private int firstClose = -1;

  private boolean inString;

  private Brackets() {}

  private static Brackets scan(byte[] text, int from, int to) {
    Brackets found = new Brackets();
    boolean escaped = false;
    for (int i = from; i < to; i++) {
      byte c = text[i];
      if (found.inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          found.inString = false;
        }
      } else if (c == '"') {
        found.inString = true;
      } else if (c == '{' || c == '[') {
        found.depth++;
      } else if ((c == '}' || c == ']') && --found.depth <= 0 && found.firstClose < 0) {
        found.firstClose = i;
      }
    }
    return found;
  }

  /** Whether a line closes every bracket it opens, outside strings. */
  static boolean closeAll(byte[] line, int from, int to) {
    return scan(line, from, to).depth <= 0;
  }

  /**
   * Whether bytes that start with an object are that one object and nothing more (but blanks): its
   * brackets close exactly at its end, never before. A line of a multi-line document that starts
   * with <code>{</code> closes more than it opens, or leaves some open.
   */
  static boolean isOneObject(byte[] line, int from, int to) {
    int last = to;
    while (last > from
        && (line[last - 1] == ' ' || line[last - 1] == '\t' || line[last - 1] == '\r')) {
      last--;
    }
    if (last == from || line[last - 1] != '}') {
      return false;
    }
    Brackets found = scan(line, from, last);
    return found.depth == 0 && !found.inString && found.firstClose == last - 1;
  }
}
