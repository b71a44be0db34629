package io.github.xxgk.report.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording around the figures of the narrative sections, as data beside the {@link
 * NarrativePhrase phrases}: what puts a sentence outside the report's scope or outside table 三, how
 * a percentage, a clean-up of documents or the information processing fee is worded, where a
 * sentence ends, and the five aspects section 一 should name.
 */
public final class NarrativeWording {
  private NarrativeWording() {}

  /**
   * A sentence matching this is not compared: its scope may differ from the report's (an office
   * acting for its government, or counting with it as "管委会（办公室）", a count for one subordinate unit
   * or a period of the year).
   */
  public static final Pattern OTHER_SCOPE =
      Pattern.compile("代[^，,。；]{0,6}政府|（办公室）|\\(办公室\\)|上半年|下半年|[一二三四]季度");

  // OTHER_SCOPE's plain words, looked up without the pattern; 代…政府 needs it.
  static final String[] OTHER_SCOPE_WORDS = {
    "（办公室）", "(办公室)", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度"
  };

  /**
   * Words comparing with another year: the figures after them in their sentence are that year's or
   * differences ("比去年增加1件"), those before them this year's ("2024年共办理政府信息公开申请80件，同比增长5.26%", 广州市番禺区
   * 2024, where the whole sentence was left unread and lent no words to the next). A figure stated
   * first is not read in a sentence holding one.
   */
  public static final String[] COMPARISON_WORDS = {"同比", "去年", "上年同期"};

  static final Pattern ON_BEHALF = Pattern.compile("代[^，,。；]{0,6}政府");

  /**
   * Words by which a sentence counts for an area or a whole system of organs rather than for one
   * organ: "2023年，全县共受理依申请公开62件" in the report of 攸县人民政府办公室 (2023), "全年全区共受理申请公开800件…区政府本级共受理206件"
   * in that of 北京市东城区人民政府 (2023). Whether the tables count the same, the report does not say
   * (沭阳县人民政府 2025 counts its whole county in both; 东城区 states both figures), so a figure of such a
   * sentence is never taken for a contradiction ({@link #namesWiderScope}).
   */
  static final String[] WIDER_SCOPE_WORDS = {
    "全县", "全区", "全市", "全省", "全州", "全旗", "全盟", "全系统", "系统内"
  };

