package io.github.xxgk.report.form;

import io.github.xxgk.report.model.OrganKind;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording that published reports print around the form's captions, which readers of published
 * reports need: the title, the date line, the marks for "not applicable", notes beside numbers, and
 * the endings of organ names. It lives here so that every Chinese text a reader relies on is in the
 * catalogue. Patterns apply to text already normalised (NFKC, no spaces).
 */
public final class PublishedWording {
  /**
   * The digits of a year written in Chinese numerals ("二〇二二年", "二零二二年"), 〇 to 九 in order, 零 a
   * second zero: some titles print the year so ("国家新闻出版署二〇二二年政府信息公开工作年度报告").
   */
  public static final String CHINESE_DIGITS = "〇一二三四五六七八九";

  /** The zero some print for 〇 in a year ("二零二二年"). */
  public static final char CHINESE_ZERO = '零';

  /**
   * The circle some print for 〇 in a year ("二○二四年", U+25CB, which NFKC leaves as it is), as in the
   * dates official documents sign with.
   */
  public static final char CIRCLE_ZERO = '\u25cb';

  /** Ten in a month or a day written in Chinese numerals ("十二月", "三十一日"). */
  public static final char CHINESE_TEN = '十';

  /** The first month as dates signed so print it ("二〇二五年元月十三日", "2025年元月13日"): 元月 is 一月. */
  public static final char FIRST_MONTH = '元';

  /** The words of a date after its year: 月 after the month, 日 after the day. */
  public static final char MONTH_SUFFIX = '月';

  public static final char DAY_SUFFIX = '日';

  /** The words naming the report at a title's end: 报告, or the 年报 some titles call it. */
  private static final String REPORT = "(?:报告|年报)";

  /**
   * The title: group 1 the organ (may be empty), group 2 the year, which some titles print without
   * its 年 ("浙江省经济和信息化厅2022政府信息公开工作年度报告"), never within a longer number, and some without the 政府 of
   * 政府信息公开 after an organ's name ending in it or not ("下湿壕镇政府2022年信息公开工作年度报告",
   * "桃园开发区管委会2023年信息公开工作年度报告"). Some titles call the report by the short name its prefaces use
   * (本年报): "2022年湖口县卫生健康委员会信息公开年报"; some the 政务信息公开 of its work, and what was done (开展):
   * "西藏自治区审计厅2025年政务信息公开工作开展年度报告".
   */
  public static final Pattern TITLE =
      Pattern.compile(
          "^(.*?)(?<!\\d)(\\d{4})(?:年度?)?(?:的)?(?:政府|政务)?信息公开(?:工作)?(?:开展)?(?:年度)?(?:工作)?"
              + REPORT);

  /**
   * A title that names its organ again between the year and 政府信息公开 ("汨罗市人民政府2024年汨罗市政府信息公开工作年度报告"):
   * group 1 the words before the year, group 2 the year, group 3 the repeat, which the reader takes
   * only as a start of the organ's name before the year.
   */
  public static final Pattern TITLE_ORGAN_AGAIN =
      Pattern.compile("^(.+?)(?<!\\d)(\\d{4})年度?([^\\d,;\u3002]{2,40}?)(?:政府|政务)信息公开");

  /**
   * The title with the year before the organ ("2025 年上海市人民政府办公厅政府信息公开工作年度报告"): group 1 the year,
   * group 2 the organ, group 3 the 政府 of 政府信息公开 when printed: some titles print 信息公开 alone
   * ("2022年湖口县卫生健康委员会信息公开年报"), whose organ must then end as one ({@link #ORGAN_NAME}), no
   * government's 政府 ("2023年长春市二道区人民政府信息公开…") standing for it.
   */
  public static final Pattern TITLE_YEAR_FIRST =
      Pattern.compile("^(\\d{4})年度?(.{2,40}?)(政府)?信息公开(?:工作)?(?:年度)?(?:工作)?" + REPORT);

