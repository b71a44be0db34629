package io.github.xxgk.report.form;

/**
 * The context a narrative sentence reads its required words from, computed the slow, obvious way:
 * the specification the naive scans of {@code PhraseShapeProperties} (here) and testkit's {@code
 * NarrativeScanOracleProperties} (through test-fixtures) hold the real scan to. One copy, so that a
 * change of the rule is made once in the oracles as in the scan.
 */
public final class NaiveSentenceContext {
  private NaiveSentenceContext() {}

  /**
   * The context of the sentence starting at start: the text from the last sentence before it, or,
   * for a clause of a list closed by semicolons, from the last sentence before the list's first
   * clause; none (empty) when that text is of another scope.
   */
  public static String of(String text, int start) {
    int first = start;
    while (first > 0 && ";\uff1b".indexOf(text.charAt(first - 1)) >= 0) {
      first = lastSentenceStart(text, first);
    }
    String context = text.substring(lastSentenceStart(text, first), start);
    return NarrativeWording.OTHER_SCOPE.matcher(context).find() ? "" : context;
  }

  // Where the last sentence with a character other than a sentence end, before end, starts.
  private static int lastSentenceStart(String text, int end) {
    int i = end;
    while (i > 0 && NarrativeWording.SENTENCE_ENDS.indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    while (i > 0 && NarrativeWording.SENTENCE_ENDS.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }
}