  /**
   * Whether the text from {@code start} to {@code end} names a scope wider than one organ ({@link
   * #WIDER_SCOPE_WORDS}).
   */
  static boolean namesWiderScope(String text, int start, int end) {
    for (String word : WIDER_SCOPE_WORDS) {
      if (holdsFolded(text, start, end, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text from {@code start} to {@code end} holds a word of the catalogue, printed in
   * simplified or traditional characters ({@link TraditionalForms}). For the look-ups made only
   * about a figure already found: the scan folds the sentences it reads as it copies them.
   */
  static boolean holdsFolded(String text, int start, int end, String word) {
    for (int at = start; at + word.length() <= end; at++) {
      int k = 0;
      while (k < word.length()
          && TraditionalForms.simplified(text.charAt(at + k)) == word.charAt(k)) {
        k++;
      }
      if (k == word.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words of cases, which put a figure outside table 三 even beside 申请 or 办理, and follow the
   * applications they come from: they scope only the figures after them
   * ("收到政府信息依申请公开9件，上年转结1件，…发生行政复议1件", a county of 怀化 2022).
   */
  static final String[] CASE_WORDS = {"复议", "诉讼", "案件"};

  /**
   * Words of other requests, which put a figure outside table 三 even beside 申请, and which a total
   * before them may include ("共收到各类申请30件，其中信访…"): they scope every figure of their sentence up to
   * the count after them, but not a figure after a count of their own
   * ("公开行政规范性文件2件，行政许可3606件，行政处罚499件， 接收政府信息公开申请13件", 乌鲁木齐高新区 2022).
   */
  static final String[] OTHER_REQUEST_WORDS = {
    "举报", "投诉", "信访", "问政", "建议", "提案", "热线", "咨询", "留言", "许可", "审批"
  };

  /**
   * Words by which a clause says what applications are about ("申请内容主要集中在城市规划、征地补偿、财政资金使用、行政审批等领域",
   * 鞍山市铁西区 2025): a word of other requests after one of them in its clause names a topic, not
   * another kind of request.
   */
  static final String[] TOPIC_WORDS = {"涉及", "集中", "内容"};

  /**
   * The word of applications: a figure after a count of other requests ({@link
   * #OTHER_REQUEST_WORDS}) is read only when the run of text without a digit beside it holds it
   * ("行政许可3606件，行政处罚499件，接收政府信息公开申请13件"; not "共受理政府信息公开申请和行政许可申请30件，办结28件").
   */
  static final String APPLICATION = "申请";

  /**
   * Words that name applications for government information as such (政府信息公开申请, 依申请公开, 申请公开): a
   * figure whose sentence names them before it, and no other request, counts those applications,
   * and words of other requests after it do not scope it ("共受理政府信息公开申请21件，办结21件，受理政府信息公开申请投诉件1件",
   * 保山市人民政府办公室 2024; "共收到和办理政府信息公开申请3件，12345政务服务便民热线咨询906条", a copy of 雄安新区's 2024 report). A total
   * whose words name applications of every kind ("共收到各类申请30件，其中信访…") stays scoped.
   */
  static final String[] DISCLOSURE_APPLICATION_WORDS = {"公开申请", "依申请", "申请公开"};

  /**
   * The word of applications carried over: outcomes stated after it in a sentence that states no
   * total before them are of those carried over, a part no cell holds
   * ("包括2023年结转2024年政府信息公开申请4件，其中，已主动公开和同意公开4件", 武汉市硚口区住房和城市更新局 2024).
   */
  static final String[] CARRIED_OVER_WORDS = {"结转"};

  /**
   * Words by which a sentence counts the applications of one channel
   * ("全县受理线上信息公开申请65件，依法办结62件，结转下年度办理3件， 受理线下信息公开申请9件", 进贤县 2024): its figures of applications
   * after such a word are parts that no cell of table 三 holds, so they are not compared ({@link
   * #oneChannelBefore}). A figure before the first of them is of all channels
   * ("共受理申请14件，其中线上申请10件").
   */
  static final String[] ONE_CHANNEL_WORDS = {"线上", "线下"};

  /**
   * What may join the two channels named together, which is then all of them: 线上线下, 线上、线下, 线上和线下.
   */
  static final String CHANNEL_JOINERS = "、和及与或/";

  /**
   * Brackets, opening and closing in the same order: a channel named within a pair closed before a
   * figure does not scope it.
   */
  static final String OPENING_BRACKETS = "（(";

  static final String CLOSING_BRACKETS = "）)";

  /**
   * Whether the text from {@code start} to {@code at} (a sentence up to a figure) names one channel
   * ({@link #ONE_CHANNEL_WORDS}): not both together ({@link #CHANNEL_JOINERS}), and not only within
   * brackets closed before {@code at} ("收到申请44件（其中线上42件，线下2件），办结39件": 39 is of all channels).
   */
  public static boolean oneChannelBefore(String text, int start, int at) {
    // Read backwards, so that a closing bracket is met before its opening one.
    int closed = 0;
    for (int i = at - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (CLOSING_BRACKETS.indexOf(c) >= 0) {
        closed++;
      } else if (OPENING_BRACKETS.indexOf(c) >= 0) {
        closed = Math.max(0, closed - 1);
      } else if (closed == 0
          && i + 1 < at
          && isChannel(text, i)
          && !bothChannels(text, i, start, at)) {
        return true;
      }
    }
    return false;
  }

  // The text's characters as the catalogue writes them: 線上 is 线上 (TraditionalForms).
  private static char at(String text, int i) {
    return TraditionalForms.simplified(text.charAt(i));
  }

  private static boolean isChannel(String text, int i) {
    return at(text, i) == '线' && (text.charAt(i + 1) == '上' || text.charAt(i + 1) == '下');
  }

  // Whether the channel named at i is joined to the other one, right after or before it.
  private static boolean bothChannels(String text, int i, int start, int end) {
    int after = i + 2;
    if (after < end && CHANNEL_JOINERS.indexOf(at(text, after)) >= 0) {
      after++;
    }
    if (after + 1 < end && isChannel(text, after) && text.charAt(after + 1) != text.charAt(i + 1)) {
      return true;
    }
    int before = i - 1 >= start && CHANNEL_JOINERS.indexOf(at(text, i - 1)) >= 0 ? i - 3 : i - 2;
    return before >= start
        && isChannel(text, before)
        && text.charAt(before + 1) != text.charAt(i + 1);
  }

  /**
   * A percentage stated right after a count, in any unit of {@link #COUNT_UNITS} ("予以公开3宗，占20%"):
   * group {@code n} the count, {@code p} the percentage.
   */
  public static final Pattern PERCENTAGE =
      Pattern.compile(
          PhraseTable.NUMBER
              + PhraseTable.UNIT
              + "[，,]?\\s*(?:占|约占)[^\\d，,。；]{0,8}?(?<p>\\d{1,3}(?:\\.\\d+)?)\\s*[%％]");

  /**
   * The character every {@link #PERCENTAGE} holds before its number (占, also in 约占): a text without
   * it states no percentage, which one look tells.
   */
  public static final char PERCENTAGE_SHARE = '占';

  /** The percent signs {@link #PERCENTAGE} ends with, half-width and full-width. */
  public static final String PERCENT_SIGNS = "%％";

  /**
   * The units in which a count of applications or of cases is stated, right after its number: 件,
   * and 宗 as reports of 广东 count them ("共受理政府信息公开申请15宗", "行政复议1宗"). Not 条, which mostly counts
   * published items, nor 项, which counts matters: a count in another unit is not read.
   */
  public static final String COUNT_UNITS = "\u4ef6\u5b97";

  /** Whether a character is one of {@link #COUNT_UNITS}. */
  public static boolean isCountUnit(char c) {
    return c == '\u4ef6' || c == '\u5b97';
  }

  /**
   * Words that start with a unit of {@link #COUNT_UNITS} and are not one: after a number, the
   * number counts something else ("3宗教活动场所" is three places of worship, not three cases).
   */
  static final String[] NOT_UNITS = {"宗教"};

  /**
   * Whether the unit at {@code i} of a text ends a count: it does not start one of {@link
   * #NOT_UNITS}, as printed or in traditional characters.
   */
  static boolean endsCount(String text, int i) {
    for (String word : NOT_UNITS) {
      if (text.charAt(i) == word.charAt(0)
          && i + word.length() <= text.length()
          && holdsFolded(text, i, i + word.length(), word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The marks that end a clause within a sentence: a phrase's words forbidden near its figure
   * (forbids-near in {@code narrative-phrases.txt}) are looked for only within its clause, so that
   * those of another figure's clause ("行政复议144件，120件做了复议决定，行政诉讼97件", 咸阳市秦都区 2024) do not leave it
   * unread.
   */
  public static final String CLAUSE_MARKS = "\uff0c,";

  /** Whether a character is one of {@link #CLAUSE_MARKS}. */
  static boolean isClauseMark(char c) {
    return CLAUSE_MARKS.indexOf(c) >= 0;
  }

  /** The marks that end a sentence. */
  public static final String SENTENCE_ENDS = "。；;！？!?\n";

  /**
   * The words by which a report says it has cleaned up its documents (清理), so that the count in
   * force breaks with last year's; a 清理 of data or of web pages does not count.
   */
  public static final Pattern DOCUMENT_CLEANUP =
      Pattern.compile("清理[^。；，,]{0,12}(?:文件|规章)|(?:文件|规章)[^。；，,]{0,12}清理|以本年度报告为准");

  /**
   * The words by which section 六 states the information processing fee of 国办函〔2020〕109号, charged or
   * not, as reports word it: 信息处理费, 信息公开处理费, 未收取任何费用.
   */
  public static final Pattern INFORMATION_FEE_STATED =
      Pattern.compile("(?:信息|公开)处理费|收取[^。；;]{0,8}费用");

  /**
   * Whether a text states the information processing fee ({@link #INFORMATION_FEE_STATED}): it
   * holds 信息处理费 or 公开处理费, or 收取 then 费用 within 8 characters of the same clause. Read by plain
   * look-ups, where the pattern (which has no literal start to search for) cost a quarter of a
   * valid report's validation; tested equal to the pattern.
   */
  public static boolean statesInformationFee(String text) {
    for (int at = text.indexOf("处理费"); at >= 0; at = text.indexOf("处理费", at + 1)) {
      if (at >= 2 && (text.startsWith("信息", at - 2) || text.startsWith("公开", at - 2))) {
        return true;
      }
    }
    for (int at = text.indexOf("收取"); at >= 0; at = text.indexOf("收取", at + 1)) {
      int from = at + 2;
      for (int gap = 0; gap <= 8 && from + gap + 2 <= text.length(); gap++) {
        if (gap > 0 && "。；;".indexOf(text.charAt(from + gap - 1)) >= 0) {
          break;
        }
        if (text.startsWith("费用", from + gap)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words of a fee notice or of the information processing fee, in section 六. */
  public static final Pattern FEE_TEXT = Pattern.compile("信息处理费|收费通知|缴费通知|缴纳.{0,6}费");

  /**
   * The five aspects of section 一 the template names, each with the words that count as mentioning
   * it.
   */
  public static final List<Aspect> OVERVIEW_ASPECTS =
      Collections.unmodifiableList(
          Arrays.asList(
              new Aspect("主动公开", "主动公开"),
              new Aspect("依申请公开", "依申请"),
              new Aspect("政府信息管理", "信息管理", "信息资源", "管理"),
              new Aspect("政府信息公开平台建设", "平台"),
              new Aspect("监督保障", "监督", "保障", "考核", "培训")));

  /** One of the five aspects of section 一. */
  public static final class Aspect {
    private final String name;
    // The words looked up: a word holding another of the aspect's words mentions the aspect only
    // where that one does (信息管理 holds 管理), so it is not looked up; the shorter first, as the
    // more likely to be there (the look-ups stop at the first word found).
    private final String[] lookups;

    Aspect(String name, String... words) {
      this.name = name;
      List<String> lookups = new ArrayList<>();
      for (String word : words) {
        boolean implied = false;
        for (String other : words) {
          implied |= !other.equals(word) && word.contains(other);
        }
        if (!implied) {
          lookups.add(word);
        }
      }
      lookups.sort(java.util.Comparator.comparingInt(String::length));
      this.lookups = lookups.toArray(new String[0]);
    }

    /** The aspect as the template names it. */
    public String name() {
      return name;
    }

    /** Whether a text mentions the aspect: holds one of its words. */
    public boolean mentionedIn(String text) {
      for (String word : lookups) {
        if (holds(text, word)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether a text holds a word, as {@link String#contains}, but found through its first character:
   * the JDK searches a {@code String} for a character many at a time, and for a string only a few
   * (section 一 is read up to each aspect's first mention, most of it for the last ones).
   */
  static boolean holds(String text, String word) {
    char first = word.charAt(0);
    for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
      if (text.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }
}