  /**
   * The title with the year after the words 政府信息公开: in brackets at its end
   * ("鄂城区市场监管局政府信息公开工作年度报告（2024年度）", group 2) or before 年度报告 ("连云区教育局政府信息公开工作2024年度报告", group 3);
   * group 1 the organ.
   */
  public static final Pattern TITLE_YEAR_AFTER =
      Pattern.compile(
          "^(.{2,40}?)政府信息公开(?:工作)?"
              + "(?:(?:年度)?(?:工作)?"
              + REPORT
              + "\\((\\d{4})年度?\\)|(\\d{4})年度?(?:工作)?报告)");

  /**
   * The words every title holds, whichever of {@link #TITLE}, {@link #TITLE_YEAR_FIRST} and {@link
   * #TITLE_YEAR_AFTER} it matches: text without them is told no title without trying the three. Not
   * 政府信息公开, which {@link #TITLE} may print without its 政府 ("下湿壕镇政府2022年信息公开工作年度报告").
   */
  public static final String TITLE_WORDS = "信息公开";

  /**
   * The statement of the statistics period, group 1 the year it starts; a comma may stand before
   * its end ("自2023年1月1日起，至12月31日止", 长春市二道区人民政府 2023).
   */
  public static final Pattern PERIOD = Pattern.compile("(\\d{4})年1月1日(?:起)?,?(?:至|到|-|—|~)");

  /**
   * The words with which a preface presents the report it opens, right before its title
   * ("…规定，现公布区统计局 2023年政府信息公开工作年度报告", "特编制湛江市人民政府地方志办公室2023年…", "特编制平武县龙安镇2024年…"), with the
   * book-title mark that opens the title when there is one ("现发布《临洮县新添镇2022年…》", 临洮县新添镇 2022): the
   * organ's name follows them. Over normalised text, at the start of a clause.
   */
  public static final Pattern PREFACE_LEAD =
      Pattern.compile("^(?:现|特|特此|现予|并)?(?:向社会)?(?:编制|公布|公开|发布)(?:了)?\u300a?");

  /**
   * The words presenting the report now, right before its title, the book-title mark opening it
   * perhaps between ("现发布《…》", "特公布…"): without them, a title within a sentence of the report's own
   * text is one the report speaks of ("二是稳妥做好主动公开。公开发布《国家新闻出版署2021年政府信息公开工作年度报告》",
   * "按时发布2021年政府信息公开工作年度报告": last year's report). Over normalised text ending where the title
   * starts.
   */
  public static final Pattern PRESENTING_NOW =
      Pattern.compile("(?:现|特|特此|现予)(?:向社会)?(?:编制|公布|公开|发布)(?:了)?\u300a?$");

  /**
   * A preface naming the organ that wrote the report ("本年度报告由杭州市余杭区发展和改革局根据…编制而成",
   * "本报告由济宁市体育局按照…要求编制"): group 1 the organ. Over a normalised sentence, from its start, or within
   * it ("…要求，本报告由浙江省水利厅编制") where the organ's name must end as one ({@link #ORGAN_NAME}); the words
   * saying by what it was written may come first, the organ then in the next clause
   * ("本报告依据《中华人民共和国政府信息公开条例》…要求，由台州湾经济技术开发区管委会结合有关统计数据编制"), where too its name must end as one.
   */
  public static final Pattern PREFACE_AUTHOR =
      Pattern.compile("(?:本(?:年度)?报告|本年报)(?:是)?(?:[^由]{0,160}?,)?由(.{2,40}?)(?:根据|按照|依据|结合|编制)");

  private static final String SHORT_NAME_NOTE_TEXT = "\\((?:以下简称|以下称|下称|简称)[^()]{1,20}\\)";

  /**
   * A note naming the short form an organ goes by after its name ("南宁经济技术开发区管理委员会（以下简称经开区管委会）",
   * "（下称区审计局）"), as normalised text prints it: no part of the name.
   */
  public static final Pattern SHORT_NAME_NOTE = Pattern.compile(SHORT_NAME_NOTE_TEXT + "$");

  /**
   * {@link #SHORT_NAME_NOTE} wherever it stands in a sentence: a note may hold a comma of its own
   * ("国家税务总局佛山市税务局（以下简称“佛山市税务局”，下文类同）2021年…"), which is no end of the clause around it.
   */
  public static final Pattern SHORT_NAME_NOTE_WITHIN = Pattern.compile(SHORT_NAME_NOTE_TEXT);

