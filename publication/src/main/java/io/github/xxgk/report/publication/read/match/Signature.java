package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The signature under the report (落款): the date on the last line after section 六 (or after the last
 * table of the form), and the organ on the line above it or before the date on the same line.
 */
final class Signature {
  /** The longest signature line: a date, or an organ and a date, with the notes after the date. */
  private static final int SIGNATURE_LENGTH = 100;

  /** The organ signing; null when the signature prints none. */
  final String organ;

  final LocalDate date;
  final SourcePosition at;

  private Signature(String organ, LocalDate date, SourcePosition at) {
    this.organ = organ;
    this.date = date;
    this.at = at;
  }

  /**
   * The signature after section 六 (or after the last form table); null when no line there is a date
   * of the calendar. {@code headings}: the section each paragraph heads; {@code formTables}:
   * whether each block is a table of the form; {@code titleOrgan}: the organ the title names, the
   * only one whose signature is taken when it runs on after section 六's last sentence.
   */
  static Signature find(
      List<SourceBlock> blocks, Object[] headings, boolean[] formTables, String titleOrgan) {
    int from = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (formTables[i]) {
        from = i + 1;
      } else if (headings[i] == NarrativeSection.OTHER_MATTERS
          || headings[i] instanceof FormTable) {
        from = Math.max(from, i + 1);
      }
    }
    for (int i = from; i < blocks.size(); i++) {
      // a link's or a list item's text after the article ("相关文章", a dated list of other
      // articles, the portal's footer) signs nothing, as it titles nothing in Preface
      if (!(blocks.get(i) instanceof SourceParagraph) || isListed(blocks.get(i))) {
        continue;
      }
      String text = PageChrome.strip(((SourceParagraph) blocks.get(i)).text());
      // Signatures are pushed right with runs of spaces (over a hundred on 沭阳县 pages): only the
      // compact text is bounded, the raw one only against paragraphs of a page's length.
      // both date patterns end in 日 or a note's bracket, and so does the text of a signature run on
      if (text.length() > 1000 || !FlatNarratives.mayEndInDate(text, 0, text.length())) {
        continue;
      }
      String compact = Normalizer.compactAtMost(text, SIGNATURE_LENGTH);
      int runOn = runOn(text, titleOrgan);
      if (runOn > 0) {
        // the signature run on after section 六's last sentence, as Narratives cuts it
        compact = Normalizer.compact(text.substring(runOn));
      }
      // a date in Chinese numerals ("二〇二五年一月十三日"), as official documents sign with
      compact = ChineseYears.dates(compact);
      if (compact == null
          || compact.contains(PublishedWording.PRINTED)
          || !Narratives.hasDigit(compact)) {
        continue;
      }
      Matcher date = PublishedWording.DATE.matcher(compact);
      if (date.matches()) {
        LocalDate day = Metadata.day(date.group(1), date.group(2), date.group(3));
        String organ =
            i > from && !isListed(blocks.get(i - 1)) ? Metadata.organLine(blocks.get(i - 1)) : null;
        if (day != null) {
          return new Signature(organ, day, blocks.get(i).position());
        }
      }
      Matcher both = PublishedWording.ORGAN_AND_DATE.matcher(compact);
      // a line of another article and its date ("…2023年工作总结 2024年1月15日", a copied page's list
      // after an unsigned report) dates nothing: only an organ signs in front of the date
      if (both.matches() && OrganName.is(both.group(1))) {
        LocalDate day = Metadata.day(both.group(2), both.group(3), both.group(4));
        if (day != null) {
          return new Signature(both.group(1), day, blocks.get(i).position());
        }
      }
    }
    return null;
  }

  private static boolean isListed(SourceBlock block) {
    return block instanceof SourceParagraph && ((SourceParagraph) block).listed();
  }

  /**
   * Where a signature run on after a paragraph's last sentence starts ("…情况。平潭综合实验区旅游与文化体育局
   * 2021年1月25日"); -1 if none. Only one naming the title's organ: a sentence ending in a date
   * ("…，截至2022年1月5日") signs nothing.
   */
  static int runOn(String text, String organ) {
    int at = organ == null ? -1 : FlatNarratives.signature(text, 0, text.length());
    if (at <= 0) {
      return -1;
    }
    Matcher both =
        PublishedWording.ORGAN_AND_DATE.matcher(
            ChineseYears.dates(Normalizer.compact(text.substring(at))));
    return both.matches() && both.group(1).endsWith(organ) ? at : -1;
  }
}
