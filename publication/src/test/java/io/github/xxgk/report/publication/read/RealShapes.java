package io.github.xxgk.report.publication.read;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.publication.read.CleanPage.Stated;
import io.github.xxgk.report.publication.read.CleanPage.Token;
import io.github.xxgk.report.publication.read.PageDamage.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link PageDamage} kinds that real pages showed the survey helpers (survey12, survey13) and
 * the first kinds did not make, each with what a careful person reads from the damaged page: words
 * in a value cell, an unknown caption in a table of its own, last year's report cited under a
 * heading, a note after a header's caption, a heading above the presenting sentence, a signature
 * dated in Chinese numerals, a caption replaced by words the form does not know, the organ named
 * twice, a fee header in 元.
 */
final class RealShapes {
  private RealShapes() {}

  /** Words printed where a value was: none states a number ("约5" is about five). */
  private static final String[] WORDS = {"约", "见附件", "详见附件", "万", "若干", "不详", "余", "-", ".5"};

  /** Captions no row of the form has, as real tables print beside the form's rows. */
  private static final String[] UNKNOWN_CAPTIONS = {
    "行政许可（含备案）", "其他对外管理服务事项", "政务新媒体", "政府网站发布信息", "备案审查",
  };

  /** Notes real headers carry after a caption. */
  private static final String[] HEADER_NOTES = {"（指%d年办件量）", "（件）", "(单位：件)", "（截至%d年底）"};

  /** How an organ's report names the organ when it presents it. */
  private static final String[] SELF = {"我局", "本机关", "我单位", "我办"};

  private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

  private static final Pattern DATE = Pattern.compile("(20\\d\\d)年(\\d{1,2})月(\\d{1,2})日");