  /**
   * The words joining two organs that wrote a report together ("由区政府办公室会同区数据局编制", "由A局和B局编制"): a
   * writer's words holding one after an organ's name ({@link #ORGAN_NAME}) name more than one
   * organ, so none is read.
   */
  public static final Pattern WRITERS_JOINED = Pattern.compile("和|与|及|、|会同|联合|牵头|协同|组织");

  /**
   * "To the public" (向社会), which {@link #PRESENTED_BY} and {@link #PRESENTING} hold: text without
   * it is told neither without trying them.
   */
  public static final String TO_THE_PUBLIC_WORDS = "向社会";

  /**
   * A title's words before its year that end with words presenting it, the organ their subject
   * ("郑州高新区沟赵办事处向社会公布2021年度政府信息公开工作年度报告", "…现向社会公布《2021年度…》"): group 1 the words before the
   * presenting words. Over normalised text.
   */
  public static final Pattern PRESENTED_BY =
      Pattern.compile(
          "^(.{2,40}?)(?:现|特)?" + TO_THE_PUBLIC_WORDS + "(?:编制|公布|公开|发布)(?:了)?\u300a?$");

  /**
   * A title's words before its year that name the organ writing it, the title in book-title marks
   * ("昌吉州生态环境局吉木萨尔县分局编制形成了《2024年政府信息公开工作年度报告》"): group 1 the organ's words. Over normalised text.
   */
  public static final Pattern WRITTEN_BY = Pattern.compile("^(.{2,40}?)编制(?:形成)?了\u300a$");

  /** The words presenting a report to the public ("向社会公布"), which no organ's name holds. */
  public static final Pattern PRESENTING = Pattern.compile(TO_THE_PUBLIC_WORDS + "(?:编制|公布|公开|发布)");

  /**
   * The words no organ's name opens with ({@link #ORGAN_NAME}): a preface's words citing what the
   * report follows ("根据…", "按照…") or presenting it ("现将…").
   */
  public static final List<String> ORGAN_NAME_NOT_OPENING =
      Collections.unmodifiableList(Arrays.asList("根据", "按照", "依据", "经", "现将", "特将"));

  /**
   * The characters no organ's name holds ({@link #ORGAN_NAME}): book-title marks, quotes, brackets
   * (as normalised text prints them) and 我.
   */
  public static final String ORGAN_NAME_NOT_HOLDING = "《》\u201c\u201d()我";

  /** The endings of organs' names ({@link #ORGAN_NAME}), the longer before those they end in. */
  public static final List<String> ORGAN_NAME_ENDINGS =
      Collections.unmodifiableList(
          Arrays.asList(
              "人民政府", "政府", "办公室", "办公厅", "办事处", "委员会", "管委会", "局", "厅", "委", "办", "院", "署", "中心",
              "街道", "镇", "乡", "所", "站", "大队", "支队", "总队", "馆", "处", "部", "联合会", "协会", "红十字会", "工会",
              "合作社", "供销社", "总社", "联社", "妇联", "残联", "侨联", "文联", "科协", "社科联"));

  /** The fewest and most characters of an organ's name before its ending ({@link #ORGAN_NAME}). */
  public static final int ORGAN_NAME_MIN_WORDS = 2;

  /** See {@link #ORGAN_NAME_MIN_WORDS}. */
  public static final int ORGAN_NAME_MAX_WORDS = 40;

  /**
   * The endings of organs' names (人民政府, 局, 办事处, 委员会…): a preface's words read as the organ
   * mid-sentence ({@link #PREFACE_AUTHOR}, {@link #PRESENTED_BY}) only when they end so, and hold
   * no other words (no book-title marks, quotes or brackets, no 我; not opening with 根据, 按照, 依据, 经,
   * 现将 or 特将). Over normalised text. Made of {@link #ORGAN_NAME_NOT_OPENING}, {@link
   * #ORGAN_NAME_NOT_HOLDING} and {@link #ORGAN_NAME_ENDINGS}; the reader tests names by a scan of
   * the same data, which {@code OrganNameTest} holds to this pattern.
   */
  public static final Pattern ORGAN_NAME =
      Pattern.compile(
          "^(?!"
              + String.join("|", ORGAN_NAME_NOT_OPENING)
              + ")[^"
              + ORGAN_NAME_NOT_HOLDING
              + "]{"
              + ORGAN_NAME_MIN_WORDS
              + ","
              + ORGAN_NAME_MAX_WORDS
              + "}?(?:"
              + String.join("|", ORGAN_NAME_ENDINGS)
              + ")$");

