package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The narrative sections 一、五、六 as text: the paragraphs after a section's heading (with its
 * variants) up to the next heading of the form, a table, or, for 六, the signature.
 */
final class Narratives {
  /** The longest date line, with the organ in front of the date. */
  private static final int DATE_LENGTH = 60;

  private Narratives() {}

  static void read(SourceDocument document, Match match, Object[] headings) {
    List<SourceBlock> blocks = document.blocks();
    for (NarrativeSection section : NarrativeSection.values()) {
      int start = -1;
      for (int i = 0; i < blocks.size() && start < 0; i++) {
        if (headings[i] == section) {
          start = i + 1;
        }
      }
      if (start < 0) {
        match.problems.add(
            ImportRule.IMPORT_NARRATIVE_MISSING.problem(
                SourcePosition.UNKNOWN, section.pointer(), section.label().zh()));
        continue;
      }
      List<String> paragraphs = new ArrayList<>();
      SourcePosition at = blocks.get(start - 1).position();
      for (int i = start; i < blocks.size(); i++) {
        SourceBlock block = blocks.get(i);
        if (block instanceof SourceTable
            || headings[i] != null
            || isSignature(blocks, i, match)
            || endsTheArticle(section, (SourceParagraph) block, paragraphs)
            || PageChrome.isFooter(((SourceParagraph) block).text())) {
          break;
        }
        String text = trim(((SourceParagraph) block).text());
        // section 六's last sentence with the signature run on after it, in one paragraph
        int signature =
            section == NarrativeSection.OTHER_MATTERS ? Signature.runOn(text, match.organ) : -1;
        if (signature > 0) {
          text = trim(text.substring(0, signature));
        }
        if (!text.isEmpty()) {
          at = paragraphs.isEmpty() ? block.position() : at;
          paragraphs.add(text);
        }
        if (signature > 0) {
          break;
        }
      }
      match.narratives.put(section, String.join("\n", paragraphs));
      match.narrativePositions.put(section, at);
    }
  }

  /**
   * Whether a paragraph ends section 六, the article's last: a link's or a list item's text after
   * its written text is the portal's (a list of other articles, the footer's links). Its own text
   * may be a list's items; a list stops no other section, whose next heading ends it.
   */
  private static boolean endsTheArticle(
      NarrativeSection section, SourceParagraph paragraph, List<String> paragraphs) {
    return section == NarrativeSection.OTHER_MATTERS && paragraph.listed() && !paragraphs.isEmpty();
  }

  /** The organ line right above the date, or the date line, that signs the report. */
  private static boolean isSignature(List<SourceBlock> blocks, int i, Match match) {
    String text = PageChrome.strip(((SourceParagraph) blocks.get(i)).text());
    // as in Metadata: signatures may be pushed right with a hundred spaces
    if (text.length() > 1000) {
      return false;
    }
    // What signs ends in a date, or is an organ's line over one, or is the organ read: a
    // narrative's paragraphs, ending in a full stop, are told none from their last characters,
    // not folded.
    if (!FlatNarratives.mayEndInDate(text, 0, text.length())
        && !endsAs(text, match.organ)
        && !(i + 1 < blocks.size()
            && blocks.get(i + 1) instanceof SourceParagraph
            && mayEndInDate((SourceParagraph) blocks.get(i + 1)))) {
      return false;
    }
    // Only short lines can sign: a date, an organ's name (of at most 40 characters) or the organ
    // read; a narrative's long paragraphs are not folded whole to find out.
    String compact =
        Normalizer.compactAtMost(
            text, match.organ == null ? DATE_LENGTH : Math.max(DATE_LENGTH, match.organ.length()));
    if (compact == null) {
      return false;
    }
    if (isDate(compact)) {
      return true;
    }
    if (i + 1 < blocks.size()
        && blocks.get(i + 1) instanceof SourceParagraph
        && Metadata.organLineOfCompact(compact) != null) {
      return isDate(
          Normalizer.compactAtMost(((SourceParagraph) blocks.get(i + 1)).text(), DATE_LENGTH));
    }
    return match.organ != null && compact.equals(match.organ);
  }

  /** Whether a paragraph's text may end in a date ({@link FlatNarratives#mayEndInDate}). */
  private static boolean mayEndInDate(SourceParagraph paragraph) {
    return FlatNarratives.mayEndInDate(paragraph.text(), 0, paragraph.text().length());
  }

  /**
   * Whether text's compact form may end as the organ's name does (its last character kept, folded,
   * is the name's last, or is left to NFKC); false when no organ was read.
   */
  private static boolean endsAs(String text, String organ) {
    if (organ == null || organ.isEmpty()) {
      return false;
    }
    int last = Normalizer.lastKept(text, 0, text.length());
    return last == organ.charAt(organ.length() - 1) || last == Normalizer.NFKC;
  }

  /** Whether compact text (null when longer than {@link #DATE_LENGTH}) is a date line. */
  private static boolean isDate(String printed) {
    String compact = ChineseYears.dates(printed);
    return compact != null
        && compact.length() <= DATE_LENGTH
        && hasDigit(compact)
        && (PublishedWording.DATE.matcher(compact).matches()
            || PublishedWording.ORGAN_AND_DATE.matcher(compact).matches());
  }

  /**
   * Whether the text holds an ASCII digit, as both date patterns' {@code \d{4}} need: the headings
   * and short paragraphs of a narrative, and those under it that {@link Metadata} looks at for the
   * signature, are told no date without a regular expression.
   */
  static boolean hasDigit(String compact) {
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
  }
}
