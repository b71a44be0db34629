package io.github.xxgk.report.form;

/**
 * Plain words looked up in part of a text, for the narrative's phrases: {@link String#indexOf}
 * has no end, and would search the whole section for a word a sentence lacks.
 */
final class Words {
  /** The words that put a figure outside table 三 ({@link NarrativePhrase#NOT_AN_APPLICATION}). */
  static final String[] NOT_AN_APPLICATION = {
    "复议", "诉讼", "案件", "举报", "投诉", "信访", "问政", "建议", "提案", "热线", "咨询", "留言", "许可", "审批"
  };

  private Words() {}

  /** Where a word starts in the text between {@code start} and {@code end}, or -1. */
  static int indexOf(String text, int start, int end, String word) {
    char first = word.charAt(0);
    int last = end - word.length();
    for (int i = start; i <= last; i++) {
      if (text.charAt(i) == first && text.regionMatches(i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  /** Whether one of the words is in the text between {@code start} and {@code end}. */
  static boolean any(String text, int start, int end, String[] words) {
    for (String word : words) {
      if (indexOf(text, start, end, word) >= 0) {
        return true;
      }
    }
    return false;
  }
}