  /**
   * Words by which a report names its own organ without naming it ("我局", "本单位", "本级" as in
   * "特向社会公布2024年度本级政府信息公开年度报告", 南安市蓬华镇 2024): no organ's name. An organ's name may begin with 本
   * (本溪市), so only these words are meant.
   */
  public static final Pattern SELF_REFERENCE =
      Pattern.compile("^(?:我.*|本(?:局|单位|机关|部门|委|办|镇|乡|街道|院|中心|厅|署|会|区|县|市|级))$");

  /**
   * The notes that official documents print in brackets right after the date under the signature:
   * on the document's disclosure ("（此件主动公开）", "（此件公开发布）"; 平潭综合实验区旅游与文化体育局 2024) and on whom to ask
   * ("（联系人：林耀，联系方式：0591-23163387）"; 平潭综合实验区交通与建设局 2021). They belong to the signature line, not to
   * section 六. As normalised text (NFKC brackets and colons).
   */
  private static final String SIGNATURE_NOTES = "(?:\\((?:此件[^()]{1,8}|联系人[^()]{1,40})\\)){0,2}";

  /**
   * A date as printed under the signature, optionally in brackets, optionally followed by the notes
   * official documents print there ("（此件主动公开）", "（联系人：…）"); groups year, month, day.
   */
  public static final Pattern DATE =
      Pattern.compile("^\\(?(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\)?" + SIGNATURE_NOTES + "$");

  /**
   * The organ and the date on one line, optionally followed by the notes official documents print
   * there ("（此件主动公开）", "（联系人：…）"); groups organ, year, month, day. An organ's name ends no
   * sentence: "本年度无收取信息处理费情况。平潭综合实验区旅游与文化体育局 2021年1月25日" is section 六's last sentence with the
   * signature run on after it (in normalised text, full-width commas and colons are ASCII).
   */
  public static final Pattern ORGAN_AND_DATE =
      Pattern.compile(
          "^([^\u3002,;:!?]{2,40}?)(\\d{4})年(\\d{1,2})月(\\d{1,2})日" + SIGNATURE_NOTES + "$");

  /**
   * The character after a year in running text ("2025年，我局…"). No cell's value is followed by it, so
   * where a table's values run into a paragraph opening with a year ("行政事业性收费02025年，…"), the four
   * digits before it are the paragraph's.
   */
  public static final char YEAR_SUFFIX = '年';

  /** The caption of table 二's first column, which is not a value column. */
  public static final String ITEM_COLUMN = "信息内容";

  /** The Chinese numerals the form's numbering uses ("三、", "（六）"), one to ten. */
  public static final String NUMERALS = "一二三四五六七八九十";

  /** The mark this library prints for a cell that does not apply: a slash. */
  public static final String NOT_APPLICABLE_MARK = "/";

  /**
   * The marks published reports print for a cell that does not apply, as the contract lists them
   * for {@code notApplicableCells}: the slash this library prints, dashes, and the word 无. Any run
   * of {@link #NOT_APPLICABLE_DASHES} is such a mark too.
   */
  public static final List<String> NOT_APPLICABLE_MARKS =
      Collections.unmodifiableList(Arrays.asList(NOT_APPLICABLE_MARK, "—", "－", "无"));

  /**
   * The slashes and dashes ("/", "—", "－" and their kin: hyphen, en dash, minus, box line) of which
   * any run marks a cell not applicable.
   */
  public static final String NOT_APPLICABLE_DASHES = "/-\u2014\u2013\u2015\u2012\u2212\u2500\uff0d";

