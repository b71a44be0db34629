package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import java.util.List;

/**
 * Whether words are an organ's name as {@link PublishedWording#ORGAN_NAME} tells, by a scan of the
 * same data ({@link PublishedWording#ORGAN_NAME_ENDINGS} …) instead of the pattern: the pattern
 * tries its forty endings at every length of the words (a read asks it of the signature, the
 * titles' organs and the preface's writers, a microsecond each), the scan each ending once at the
 * text's end. {@code OrganNameTest} holds the two to the same answers.
 */
final class OrganName {
  private static final List<String> NOT_OPENING = PublishedWording.ORGAN_NAME_NOT_OPENING;
  private static final String NOT_HOLDING = PublishedWording.ORGAN_NAME_NOT_HOLDING;
  private static final List<String> ENDINGS = PublishedWording.ORGAN_NAME_ENDINGS;

  private OrganName() {}

  /** {@code PublishedWording.ORGAN_NAME.matcher(text).matches()}. */
  static boolean is(String text) {
    for (String opening : NOT_OPENING) {
      if (text.startsWith(opening)) {
        return false;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      // no ending holds any of these: a name holding one holds it in its words
      if (NOT_HOLDING.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    for (String ending : ENDINGS) {
      int words = text.length() - ending.length();
      if (words >= PublishedWording.ORGAN_NAME_MIN_WORDS && text.endsWith(ending)) {
        // the pattern counts its words in code points, as a character outside the BMP is one
        int counted = text.codePointCount(0, words);
        if (counted >= PublishedWording.ORGAN_NAME_MIN_WORDS
            && counted <= PublishedWording.ORGAN_NAME_MAX_WORDS) {
          return true;
        }
      }
    }
    return false;
  }
}
