package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativeSection;
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
import java.util.regex.Matcher;

/**
 * The report's metadata from its printed text: organ and year from the title (the page's title
 * first, then the paragraphs before the first table), the year also from the statement of the
 * statistics period, and the organ and date from the signature under section 六. Nothing is
 * invented: what is not printed stays absent, with a problem. The portal's posting date above the
 * report is no metadata of it, but said when it differs from the date signed ({@link PostingDate}).
 */
final class Metadata {
  static final int TITLE_LENGTH = 160;

  /** The longest statement of the period's start ("2025年1月1日至") around a line break. */
  private static final int PERIOD_LENGTH = 16;

  /** The longest organ's name on a line of its own. */
  private static final int ORGAN_LENGTH = 40;

  /** The longest signature line: a date, or an organ and a date, with the notes after the date. */
  private static final int SIGNATURE_LENGTH = 100;

  private Metadata() {}

  /**
   * Reads the metadata. {@code headings}: the section each paragraph heads; {@code formTables}:
   * whether each block is a table of the form ({@link FormTableCheck#holdsFormRows}).
   */
  static void read(SourceDocument document, Match match, Object[] headings, boolean[] formTables) {
    List<SourceBlock> blocks = document.blocks();
    String titleOrgan = null;
    // the organ a preface names, taken only when neither the title nor the signature names one
    String prefaceOrgan = null;
    Integer year = null;
    if (document.title().isPresent()) {
      Titles.Title title = Titles.title(Normalizer.compact(document.title().get()));
      if (title != null) {
        titleOrgan = title.organ;
        year = Integer.valueOf(title.year);
      }
    }
    int firstTable = blocks.size();
    for (int i = 0; i < blocks.size(); i++) {
      if (formTables[i]) {
        firstTable = i;
        break;
      }
    }
    // the year as a title prints it, made once
    String printedYear = year == null ? null : year.toString();
    boolean firstParagraph = true;
    for (int i = 0; i < firstTable && (year == null || titleOrgan == null); i++) {
      if (!(blocks.get(i) instanceof SourceParagraph)) {
        continue;
      }
      String text = ((SourceParagraph) blocks.get(i)).text();
      String head = text.length() > 4 * TITLE_LENGTH ? text.substring(0, 4 * TITLE_LENGTH) : text;
      if (prefaceOrgan == null && titleOrgan == null) {
        prefaceOrgan = Titles.prefaceOrgan(Normalizer.compact(head), firstParagraph);
      }
      firstParagraph = false;
      // With the year known, only a title can still give the organ: longer text is not folded.
      String compact =
          year == null ? Normalizer.compact(head) : Normalizer.compactAtMost(head, TITLE_LENGTH);
      if (compact == null || year != null && !compact.contains(printedYear)) {
        // nor can a title of another year
        continue;
      }
      // Text converted from PDF breaks lines inside a phrase ("…政府信息公开" / "工作年度报告", "统计期限为
      // 2025" / "年 1 月 1 日"): a title or a period that only the next line completes is read across.
      String next =
          i + 1 < firstTable && blocks.get(i + 1) instanceof SourceParagraph
              ? ((SourceParagraph) blocks.get(i + 1)).text()
              : null;
      Titles.Title title = compact.length() <= TITLE_LENGTH ? Titles.title(compact) : null;
      if (title == null && next != null && compact.length() <= TITLE_LENGTH) {
        String rest = Normalizer.compactAtMost(next, TITLE_LENGTH);
        Titles.Title across = rest == null ? null : Titles.title(compact + rest);
        // Only a title that the break cuts after its year, or one without an organ under a line
        // that can only be the organ's name ("秦皇岛市抚宁区人民政府办公室" / "2025年政府信息公开工作年度报告"):
        // a line above a whole title is the page's (a breadcrumb, "来源：… 发布时间：…").
        if (across != null) {
          Titles.Title alone = across.yearAt >= compact.length() ? Titles.title(rest) : null;
          if (across.yearAt < compact.length()
              || alone != null && alone.organ == null && organLineOfCompact(compact) != null) {
            title = across;
          }
        }
      }
      if (title != null) {
        Integer titleYear = Integer.valueOf(title.year);
        if (year == null) {
          year = titleYear;
          printedYear = year.toString();
        }
        // nor can a title of another year
        if (title.presented) {
          // a preface's sentence before the title: as a preface names the organ
          if (prefaceOrgan == null && year.equals(titleYear)) {
            prefaceOrgan = title.organ;
          }
        } else if (titleOrgan == null && title.organ != null && year.equals(titleYear)) {
          titleOrgan = title.organ;
        }
      } else if (year == null) {
        Matcher period = PublishedWording.PERIOD.matcher(compact);
        if (period.find()) {
          year = Integer.valueOf(period.group(1));
          printedYear = year.toString();
        } else if (next != null) {
          String tail = compact.substring(Math.max(0, compact.length() - PERIOD_LENGTH));
          String start =
              Normalizer.compact(next.substring(0, Math.min(next.length(), 2 * PERIOD_LENGTH)));
          period = PublishedWording.PERIOD.matcher(tail + start);
          // only a period the line break cuts: one wholly on the next line is read there
          if (period.find() && period.start() < tail.length() && period.end() > tail.length()) {
            year = Integer.valueOf(period.group(1));
            printedYear = year.toString();
          }
        }
      }
    }
    Signature signature = signature(blocks, headings, formTables);
    String organ = titleOrgan;
    if (signature != null
        && signature.organ != null
        && (organ == null || signature.organ.endsWith(organ))) {
      organ = signature.organ;
    } else if (signature != null && signature.organ != null) {
      match.problems.add(
          ImportRule.IMPORT_ORGAN_SIGNATURE.problem(
              signature.at, "/organ", organ, signature.organ));
    }
    if (organ == null && (signature == null || signature.organ == null)) {
      organ = prefaceOrgan;
    }
    match.organ = organ;
    match.year = year;
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
                SourcePosition.UNKNOWN, "/organKind", organ, kind.get().jsonName()));
      }
    }
    PostingDate.read(blocks, articleStart(headings, formTables), match);
    if (year == null) {
      match.problems.add(ImportRule.IMPORT_YEAR_MISSING.problem(SourcePosition.UNKNOWN, "/year"));
    } else if (year < io.github.xxgk.report.form.Edition.V2021.firstYear()) {
      for (int i = 0; i < match.problems.size(); i++) {
        Problem problem = match.problems.get(i);
        if (problem.code() == ImportRule.IMPORT_EDITION_2019) {
          // the 2019 template was right before 2021: the same problem, as a warning
          Problem.Builder warning =
              Problem.of(ImportRule.IMPORT_EDITION_2019).severity(Severity.WARNING);
          if (problem.line().isPresent()) {
            warning.line(problem.line().getAsInt(), problem.column().getAsInt());
          }
          match.problems.set(i, warning.build());
        }
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

  private static final class Signature {
    final String organ;
    final LocalDate date;
    final SourcePosition at;

    Signature(String organ, LocalDate date, SourcePosition at) {
      this.organ = organ;
      this.date = date;
      this.at = at;
    }
  }

  /** The last date line after section 六 (or after the last form table), and the organ above it. */
  private static Signature signature(
      List<SourceBlock> blocks, Object[] headings, boolean[] formTables) {
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
      if (!(blocks.get(i) instanceof SourceParagraph)) {
        continue;
      }
      String text = PageChrome.strip(((SourceParagraph) blocks.get(i)).text());
      // Signatures are pushed right with runs of spaces (over a hundred on 沭阳县 pages): only the
      // compact text is bounded, the raw one only against paragraphs of a page's length.
      if (text.length() > 1000) {
        continue;
      }
      String compact = Normalizer.compactAtMost(text, SIGNATURE_LENGTH);
      if (compact == null
          || compact.contains(PublishedWording.PRINTED)
          || !Narratives.hasDigit(compact)) {
        continue;
      }
      Matcher date = PublishedWording.DATE.matcher(compact);
      if (date.matches()) {
        LocalDate day = date(date.group(1), date.group(2), date.group(3));
        String organ = i > from ? organLine(blocks.get(i - 1)) : null;
        if (day != null) {
          return new Signature(organ, day, blocks.get(i).position());
        }
      }
      Matcher both = PublishedWording.ORGAN_AND_DATE.matcher(compact);
      if (both.matches()) {
        LocalDate day = date(both.group(2), both.group(3), both.group(4));
        if (day != null) {
          return new Signature(both.group(1), day, blocks.get(i).position());
        }
      }
    }
    return null;
  }

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
   * or digits.
   */
  static String organLineOfCompact(String compact) {
    if (compact == null || compact.length() < 2 || compact.length() > ORGAN_LENGTH) {
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
          || Character.isDigit(c)) {
        return null;
      }
    }
    return compact;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