  /** Units that may follow a count ("3件"). */
  public static final List<String> COUNT_UNITS =
      Collections.unmodifiableList(Arrays.asList("件", "个", "条", "项", "次"));

  /** The unit of the fee cell, which may follow its amount. */
  public static final String WAN_YUAN = "万元";

  /** A unit that must not follow the fee amount: yuan, not 万元. */
  public static final String YUAN = "元";

  /**
   * The words of the fee column's caption that name it, whatever is printed around them: a header
   * printed on one line with 信息内容 before it ("信息内容 本年收费金额（单位：元）") is no caption of the form.
   */
  public static final String FEE_AMOUNT = "收费金额";

  /** The group captions of table 四 as they appear in headings of split tables. */
  public static final String RECONSIDERATION = "行政复议";

  /** The word that litigation captions contain. */
  public static final String LITIGATION = "诉讼";

  /** Table 四, litigation without reconsideration. */
  public static final String WITHOUT_RECONSIDERATION = "未经复议";

  /** Table 四, litigation after reconsideration. */
  public static final String AFTER_RECONSIDERATION = "复议后起诉";

  /** The field names of a posting date, shared by its patterns and {@link #METADATA_FIELD}. */
  private static final String POSTING_DATE_FIELDS = "发布时间|发布日期|公开日期|发文日期|时间";

  /**
   * The field names of {@link #METADATA_FIELD} and {@link #METADATA_FIELD_NAME}, their characters
   * perhaps set apart by spaces: portals justify a short name to the width of the longest ("标 题",
   * "索 引 号", 西藏自治区政府国资委 2023's "标 题 西藏自治区政府国资委2023年度…", read as the organ "标题西藏自治区政府国资委" before).
   */
  private static final String METADATA_FIELD_NAMES =
      spacedOut("名称|标题|文章标题|信息名称|发布机构|索引号|主题分类|发文字号|成文日期|来源|" + POSTING_DATE_FIELDS);

  /**
   * A field name of the portal's metadata box above a report (名称, 索引号, 发布机构, 公开日期…; {@link
   * #POSTING_DATE}'s among them) at the start of raw text, set apart from its value by a colon or a
   * space: what follows is the value, so a title printed after it ("名称 沭阳县发展和改革局2023年政府信息公开工作年度报告",
   * a saved page exported to PDF, the box unruled) is read without it. The name must be set apart:
   * run into the words after it, it could be the start of an organ's name.
   */
  public static final Pattern METADATA_FIELD =
      Pattern.compile(
          "^[\\s\u00a0\u3000]*(?:"
              + METADATA_FIELD_NAMES
              + ")(?:[\\s\u00a0\u3000]*[:：]|[\\s\u00a0\u3000]+)");

  /**
   * Text that is a field name of {@link #METADATA_FIELD} and nothing else (spaces and a colon
   * aside): a page that sets the name apart from its value only by markup ({@code
   * <strong>名称</strong>沭阳县…}) is read with a space after it, so that the name is cut as when a
   * space or a colon follows it.
   */
  public static final Pattern METADATA_FIELD_NAME =
      Pattern.compile("[\\s\u00a0\u3000]*(?:" + METADATA_FIELD_NAMES + ")[\\s\u00a0\u3000]*[:：]?");

