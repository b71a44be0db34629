package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.LabelVariants;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The narrative sections of a paragraph whose tables ran together with them ({@link FlatTables}):
 * the paragraph is cut at the section headings it prints, so that sections 一、五、六 are read as in any
 * other document. A heading is a section's caption (or a listed variant) with the text just before
 * it that makes it a heading of the form ("五、"), as {@link LabelIndex#heading} reads it; a section
 * whose heading is not found is left out, as elsewhere. The signature at the very end (organ and
 * date) is cut off section 六, and the page's furniture after it ({@link PageChrome}) dropped.
 */
final class FlatNarratives {
  /** How far before a caption its numbering may start ("一、", "五 、"). */
  private static final int NUMBERING = 4;

  /** The longest signature cut off the end, with the notes after its date ("（联系人：…）"). */
  private static final int SIGNATURE = 100;

  private FlatNarratives() {}

  /**
   * The blocks a paragraph becomes: the text before table 二 cut at the headings of section 一, the
   * tables, then the text after table 四 cut at the headings of sections 五 and 六.
   */
  static List<SourceBlock> split(
      SourceParagraph paragraph, int tablesStart, int tablesEnd, List<SourceTable> tables) {
    String text = paragraph.text();
    int start = tablesStart;
    // the last before the tables: a preface may list the sections' names ("由总体情况、主动公开…")
    String proactiveCaption = FormTable.PROACTIVE_DISCLOSURE.label().zh();
    for (int at = 0; ; ) {
      int[] proactive =
          heading(text, FormTable.PROACTIVE_DISCLOSURE, proactiveCaption, at, tablesStart);
      if (proactive == null) {
        break;
      }
      start = proactive[0];
      at = proactive[1];
    }
    List<SourceBlock> blocks = new ArrayList<>();
    cut(paragraph, 0, start, new NarrativeSection[] {NarrativeSection.OVERVIEW}, blocks);
    blocks.addAll(tables);
    cut(
        paragraph,
        tablesEnd,
        text.length(),
        new NarrativeSection[] {
          NarrativeSection.PROBLEMS_AND_IMPROVEMENTS, NarrativeSection.OTHER_MATTERS
        },
        blocks);
    return blocks;
  }

  /**
   * Text from {@code from} to {@code to} as paragraphs, each heading of {@code sections} its own.
   */
  private static void cut(
      SourceParagraph paragraph,
      int from,
      int to,
      NarrativeSection[] sections,
      List<SourceBlock> blocks) {
    String text = paragraph.text();
    int at = from;
    for (NarrativeSection section : sections) {
      int[] heading = null;
      List<String> captions = new ArrayList<>();
      captions.add(section.label().zh());
      captions.addAll(LabelVariants.of(section));
      for (String caption : captions) {
        int[] found = heading(text, section, caption, at, to);
        if (found != null && (heading == null || found[0] < heading[0])) {
          heading = found;
        }
      }
      if (heading == null) {
        continue;
      }
      add(paragraph, at, heading[0], blocks);
      add(paragraph, heading[0], heading[1], blocks);
      at = heading[1];
    }
    int end = to;
    if (to == text.length()) {
      // the page's buttons after the report are not its text, and would hide the signature
      end = PageChrome.start(text, at, to);
      int signature = signature(text, at, end);
      if (signature >= 0) {
        add(paragraph, at, signature, blocks);
        at = signature;
      }
    }
    add(paragraph, at, end, blocks);
  }

  /** {start, end} of the first heading naming {@code target} with {@code caption}; null if none. */
  private static int[] heading(String text, Object target, String caption, int from, int to) {
    for (int at = text.indexOf(caption, from);
        at >= 0 && at + caption.length() <= to;
        at = text.indexOf(caption, at + 1)) {
      int end = at + caption.length();
      for (int start = Math.max(from, at - NUMBERING); start <= at; start++) {
        LabelIndex.Target named = LabelIndex.heading(text.substring(start, end));
        if (named != null && named.target == target) {
          return new int[] {start, end};
        }
      }
    }
    return null;
  }

  /** Where a closing organ and date start at the end of the text; -1 if none. */
  static int signature(String text, int from, int to) {
    int first = Math.max(from, to - SIGNATURE);
    if (!mayPrintYear(text, first, to) || !mayEndInDate(text, first, to)) {
      return -1;
    }
    for (int start = to - 1; start >= first; start--) {
      // the organ starts after the last full stop, comma or space that leaves an organ and a date
      if (start > 0 && !boundary(text.charAt(start - 1))) {
        continue;
      }
      String compact = ChineseYears.dates(Normalizer.compact(text.substring(start, to)));
      if (PublishedWording.ORGAN_AND_DATE.matcher(compact).matches()) {
        return start;
      }
    }
    return -1;
  }

  /**
   * Whether text[from, to) may print a year (年), which every date of a signature does: most
   * paragraphs print none at their end and are not folded at each of their breaks to find out. A
   * compatibility ideograph (U+F900–U+FAFF) folds to 年 too (NFKC), so it is taken as one.
   */
  private static boolean mayPrintYear(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u5e74' || c >= '\uf900' && c <= '\ufaff') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether text[from, to) may end in a signature's date: the last character {@link
   * Normalizer#compact} keeps of it is 日, or the bracket closing a note after the date
   * (ORGAN_AND_DATE's end), or one NFKC decides (a NEL, which the pattern's "$" allows after the
   * date, among them). Most paragraphs end in a full stop, and are not folded at each of their
   * breaks to find that they sign nothing.
   */
  static boolean mayEndInDate(String text, int from, int to) {
    int last = Normalizer.lastKept(text, from, to);
    return last == '\u65e5' || last == ')' || last == Normalizer.NFKC;
  }

  private static boolean boundary(char c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || c == '\u00a0'
        || c == '\u3000'
        || type == Character.OTHER_PUNCTUATION
        || type == Character.END_PUNCTUATION;
  }

  private static void add(SourceParagraph paragraph, int from, int to, List<SourceBlock> blocks) {
    if (to > from && !text(paragraph, from, to).trim().isEmpty()) {
      SourcePosition at = paragraph.position();
      SourcePosition position =
          at.isKnown() ? SourcePosition.of(at.line(), at.column() + from) : at;
      blocks.add(new SourceParagraph(text(paragraph, from, to), position));
    }
  }

  private static String text(SourceParagraph paragraph, int from, int to) {
    return paragraph.text().substring(from, to);
  }
}
