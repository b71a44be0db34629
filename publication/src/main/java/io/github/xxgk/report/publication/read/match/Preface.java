package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organ and the year as printed above the report's tables: the page's own title first, then a
 * title ({@link ReportTitle}) among the paragraphs before the first table of the form, and the year
 * also from the statement of the statistics period (统计期限, "2024年1月1日至2024年12月31日").
 */
final class Preface {
  /** The longest statement of the period's start ("2025年1月1日至") around a line break. */
  private static final int PERIOD_LENGTH = 16;

  /**
   * Where a sentence's clauses end, compiled once: {@code String.split} compiles a pattern of more
   * than one character at every call, here once a sentence of every preface paragraph.
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]");

  private static final int TITLE_LENGTH = ReportTitle.TITLE_LENGTH;

  /** The organ a title of the report's year prints; null when none does. */
  String organ;

  /**
   * The organ a preface's sentence names (as the report's writer, or before the title it presents),
   * taken only when neither the title nor the signature names one; null when none does.
   */
  String namedOrgan;

  /** The year of the title whose organ {@link #namedIn} read; null when none was read so. */
  private Integer namedYear;

  /**
   * The year of a title a preface's sentence presents now under the organ's word for itself ("现公布我局
   * 2022年政府信息公开工作年度报告", 杨凌示范区审计局 2022), taken when nothing else gives a year; null when none.
   */
  private Integer selfYear;

  /** The longest word an organ calls itself by ({@link PublishedWording#SELF_REFERENCE}). */
  private static final int SELF_LENGTH = 4;

  /** Whether no paragraph has been read yet: only the first may open with the report's title. */
  private boolean firstParagraph = true;

  /** The year of the first title, or of the period when no title is found first; null when none. */
  Integer year;

  /**
   * Whether the paragraphs read are under a heading of the report's own (一、总体情况 and on), where a
   * title not presented now is one the text speaks of ({@link #cited}).
   */
  private boolean inBody;

  /** The year as a title prints it, made once. */
  private String printedYear;

  private Preface() {}

  /**
   * Reads the organ and year. {@code formTables}: whether each block is a table of the form ({@link
   * FormTableCheck#holdsFormRows}); {@code headings}: the section or table each paragraph heads.
   */
  static Preface read(SourceDocument document, boolean[] formTables, Object[] headings) {
    Preface preface = new Preface();
    if (document.title().isPresent()) {
      ReportTitle title =
          ReportTitle.of(ChineseYears.arabic(Normalizer.compact(document.title().get())));
      if (title != null) {
        preface.organ = title.organ;
        preface.year(Integer.valueOf(title.year));
      }
    }
    List<SourceBlock> blocks = document.blocks();
    int firstTable = blocks.size();
    for (int i = 0; i < blocks.size(); i++) {
      if (formTables[i]) {
        firstTable = i;
        break;
      }
    }
    for (int i = 0; i < firstTable && (preface.year == null || preface.organ == null); i++) {
      preface.inBody = preface.inBody || headings[i] != null;
      if (isOwn(blocks.get(i))) {
        // Text converted from PDF breaks lines inside a phrase ("…政府信息公开" / "工作年度报告", "统计期限为
        // 2025" / "年 1 月 1 日"): a title or a period that only the next line completes is read
        // across.
        String next =
            i + 1 < firstTable && isOwn(blocks.get(i + 1))
                ? ((SourceParagraph) blocks.get(i + 1)).text()
                : null;
        preface.paragraph(((SourceParagraph) blocks.get(i)).text(), next);
      }
    }
    if (preface.year == null && preface.selfYear != null) {
      preface.year(preface.selfYear);
    }
    return preface;
  }

  /**
   * Whether a block is a paragraph of the page's own text: not one the markup lists ({@link
   * SourceParagraph#listed}), where portals print their navigation and the titles of other reports
   * (earlier years' among them: "2023年政府信息公开工作年度报告" in a side list gave a 2024 report's year),
   * unless it is a field of the portal's box about the article itself ("标　　题：…").
   */
  private static boolean isOwn(SourceBlock block) {
    return block instanceof SourceParagraph
        && (!((SourceParagraph) block).listed()
            || PublishedWording.METADATA_FIELD
                .matcher(((SourceParagraph) block).text())
                .lookingAt());
  }

