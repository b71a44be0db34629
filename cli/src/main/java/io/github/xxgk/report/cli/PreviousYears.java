package io.github.xxgk.report.cli;

import io.github.xxgk.report.model.AnnualReport;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Last year's reports of a batch, by organ, for the checks between consecutive years. Organs are
 * matched by name, normalised: NFKC (full-width letters, digits and brackets become their plain
 * forms) and without any white space. Two reports of one organ and year make that pair ambiguous:
 * neither is used, rather than a guess.
 */
final class PreviousYears {
  private final Map<String, AnnualReport> reports = new HashMap<>();
  private final Map<String, Boolean> ambiguous = new HashMap<>();

  void add(AnnualReport report) {
    String key = key(report.organ(), report.year());
    if (reports.containsKey(key) || ambiguous.containsKey(key)) {
      reports.remove(key);
      ambiguous.put(key, Boolean.TRUE);
    } else {
      reports.put(key, report);
    }
  }

  boolean isEmpty() {
    return reports.isEmpty() && ambiguous.isEmpty();
  }

  /** The report of the same organ for the year before, or null. */
  AnnualReport before(AnnualReport report) {
    return reports.get(key(report.organ(), report.year() - 1));
  }

  static String normalise(String organ) {
    String folded = Normalizer.normalize(organ, Normalizer.Form.NFKC);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && c != '\u200B'
          && c != '\uFEFF') {
        key.append(c);
      }
    }
    return key.toString();
  }

  private static String key(String organ, int year) {
    return year + "\u0000" + normalise(organ);
  }
}