  static PageDamage apply(
      CleanPage page, Kind kind, Token token, Map<Cell, Stated> stated, Random random) {
    String text = page.text;
    switch (kind) {
      case WORDS_IN_VALUE:
        {
          String printed = token.text(text);
          String word = WORDS[random.nextInt(WORDS.length)];
          String with;
          if (word.equals("约")) {
            with = "约" + printed;
          } else if (word.equals("-")) {
            // a minus: what is printed, which the model holds and the validator refuses
            // (NON-NEGATIVE); "-0" is 0
            Stated was = page.stated.get(token.cells.get(0));
            if (was.mark != null) {
              return null;
            }
            token.cells.forEach(c -> stated.put(c, new Stated(was.value.negate(), null)));
            return PageDamage.replace(page, kind, token, "-" + printed, stated);
          } else if (word.equals(".5")) {
            if (token.cells.get(0).column() == DisclosureColumn.AMOUNT_WAN_YUAN
                || printed.indexOf('.') >= 0) {
              return null;
            }
            // half an application
            with = printed + ".5";
          } else if (word.equals("万") || word.equals("余")) {
            with = printed + (word.equals("万") ? ".1万" : "余");
          } else {
            with = word;
          }
          token.cells.forEach(stated::remove);
          return PageDamage.replace(page, kind, token, with, stated);
        }
      case CAPTION_OWN_TABLE:
        {
          FormTable table = token.cells.get(0).table();
          int heading = text.lastIndexOf(table.label().zh(), token.start);
          if (heading < 0) {
            return null;
          }
          String caption = UNKNOWN_CAPTIONS[random.nextInt(UNKNOWN_CAPTIONS.length)];
          String value = String.valueOf(1 + random.nextInt(300));
          if (page.html) {
            int at = text.toLowerCase(Locale.ROOT).indexOf("<table", heading);
            if (at < 0 || at > token.start) {
              return null;
            }
            return PageDamage.insert(
                page,
                kind,
                at,
                "<table><tbody><tr><td>"
                    + caption
                    + "</td><td>"
                    + value
                    + "</td></tr></tbody></table>\n",
                stated);
          }
          int at = CleanPage.lineEnd(text, heading);
          if (at >= text.length()) {
            return null;
          }
          return PageDamage.insert(page, kind, at + 1, asRow(page, token, caption, value), stated);
        }
      case CITED_LAST_YEAR:
        {
          int heading = text.indexOf("总体情况");
          if (heading < 0 || heading > token.start) {
            return null;
          }
          String cited =
              random.nextBoolean()
                  ? "按时发布《" + page.organ + (page.year - 1) + "年政府信息公开工作年度报告》。"
                  : "《" + (page.year - 1) + "年政府信息公开工作年度报告》已于" + page.year + "年1月在门户网站发布。";
          int[] title = random.nextBoolean() ? titleLine(page) : null;
          if (title == null || title[1] >= heading) {
            return under(page, kind, heading, cited, stated);
          }
          // and no title printed first (survey12's pages): only the period or the signature can
          // still give the year and organ, never the report cited
          int end = CleanPage.lineEnd(text, heading);
          return new PageDamage(
              kind,
              text.substring(0, title[0])
                  + text.substring(title[1], end)
                  + "\n"
                  + cited
                  + text.substring(end),
              stated,
              "title line dropped, " + cited + " under the heading",
              title[0]);
        }
      case HEADER_NOTE:
        {
          List<String> captions = new ArrayList<>();
          for (DisclosureColumn column : DisclosureColumn.values()) {
            captions.add(column.label().zh());
          }
          for (ApplicantColumn column : ApplicantColumn.values()) {
            captions.add(column.label().zh());
          }
          captions.add("处理决定数量");
          captions.add("现行有效件数");
          String caption = captions.get(random.nextInt(captions.size()));
          int first = text.indexOf(FormTable.PROACTIVE_DISCLOSURE.label().zh());
          int at = text.indexOf(caption, Math.max(0, first));
          if (first < 0 || at < 0 || at > page.tokens.get(page.tokens.size() - 1).start) {
            return null;
          }
          String note = String.format(Locale.ROOT, HEADER_NOTES[random.nextInt(4)], page.year - 1);
          return PageDamage.insert(page, kind, at + caption.length(), note, stated);
        }
      case HEADING_ABOVE_PRESENTING:
        {
          int[] title = titleLine(page);
          if (title == null) {
            return null;
          }
          String who = random.nextBoolean() ? page.organ : SELF[random.nextInt(SELF.length)];
          String presenting = "根据《中华人民共和国政府信息公开条例》规定，现公布" + who + page.year + "年政府信息公开工作年度报告。";
          String heading = random.nextBoolean() ? "一、总体情况" : "一、总体情况。";
          return new PageDamage(
              kind,
              text.substring(0, title[0]) + heading + "\n" + presenting + text.substring(title[1]),
              stated,
              "title line -> " + heading + " / " + presenting,
              title[0]);
        }
      case CHINESE_DATE:
        {
          Matcher date = DATE.matcher(text);
          int from = text.length() * 3 / 4;
          int[] last = null;
          LocalDate on = null;
          while (date.find()) {
            // the signature's date: alone on its line or element, under the organ's name
            String before = text.substring(Math.max(0, date.start() - 120), date.start());
            String after = text.substring(date.end(), Math.min(text.length(), date.end() + 30));
            boolean alone =
                before.matches("(?s).*(\n|>)[\\s\u3000]*")
                    && after.matches("(?s)[\\s\u3000]*(\n|<|$).*");
            if (date.start() >= from && alone && before.contains(page.organ)) {
              try {
                on =
                    LocalDate.of(
                        Integer.parseInt(date.group(1)),
                        Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3)));
                last = new int[] {date.start(), date.end()};
              } catch (java.time.DateTimeException e) {
                last = null;
              }
            }
          }
          if (last == null) {
            return null;
          }
          String zero = "〇○零".substring(random.nextInt(3)).substring(0, 1);
          String chinese =
              chineseYear(on.getYear(), zero)
                  + "年"
                  + (on.getMonthValue() == 1 && random.nextBoolean()
                      ? "元"
                      : chineseNumber(on.getMonthValue()))
                  + "月"
                  + chineseNumber(on.getDayOfMonth())
                  + "日";
          PageDamage damage =
              new PageDamage(
                  kind,
                  text.substring(0, last[0]) + chinese + text.substring(last[1]),
                  stated,
                  text.substring(last[0], last[1]) + " -> " + chinese,
                  last[0]);
          damage.date = on;
          return damage;
        }
      case CAPTION_UNKNOWN:
        {
          int[] caption = PagePlaces.caption(page, token);
          if (caption == null) {
            return null;
          }
          FormRow row = token.cells.get(0).row();
          if (row.table() == FormTable.RECONSIDERATION_AND_LITIGATION) {
            // table 四's "rows" are groups of its header, read by their place: left to a test
            return null;
          }
          String words = UNKNOWN_CAPTIONS[random.nextInt(UNKNOWN_CAPTIONS.length)];
          page.stated.keySet().stream().filter(c -> c.row() == row).forEach(stated::remove);
          return new PageDamage(
              kind,
              text.substring(0, caption[0]) + words + text.substring(caption[1]),
              stated,
              text.substring(caption[0], caption[1]) + " -> " + words,
              caption[0]);
        }
      case ORGAN_TWICE:
        {
          String asPrinted = page.organ + page.year + "年";
          int at = text.indexOf(asPrinted);
          if (at < 0) {
            return null;
          }
          int end = at + asPrinted.length();
          if (text.startsWith("度", end)) {
            end++;
          }
          // applied twice, the organ is named three times: no title the reader can read, which is
          // what the pages' other text must then make up for (TestPages' navigation lists a 2020
          // report: its year was read, mend9)
          String again = random.nextBoolean() ? page.organ : place(page.organ);
          return PageDamage.insert(page, kind, end, again, stated);
        }
      case FEE_YUAN:
        {
          String header = DisclosureColumn.AMOUNT_WAN_YUAN.label().zh().substring(0, 6);
          int at = text.indexOf(header);
          int unit = at < 0 ? -1 : text.indexOf("万元", at);
          if (unit < 0 || unit - at > 12) {
            return null;
          }
          for (Cell cell : page.stated.keySet()) {
            if (cell.column() == DisclosureColumn.AMOUNT_WAN_YUAN) {
              Stated fee = page.stated.get(cell);
              // so many yuan are a ten-thousandth as many 万元
              stated.put(cell, new Stated(fee.value.movePointLeft(4), fee.mark));
            }
          }
          return new PageDamage(
              kind,
              text.substring(0, unit) + text.substring(unit + 1),
              stated,
              "万元 -> 元 at " + unit,
              unit);
        }
      case METADATA_BOX:
        {
          // a portal's box of fields above the article, names justified with spaces (survey12)
          String box =
              "索 引 号：000014349/"
                  + (page.year + 1)
                  + "-00012\n发布机构："
                  + page.organ
                  + "\n标      题："
                  + page.organ
                  + page.year
                  + "年政府信息公开工作年度报告\n成文日期："
                  + (page.year + 1)
                  + "-01-20\n";
          if (page.html) {
            int body = text.toLowerCase(Locale.ROOT).indexOf("<body");
            int at = body < 0 ? -1 : text.indexOf('>', body) + 1;
            if (at <= 0) {
              return null;
            }
            return PageDamage.insert(
                page,
                kind,
                at,
                "<div class=\"info\"><p>" + box.replace("\n", "</p><p>") + "</p></div>",
                stated);
          }
          return PageDamage.insert(page, kind, 0, box, stated);
        }
      case PERIOD_WITHOUT_UNITS:
        {
          // "202211日至20221231日": a portal's editor dropped 年 and 月 (survey12)
          String period = page.year + "年1月1日至" + page.year + "年12月31日";
          int at = text.indexOf(period);
          if (at < 0) {
            return null;
          }
          return new PageDamage(
              kind,
              text.substring(0, at)
                  + page.year
                  + "11日至"
                  + page.year
                  + "1231日"
                  + text.substring(at + period.length()),
              stated,
              period + " without 年 and 月",
              at);
        }
      case PIPE_PADDING:
        {
          // a portal's text with colspans left as empty cells at a row's end ("行政许可 | 5 | ||",
          // survey12's pages corpus)
          if (page.html) {
            return null;
          }
          int end = CleanPage.lineEnd(text, token.end);
          String line = text.substring(CleanPage.lineStart(text, token.start), end);
          if (line.indexOf('|') < 0) {
            return null;
          }
          return PageDamage.insert(
              page, kind, end, line.trim().endsWith("|") ? " ||" : " | ||", stated);
        }
      default:
        throw new AssertionError(kind);
    }
  }

  /** The line under the heading at {@code heading}, holding {@code line}. */
  private static PageDamage under(
      CleanPage page, Kind kind, int heading, String line, Map<Cell, Stated> stated) {
    String text = page.text;
    if (page.html) {
      int close = text.toLowerCase(Locale.ROOT).indexOf("</p>", heading);
      if (close < 0) {
        return null;
      }
      return PageDamage.insert(page, kind, close + 4, "<p>" + line + "</p>", stated);
    }
    int end = CleanPage.lineEnd(text, heading);
    return PageDamage.insert(page, kind, end, "\n" + line, stated);
  }

  /** The unknown caption and its value in the layout of the token's row. */
  private static String asRow(CleanPage page, Token token, String caption, String value) {
    String text = page.text;
    int start = CleanPage.lineStart(text, token.start);
    String line = text.substring(start, CleanPage.lineEnd(text, token.start));
    if (line.trim().equals(token.text(text))) {
      return caption + "\n" + value + "\n";
    }
    if (line.indexOf('|') >= 0) {
      return "| " + caption + " | " + value + " |\n";
    }
    return caption + (line.indexOf('\t') >= 0 ? "\t" : " ") + value + "\n";
  }

  /** [start, end) of the first line that prints the year's title, in a text page; else null. */
  private static int[] titleLine(CleanPage page) {
    if (page.html) {
      return null;
    }
    String text = page.text;
    int at = text.indexOf(page.year + "年");
    while (at >= 0 && at < text.length() / 3) {
      int start = CleanPage.lineStart(text, at);
      int end = CleanPage.lineEnd(text, at);
      String line = text.substring(start, end);
      if (line.contains("年度报告") && line.length() < 60) {
        return new int[] {start, end};
      }
      at = text.indexOf(page.year + "年", end);
    }
    return null;
  }

  /** The organ's place: its name up to the first 市, 县 or 区 (the whole name when it has none). */
  private static String place(String organ) {
    for (int i = 1; i < organ.length() - 1; i++) {
      if ("市县区".indexOf(organ.charAt(i)) >= 0) {
        return organ.substring(0, i + 1);
      }
    }
    return organ;
  }

  private static String chineseYear(int year, String zero) {
    StringBuilder out = new StringBuilder();
    for (char c : String.valueOf(year).toCharArray()) {
      out.append(c == '0' ? zero : String.valueOf(CHINESE_DIGITS.charAt(c - '0')));
    }
    return out.toString();
  }

  private static String chineseNumber(int n) {
    if (n < 10) {
      return String.valueOf(CHINESE_DIGITS.charAt(n));
    }
    return (n >= 20 ? String.valueOf(CHINESE_DIGITS.charAt(n / 10)) : "")
        + "十"
        + (n % 10 == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(n % 10)));
  }
}