  /** Reads a paragraph before the tables; {@code next}: the paragraph after it, or null. */
  private void paragraph(String printed, String next) {
    // a portal's metadata box, unruled in a PDF, prints the title as a field's value ("名称
    // 沭阳县发展和改革局2023年…"): the field name is no organ's
    Matcher field = PublishedWording.METADATA_FIELD.matcher(printed);
    String text = field.lookingAt() ? printed.substring(field.end()) : printed;
    String head = text.length() > 4 * TITLE_LENGTH ? text.substring(0, 4 * TITLE_LENGTH) : text;
    // folded once, for the organ it names and for the title or period
    String whole =
        namedOrgan == null && organ == null ? ChineseYears.arabic(Normalizer.compact(head)) : null;
    if (whole != null) {
      namedOrgan = namedIn(whole, firstParagraph);
      if (namedOrgan != null && year == null && namedYear != null) {
        // the year of the title the preface presents, as its organ ("现公布广州市人民政府办公厅2023年…", no
        // period printed; 广州市人民政府办公厅 2023)
        year(namedYear);
      }
    }
    firstParagraph = false;
    // With the year known, only a title can still give the organ: longer text is not folded.
    String compact;
    if (whole != null) {
      compact = year == null || whole.length() <= TITLE_LENGTH ? whole : null;
    } else {
      compact =
          year == null ? Normalizer.compact(head) : Normalizer.compactAtMost(head, TITLE_LENGTH);
      compact = compact == null ? null : ChineseYears.arabic(compact);
    }
    if (compact == null || year != null && !compact.contains(printedYear)) {
      // nor can a title of another year; but an organ's line may stand over a title of the year
      // under the page's title that names none ("2022年政府信息公开工作年度报告" / "桃江县松木塘镇人民政府" /
      // "2022年政府信息公开工作年度报告", 桃江县松木塘镇 2022)
      ReportTitle across =
          compact != null && organ == null && next != null && compact.length() <= TITLE_LENGTH
              ? titleAcross(compact, next)
              : null;
      if (across != null && !across.presented && year.equals(Integer.valueOf(across.year))) {
        organ = across.organ;
      }
      return;
    }
    ReportTitle title = compact.length() <= TITLE_LENGTH ? ReportTitle.of(compact) : null;
    String read = compact;
    if (title == null && next != null && compact.length() <= TITLE_LENGTH) {
      title = titleAcross(compact, next);
      // a title read across the break stands in the two lines joined, and so do its positions
      // (a heading over "…现公布我局2022年政府信息公开工作年度报告", 杨凌示范区审计局 2022, threw)
      read = title == null ? compact : compact + Normalizer.compactAtMost(next, TITLE_LENGTH);
    }
    if (title != null && cited(read, titleStart(read, title), title.end)) {
      title = null;
    }
    if (title != null) {
      Integer titleYear = Integer.valueOf(title.year);
      if (year == null) {
        year(titleYear);
      }
      // nor can a title of another year
      if (title.presented) {
        // a preface's sentence before the title: as a preface names the organ
        if (namedOrgan == null && year.equals(titleYear)) {
          namedOrgan = title.organ;
        }
      } else if (organ == null && title.organ != null && year.equals(titleYear)) {
        organ = title.organ;
      }
    } else if (year == null) {
      period(compact, next);
    }
  }

  /**
   * A title that a line break cuts, read across it; null when the two lines make none, or when the
   * first line is the page's and the second a whole title.
   */
  private static ReportTitle titleAcross(String compact, String next) {
    String rest = Normalizer.compactAtMost(next, TITLE_LENGTH);
    ReportTitle across = rest == null ? null : ReportTitle.of(compact + rest);
    if (across == null) {
      return null;
    }
    // Only a title that the break cuts after its year, or one without an organ under a line that
    // can only be the organ's name ("秦皇岛市抚宁区人民政府办公室" / "2025年政府信息公开工作年度报告"): a line
    // above a whole title is the page's (a breadcrumb, "来源：… 发布时间：…").
    ReportTitle alone = across.yearAt >= compact.length() ? ReportTitle.of(rest) : null;
    return across.yearAt < compact.length()
            || alone != null && alone.organ == null && Metadata.organLineOfCompact(compact) != null
        ? across
        : null;
  }

  /** The year of the statistics period in a paragraph, or cut by the line break after it. */
  private void period(String compact, String next) {
    Matcher period = PublishedWording.PERIOD.matcher(compact);
    if (period.find()) {
      year(Integer.valueOf(period.group(1)));
    } else if (next != null) {
      String tail = compact.substring(Math.max(0, compact.length() - PERIOD_LENGTH));
      String start =
          Normalizer.compact(next.substring(0, Math.min(next.length(), 2 * PERIOD_LENGTH)));
      period = PublishedWording.PERIOD.matcher(tail + start);
      // only a period the line break cuts: one wholly on the next line is read there
      if (period.find() && period.start() < tail.length() && period.end() > tail.length()) {
        year(Integer.valueOf(period.group(1)));
      }
    }
  }

  private void year(Integer year) {
    this.year = year;
    this.printedYear = year.toString();
  }

