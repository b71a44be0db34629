package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.Edition;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The report's metadata from its printed text: organ and year from the title and the statement of
 * the statistics period above the tables ({@link Preface}), and the organ and date from the
 * signature under section 六 ({@link Signature}). Nothing is invented: what is not printed stays
 * absent, with a problem. The portal's posting date above the report is no metadata of it, but said
 * when it differs from the date signed ({@link PostingDate}).
 */
final class Metadata {
  /** The longest organ's name on a line of its own. */
  private static final int ORGAN_LENGTH = 40;

  private Metadata() {}

  /**
   * Reads the metadata. {@code headings}: the section each paragraph heads; {@code formTables}:
   * whether each block is a table of the form ({@link FormTableCheck#holdsFormRows}).
   */
  static void read(SourceDocument document, Match match, Object[] headings, boolean[] formTables) {
    Preface preface = Preface.read(document, formTables, headings);
    Signature signature = Signature.find(document.blocks(), headings, formTables, preface.organ);
    String organ = preface.organ;
    // Only a line ending as an organ's name signs: section 六's last line above the date
    // ("本年度无其他需要报告的事项", "特此报告") signs nothing, and disagrees with no title.
    boolean signed = signature != null && signature.organ != null && OrganName.is(signature.organ);
    if (signed && (organ == null || signature.organ.endsWith(organ))) {
      organ = signature.organ;
    } else if (signed && organ != null) {
      match.problems.add(
          ImportRule.IMPORT_ORGAN_SIGNATURE.problem(
              signature.at,
              "/organ",
              asPrinted(document, formTables, organ),
              asPrinted(document, formTables, signature.organ)));
    }
    if (organ == null) {
      organ = preface.namedOrgan;
    }
    match.organ = organ == null ? null : asPrinted(document, formTables, organ);
    match.year = preface.year;
    if (signature != null) {
      match.publishedOn = signature.date;
    }
    if (organ == null) {
      match.problems.add(ImportRule.IMPORT_ORGAN_MISSING.problem(SourcePosition.UNKNOWN, "/organ"));
    } else {
      Optional<OrganKind> kind = PublishedWording.organKind(organ);
      if (kind.isPresent()) {
        match.organKind = kind.get();
        match.problems.add(
            ImportRule.IMPORT_ORGAN_KIND.problem(
                SourcePosition.UNKNOWN, "/organKind", match.organ, kind.get().jsonName()));
      }
    }
    PostingDate.read(document, articleStart(headings, formTables), match);
    if (preface.year == null) {
      match.problems.add(ImportRule.IMPORT_YEAR_MISSING.problem(SourcePosition.UNKNOWN, "/year"));
    } else if (preface.year < Edition.V2021.firstYear()) {
      trialTemplateInItsYears(match.problems);
    }
  }

  /**
   * The organ's name as the page prints it: the title, preface and signature are read in {@link
   * Normalizer#compact} text, which folds traditional characters ("江门市蓬江區" is read as "江门市蓬江区"),
   * and the name is cut at the same place from the text of the first paragraph that holds it
   * folded. The kind of the organ is inferred from the folded name.
   */
  private static String asPrinted(SourceDocument document, boolean[] formTables, String organ) {
    // Nearly every page prints the name as read: a search for it, fast, spares the scan of every
    // paragraph for a traditional character, which costs a character-by-character pass over the
    // whole narrative of a page in simplified characters.
    if (printedIn(document, formTables, organ, false) != null) {
      return organ;
    }
    String printed = printedIn(document, formTables, organ, true);
    return printed == null ? organ : printed;
  }

