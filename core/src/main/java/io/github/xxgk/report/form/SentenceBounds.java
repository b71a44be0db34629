package io.github.xxgk.report.form;

/**
 * Where the sentences around a stated figure start, for the words it takes from them: the sentence
 * before (its context), the first clause of its list closed by semicolons, and a year named right
 * before its words. Sentences end at {@link NarrativeWording#SENTENCE_ENDS}.
 */
final class SentenceBounds {
  private SentenceBounds() {}

  /**
   * Where the context of the sentence starting at {@code start} starts: the sentence before it, or,
   * for a clause of a list closed by semicolons, the sentence before the list's first clause, since
   * the list's clauses share its words ("已答复59件。其中“予以公开”3件，占5.1%；“部分公开”36件，占61%；", 西宁市城中区 2024). 0
   * if there is none.
   */
  static int previousStart(String text, int start) {
    return sentenceBefore(text, listStart(text, start));
  }

  /**
   * Where the list of clauses closed by semicolons that the sentence starting at {@code start} ends
   * starts: its first clause; {@code start} itself if the sentence follows no semicolon.
   */
  static int listStart(String text, int start) {
    int first = start;
    while (first > 0 && isSemicolon(text.charAt(first - 1))) {
      first = sentenceBefore(text, first);
    }
    return first;
  }

  private static boolean isSemicolon(char c) {
    return c == '\uff1b' || c == ';';
  }

  /** Where the last sentence that is not empty before {@code start} starts; 0 if there is none. */
  private static int sentenceBefore(String text, int start) {
    int end = start - 1;
    while (end > 0 && StatedFigure.endsSentence(text.charAt(end - 1))) {
      end--;
    }
    if (end <= 0) {
      return 0;
    }
    int previous = end;
    while (previous > 0 && !StatedFigure.endsSentence(text.charAt(previous - 1))) {
      previous--;
    }
    return previous;
  }

  /**
   * The year named by four digits right before the run of text without a digit that ends at {@code
   * number}, when that run starts with 年 (within the sentence from {@code sentence}); 0 if there is
   * none.
   */
  static int yearBefore(String text, int sentence, int number) {
    int run = number;
    while (run > sentence && !isDigit(text.charAt(run - 1))) {
      run--;
    }
    if (run == number || text.charAt(run) != '\u5e74' || run - 4 < sentence) {
      return 0;
    }
    int year = 0;
    for (int i = run - 4; i < run; i++) {
      if (!isDigit(text.charAt(i))) {
        return 0;
      }
      year = year * 10 + (text.charAt(i) - '0');
    }
    return run - 5 >= sentence && isDigit(text.charAt(run - 5)) ? 0 : year;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