  /**
   * Whether a title found in the report's own text (under a heading, {@link #inBody}) is one the
   * text speaks of rather than its own: anything but a paragraph that is the title alone, or a
   * title after words presenting it now ({@link PublishedWording#PRESENTING_NOW}, "现发布《…》").
   * Section 一 tells of last year's report ("公开发布《国家新闻出版署2021年政府信息公开工作年度报告》", "按时发布2021年政府信息公开
   * 工作年度报告", 国家新闻出版署 2022 read as 2021 before), which gives neither organ nor year. {@code start},
   * {@code end}: where the title's organ (or year) starts and its words end in {@code compact}.
   */
  private boolean cited(String compact, int start, int end) {
    if (!inBody) {
      return false;
    }
    boolean alone = start == 0 && end >= compact.length();
    return !alone && !presentedNow(compact.substring(0, start));
  }

  /**
   * Whether text ends in words presenting the report now ({@link PublishedWording#PRESENTING_NOW}),
   * perhaps followed by the organ's word for itself ("现公布我局").
   */
  private static boolean presentedNow(String before) {
    if (PublishedWording.PRESENTING_NOW.matcher(before).find()) {
      return true;
    }
    for (int k = before.length() - 1; k > 0 && k >= before.length() - SELF_LENGTH; k--) {
      if (PublishedWording.SELF_REFERENCE.matcher(before.substring(k)).matches()
          && PublishedWording.PRESENTING_NOW.matcher(before.substring(0, k)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a title's organ starts in the text it was read from, or its year when none stands there.
   */
  private static int titleStart(String text, ReportTitle title) {
    int organAt = title.organ == null ? -1 : title.yearAt - title.organ.length();
    return organAt >= 0 && text.startsWith(title.organ, organAt) ? organAt : title.yearAt;
  }

  /** Whether a writer's words name two organs ("区政府办公室会同区数据局"). */
  private static boolean joined(String writer) {
    Matcher joining = PublishedWording.WRITERS_JOINED.matcher(writer);
    while (joining.find()) {
      if (OrganName.is(writer.substring(0, joining.start()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organ a preface names: as the writer ("本年度报告由…根据…编制"), as the organ presenting a title
   * ("…沟赵办事处向社会公布2021年度…"), or in front of the title of the report it presents
   * ("…，特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。"), each within one clause that holds nothing more (a
   * bracketed note aside); a paragraph may also open with the title ("广元市体育局2024年政府信息公开工作
   * 年度报告，根据…"). Null when none.
   */
  private String namedIn(String compact, boolean firstParagraph) {
    boolean opening = firstParagraph;
    for (String sentence : compact.split("\u3002")) {
      Matcher author = PublishedWording.PREFACE_AUTHOR.matcher(sentence);
      if (author.find()) {
        // the short name the report then goes by, in brackets after the organ's, is no part of it
        // ("由南宁经济技术开发区管理委员会（以下简称经开区管委会）编制", 南宁经开区 2021)
        String organ = ReportTitle.named(ReportTitle.withoutShortName(author.group(1)));
        // within a sentence, or in a clause after the one opening it ("本报告依据…要求，由…编制"), only
        // words that can be nothing but one organ's name
        boolean leads = author.start() == 0 && sentence.charAt(author.start(1) - 2) != ',';
        if (organ != null && (leads || OrganName.is(organ)) && !joined(organ)) {
          return organ;
        }
      }
      // a note of the organ's short name may hold a comma ("…佛山市税务局（以下简称“佛山市税务局”，下文类同）2021年…"):
      // without the note, the title is one clause
      String unnoted =
          sentence.indexOf('\u79f0') >= 0
              ? PublishedWording.SHORT_NAME_NOTE_WITHIN.matcher(sentence).replaceAll("")
              : sentence;
      for (String clause : CLAUSE_BREAK.split(unnoted)) {
        Matcher lead = PublishedWording.PREFACE_LEAD.matcher(clause);
        boolean presented = lead.find();
        if (clause.length() <= TITLE_LENGTH) {
          // the title after the presenting words, which may open with its year ("现公布2023年长春市…"),
          // or after the organ presenting it ("沟赵办事处向社会公布2021年度…")
          int start = presented ? lead.end() : 0;
          String words = clause.substring(start);
          ReportTitle title = ReportTitle.of(words);
          if (title != null
              && title.organ != null
              && !cited(clause, start + titleStart(words, title), start + title.end)
              && (presented || opening || title.presentedBy)
              && (title.end == words.length() || "(\u300b".indexOf(words.charAt(title.end)) >= 0)) {
            namedYear = Integer.valueOf(title.year);
            return title.organ;
          }
          if (title != null
              && title.organ == null
              && selfYear == null
              && presented
              && presentedNow(clause.substring(0, start + title.yearAt))
              && (title.end == words.length() || "(\u300b".indexOf(words.charAt(title.end)) >= 0)) {
            selfYear = Integer.valueOf(title.year);
          }
        }
        opening = false;
      }
    }
    return null;
  }
}