  /** Alternatives of words, each word's characters allowed to stand apart by spaces. */
  private static String spacedOut(String words) {
    StringBuilder spaced = new StringBuilder();
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      spaced.append(c);
      if (c != '|' && i + 1 < words.length() && words.charAt(i + 1) != '|') {
        spaced.append("[\\s\u00a0\u3000]*");
      }
    }
    return spaced.toString();
  }

  /**
   * The portal's posting date, printed in the page above a report ("发布时间：2022-01-19 09:28",
   * "发布日期：2022年1月19日", "来源： 时间：2022-01-13 17:48"), over raw text: a field name of the page (not the
   * end of a longer word: 采集时间, 更新时间 are other dates), a colon, and a whole date, its year of four
   * digits first, one separator throughout (or 年, 月 and 日), not followed by another digit. Groups:
   * 1 the field name, 2 the year, 4 the month, 5 the day.
   */
  public static final Pattern POSTING_DATE =
      Pattern.compile(
          "(?<!\\p{L})("
              + POSTING_DATE_FIELDS
              + ")[\\s\u00a0\u3000]*[:：][\\s\u00a0\u3000]*"
              + "(\\d{4})(?:([-/.])|年)(\\d{1,2})(?:\\3|月)(\\d{1,2})日?(?!\\d)");

  /**
   * A cell of a page's metadata table that names the posting date and nothing else, the date in the
   * cell after it (CMS templates print 名称, 索引号, 发布机构, 公开日期 in a small table above the report); over
   * raw text, the field name in group 1. The names are {@link #POSTING_DATE}'s.
   */
  public static final Pattern POSTING_DATE_LABEL =
      Pattern.compile(
          "[\\s\u00a0\u3000]*("
              + POSTING_DATE_FIELDS
              + ")[\\s\u00a0\u3000]*[:：]?[\\s\u00a0\u3000]*");

  /**
   * A posting date that is the whole of a value: a metadata table's cell ("2024-01-17") or the
   * content of a page's {@link #POSTING_DATE_META} ("2022-01-19 09:28"); the date as in {@link
   * #POSTING_DATE}, optionally a time after it. Groups: 1 the year, 3 the month, 4 the day.
   */
  public static final Pattern POSTING_DATE_VALUE =
      Pattern.compile(
          "[\\s\u00a0\u3000]*(\\d{4})(?:([-/.])|年)(\\d{1,2})(?:\\2|月)(\\d{1,2})日?"
              + "(?:(?:[\\sT\u00a0\u3000]+|(?<=日))\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2}(?:\\.\\d+)?)?"
              + "(?:Z|[+-]\\d{2}:?\\d{2})?)?[\\s\u00a0\u3000]*");

  /**
   * The name of the posting date in a page's standard metadata ({@code <meta name="PubDate"
   * content="2022-01-19 09:28">}, 政府网站发展指引), compared without case.
   */
  public static final String POSTING_DATE_META = "PubDate";

  /**
   * The last characters of {@link #POSTING_DATE}'s field names (时间, 日期): a reader tries the pattern
   * only at a colon after one of them, rather than at every character of a page's head.
   */
  public static final String POSTING_DATE_FIELD_ENDS = "间期";

  /** Printing-office lines under a report ("…办公室 2022年1月7日印发"), which are not the signature. */
  public static final String PRINTED = "印发";

  /**
   * A line of the portal's footer under an unsigned report ("主办单位：…", "承办单位：…", "版权所有：…", "网站标识码…",
   * "闽ICP备…号", "闽公网安备…号"), or of the links portals print right after the article ("上一篇：…", "下一篇：…",
   * a list's heading "相关文章"), over compact text (spaces removed, colons folded to ASCII): it ends
   * the last narrative section, as a signature would.
   */
  public static final Pattern PORTAL_FOOTER =
      Pattern.compile(
          "(?:(?:主办|承办|协办|主管|维护|技术支持)(?:单位)?[:：]|版权所有|网站标识码"
              + "|\\p{IsHan}?ICP备|\\p{IsHan}?公网安备|[上下]一篇[:：]).*|相关(?:文章|链接|阅读)");

  /**
   * The characters a line of {@link #PORTAL_FOOTER} starts with (主办, 承办, 协办, 主管, 维护, 技术支持, 版权所有,
   * 网站标识码, ICP备, 公网安备, 上一篇, 下一篇, 相关), compact: a reader tells most paragraphs no footer from their
   * first characters, without folding them for the pattern.
   */
  public static final String PORTAL_FOOTER_FIRST = "主承协维技版网I公上下相";

  /**
   * The characters the second character of a line of {@link #PORTAL_FOOTER} is when its first is
   * none of {@link #PORTAL_FOOTER_FIRST}: a province's one-character name before ICP备 or 公网安备.
   */
  public static final String PORTAL_FOOTER_SECOND = "I公";

  /**
   * The most characters of the sites' names after the share button's 分享到 in {@link #PAGE_FURNITURE}
   * (letters and spaces: "微信 微博 QQ空间"): a reader looks for the button no further from the text's
   * end than these and a colon.
   */
  public static final int PAGE_FURNITURE_SHARE_NAMES = 24;

  /**
   * The portal's furniture that copied pages print after a report's last line ("附件下载", "打印本页",
   * "关闭窗口", "【字体：大 中 小】", "分享到：微信 微博"), one or more of them up to the end of the text; over raw
   * text (spaces allowed anywhere), so that where it starts is a position in that text. A share
   * button's names carry no digits, so that no date is ever taken for furniture.
   */
  public static final Pattern PAGE_FURNITURE =
      Pattern.compile(
          "(?:[\\s\u00a0\u3000]*(?:[【\\[]\\s*(?:打印|关闭|收藏)\\s*[】\\]]"
              + "|附\\s*件\\s*下\\s*载|打\\s*印\\s*(?:本|此)\\s*页|关\\s*闭\\s*(?:窗\\s*口|本\\s*页)"
              + "|[【\\[]\\s*字\\s*体\\s*[:：]?[\\s大中小]*[】\\]]"
              + "|分\\s*享\\s*到\\s*[:：]?[\\p{L}\\s\u00a0\u3000]{0,"
              + PAGE_FURNITURE_SHARE_NAMES
              + "}))+[\\s\u00a0\u3000]*$");

  /**
   * The characters that end every item of {@link #PAGE_FURNITURE} but the share button's (】, ], 下载,
   * 本页, 窗口): text whose last character, spaces aside, is none of them holds furniture only if it
   * holds {@link #PAGE_FURNITURE_SHARE}. A reader tests this before running the pattern, which
   * would otherwise be tried at every position near the end of every paragraph.
   */
  public static final String PAGE_FURNITURE_ENDS = "】]载页口";

  /**
   * Two characters of the share button's words (分享到) that no other item holds, printed in this
   * order with nothing but spaces between.
   */
  public static final String PAGE_FURNITURE_SHARE = "享到";

  /**
   * The words of a link or of the text before it that offer a file to download: "附件：…", "详见附件",
   * "点击下载", "附件下载". A page whose tables are missing and that offers a document so is read as one
   * that links its report as an attachment.
   */
  public static final Pattern ATTACHMENT = Pattern.compile("附件|下载");

  /**
   * A link's text (or file name) that names the annual report: "…2023年政府信息公开工作年度报告.pdf",
   * "2023年度信息公开年报.docx", "年度报告（附件）".
   */
  public static final Pattern REPORT_NAMED = Pattern.compile("政府信息公开.{0,8}报告|信息公开.{0,4}年报|年度报告");

  /**
   * The text of a link to another part of an article split over several pages: the next ("下一页",
   * "下页", "后一页", "尾页", "末页", "最后一页") or the previous ("上一页", "上页", "前一页"); a page number links
   * there too, told by its address. The site's "首页" (home) is none.
   */
  public static final Pattern PAGE_PART = Pattern.compile("^(?:[下后上前]一?页|尾页|末页|最后一页)$");

  /** The first characters of {@link #PAGE_PART}'s links to a part after the page's. */
  public static final String NEXT_PAGE_FIRST = "下后尾末最";

  /**
   * The words that make 人民政府 (a people's government): a title "长春市二道区人民政府信息公开工作年度报告" runs the
   * organ's 政府 into the words 政府信息公开, and no organ's name ends in 人民.
   */
  public static final String PEOPLES = "人民";

  /** See {@link #PEOPLES}. */
  public static final String GOVERNMENT = "政府";

  private PublishedWording() {}

  /**
   * The kind of organ when its name makes it clear: a name ending in 人民政府 is a government, one
   * ending in 局 or 委员会 (but not 管理委员会, which may govern a zone) a department. Otherwise none.
   */
  public static java.util.Optional<OrganKind> organKind(String organ) {
    if (organ.endsWith("人民政府")) {
      return java.util.Optional.of(OrganKind.GOVERNMENT);
    }
    if (organ.endsWith("局") || (organ.endsWith("委员会") && !organ.endsWith("管理委员会"))) {
      return java.util.Optional.of(OrganKind.DEPARTMENT);
    }
    return java.util.Optional.empty();
  }
}