  /**
   * The organ as the first paragraph holding it prints it, in the title or the text the organ is
   * read from (before the first table of the form, by {@link Preface}, or after the last, by {@link
   * Signature}): as read ({@code folded} false) or with a traditional character; null when none.
   */
  private static String printedIn(
      SourceDocument document, boolean[] formTables, String organ, boolean folded) {
    if (document.title().isPresent()) {
      String printed = printedIn(document.title().get(), organ, folded);
      if (printed != null) {
        return printed;
      }
    }
    int first = formTables.length;
    int last = -1;
    for (int i = 0; i < formTables.length; i++) {
      if (formTables[i]) {
        first = Math.min(first, i);
        last = i;
      }
    }
    List<SourceBlock> blocks = document.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (i == first && last >= first) {
        i = last;
      } else if (blocks.get(i) instanceof SourceParagraph) {
        String printed = printedIn(((SourceParagraph) blocks.get(i)).text(), organ, folded);
        if (printed != null) {
          return printed;
        }
      }
    }
    return null;
  }

  /** The organ as {@code text} prints it, as read or with a traditional character; else null. */
  private static String printedIn(String text, String organ, boolean folded) {
    if (!folded) {
      return text.contains(organ) ? organ : null;
    }
    if (!Normalizer.holdsTraditional(text)) {
      return null;
    }
    int at = Normalizer.compact(text).indexOf(organ);
    return at < 0 ? null : Normalizer.printed(text).substring(at, at + organ.length());
  }

  /** The 2019 template was right before 2021: {@code IMPORT-EDITION-2019} is then a warning. */
  private static void trialTemplateInItsYears(List<Problem> problems) {
    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      if (problem.code() == ImportRule.IMPORT_EDITION_2019) {
        Problem.Builder warning =
            Problem.of(ImportRule.IMPORT_EDITION_2019)
                .severity(Severity.WARNING)
                .at(problem.pointer());
        if (problem.line().isPresent()) {
          warning.line(problem.line().getAsInt(), problem.column().getAsInt());
        }
        problems.set(i, warning.build());
      }
    }
  }

  /**
   * Where the report's own text has surely started: the first heading of a section or table, or the
   * first table of the form; 0 when the page shows neither.
   */
  private static int articleStart(Object[] headings, boolean[] formTables) {
    for (int i = 0; i < headings.length; i++) {
      if (headings[i] != null || formTables[i]) {
        return i;
      }
    }
    return 0;
  }

  /** The organ a paragraph names on its own ({@link #organLineOfCompact}); null for a table. */
  static String organLine(SourceBlock block) {
    if (!(block instanceof SourceParagraph)) {
      return null;
    }
    return organLineOfCompact(
        Normalizer.compactAtMost(((SourceParagraph) block).text(), ORGAN_LENGTH));
  }

  /**
   * The organ a line names, from its {@link Normalizer#compact} text (null when too long to be
   * one): 2 to {@value #ORGAN_LENGTH} characters without sentence punctuation, a breadcrumb's '>'
   * or digits, and not numbered as a heading is ("一、总体情况", "（一）主动公开情况": read as the organ's line
   * over "现公布我局2022年政府信息公开工作年度报告", the two made the organ "一、总体情况现公布我局").
   */
  static String organLineOfCompact(String compact) {
    if (compact == null
        || compact.length() < 2
        || compact.length() > ORGAN_LENGTH
        || Normalizer.numbering(compact, 0) > 0) {
      return null;
    }
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (c == '\u3002'
          || c == ','
          || c == ':'
          || c == ';'
          || c == '.'
          || c == '>'
          || Character.isDigit(c)
          || c == '(' && reading(compact, i + 1)) {
        return null;
      }
    }
    return compact;
  }

  /**
   * Whether a bracket's words from {@code at} are a reading in Latin letters ("西藏自治區(qū)民委",
   * "報(bào)告"): a copy that puts readings after characters prints no organ's name as the organ
   * prints it.
   */
  private static boolean reading(String compact, int at) {
    int end = at;
    while (end < compact.length() && isLatinLetter(compact.charAt(end))) {
      end++;
    }
    return end > at && end < compact.length() && compact.charAt(end) == ')';
  }

  /** Whether a character is a Latin letter, with or without a tone mark (a to z, Latin-1 to ǜ). */
  private static boolean isLatinLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00c0' && c <= '\u024f';
  }

  /** The day of the calendar that a year, month and day printed name; null when none. */
  static LocalDate day(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
