package io.github.xxgk.report.publication.read;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.TraditionalForms;
import io.github.xxgk.report.form.TrialTemplateLabel;
import io.github.xxgk.report.publication.read.CleanPage.Stated;
import io.github.xxgk.report.publication.read.CleanPage.Token;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.resource.ShippedResource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * One realistic damage done to a {@link CleanPage}, and what the damaged page then states for each
 * cell: computed from the damage (full-width digits still state the number, "—" states 0 not
 * applicable, a deleted value states nothing), never from the reader. A cell missing from {@link
 * #stated} is one the damaged page does not state: no reading of it is right without a problem.
 */
final class PageDamage {
  /** The damages, each what a copy, a converter or a careless edit does to a published page. */
  enum Kind {
    FULL_WIDTH,
    GROUPED,
    NOT_APPLICABLE,
    BLANK,
    OTHER_NUMBER,
    NOTE,
    FOOTNOTE_MARK,
    DELETE_CELL,
    DUPLICATE_CELL,
    SWAP,
    STRAY_CELL,
    PAGE_NUMBER_BETWEEN_ROWS,
    JOIN_VALUES,
    SPLIT_CAPTION,
    DROP_ROW_VALUES,
    DROP_ROW,
    REPEAT_TABLE,
    CUT,
    TRADITIONAL,
    TYPO,
    ATTACHMENT_LINE,
    JOIN_LINES,
    SPACE_INSIDE,
    TITLE,
    TRIAL_HEADER,
    SPLIT_VALUES,
    WORDS_IN_VALUE,
    CAPTION_OWN_TABLE,
    CITED_LAST_YEAR,
    HEADER_NOTE,
    HEADING_ABOVE_PRESENTING,
    CHINESE_DATE,
    CAPTION_UNKNOWN,
    ORGAN_TWICE,
    FEE_YUAN,
    METADATA_BOX,
    PERIOD_WITHOUT_UNITS,
    PIPE_PADDING
  }

  private static final String[] STRAYS = {"3", "- 3 -", "①", "2024", "第3页", "*", "12", "注：1"};
  private static final String[] PAGE_NUMBERS = {
    "3",
    "- 3 -",
    "第3页",
    "第 3 页 共 5 页",
    "— 12 —",
    "2024",
    "上一页 1 2 下一页",
    "共2页",
    "2024年政府信息公开工作年度报告",
    "附件：统计表.pdf"
  };
  private static final String[] MARKS = {"①", "*", "注", "¹", "（注1）"};

  /** Characters a slip of the pen or of OCR puts in a caption. */
  private static final String SLIPS = "的是了公开申请政府信息其他处理予以不部分行政复议诉讼总计本年";

  final Kind kind;
  final String text;
  final Map<Cell, Stated> stated;

  /** Cells whose values the damage removed: they may also be read as printed blank. */
  final Set<Cell> blankAllowed = new HashSet<>();

  final String what;
  final int at;

  /** The signature's date as the damage printed it otherwise, or null: publishedOn, if read. */
  LocalDate date;

  PageDamage(Kind kind, String text, Map<Cell, Stated> stated, String what, int at) {
    this.kind = kind;
    this.text = text;
    this.stated = stated;
    this.what = what;
    this.at = at;
  }

  /**
   * The damages that change the text where they act and add, remove or move no value: after one of
   * them the page's other values are where they were, give or take what it inserted.
   */
  private static final Set<Kind> LOCAL =
      java.util.EnumSet.of(
          Kind.FULL_WIDTH,
          Kind.GROUPED,
          Kind.NOT_APPLICABLE,
          Kind.BLANK,
          Kind.OTHER_NUMBER,
          Kind.NOTE,
          Kind.FOOTNOTE_MARK,
          Kind.SPLIT_CAPTION,
          Kind.TYPO,
          Kind.TRADITIONAL,
          Kind.TITLE,
          Kind.ATTACHMENT_LINE,
          Kind.PAGE_NUMBER_BETWEEN_ROWS,
          Kind.TRIAL_HEADER,
          Kind.SPACE_INSIDE,
          Kind.SPLIT_VALUES,
          Kind.WORDS_IN_VALUE,
          Kind.CAPTION_OWN_TABLE,
          Kind.CITED_LAST_YEAR,
          Kind.HEADER_NOTE,
          Kind.HEADING_ABOVE_PRESENTING,
          Kind.CHINESE_DATE,
          Kind.CAPTION_UNKNOWN,
          Kind.ORGAN_TWICE,
          Kind.FEE_YUAN,
          Kind.METADATA_BOX,
          Kind.PERIOD_WITHOUT_UNITS,
          Kind.PIPE_PADDING);

  /** The damage done before this one, on a page that {@link #twice} damaged twice; else null. */
  private PageDamage before;

  /**
   * Two damages, the second where the first left values to damage: what real pages show, several
   * quirks at once. Null where either finds no place.
   */
  static PageDamage twice(CleanPage page, Kind first, Kind second, Random random) {
    if (!LOCAL.contains(first)) {
      // a value added, removed or moved is no token of the page it leaves
      return null;
    }
    PageDamage before = apply(page, first, random);
    if (before == null) {
      return null;
    }
    CleanPage damaged = CleanPage.after(page, before);
    if (damaged.partial && !LOCAL.contains(second)) {
      return null;
    }
    PageDamage then = apply(damaged, second, random);
    if (then == null) {
      return null;
    }
    for (Cell cell : before.blankAllowed) {
      if (!then.stated.containsKey(cell)) {
        then.blankAllowed.add(cell);
      }
    }
    then.before = before;
    if (then.date == null) {
      then.date = before.date;
    }
    return then;
  }

  /** Whether this damage, or one before it, printed the organ's name otherwise. */
  boolean changesOrgan() {
    return kind == Kind.TRADITIONAL || before != null && before.changesOrgan();
  }

  /** The damaged text around the damage, for a failure's message. */
  String excerpt() {
    int from = Math.max(0, at - 300);
    int to = Math.min(text.length(), at + 300);
    return text.substring(from, to);
  }

  @Override
  public String toString() {
    return (before == null ? "" : before + ", then ") + kind + ": " + what;
  }

  /** The damage of this kind at a place drawn from {@code random}; null where the page has none. */
  static PageDamage apply(CleanPage page, Kind kind, Random random) {
    List<Token> tokens = page.tokens;
    if (tokens.size() < 2) {
      return null;
    }
    int i = random.nextInt(tokens.size() - 1);
    Token token = tokens.get(i);
    Token next = tokens.get(i + 1);
    String text = page.text;
    String printed = token.text(text);
    Map<Cell, Stated> stated = new TreeMap<>(page.stated);
    if (page.runTogether
        && (kind == Kind.DUPLICATE_CELL
            || kind == Kind.STRAY_CELL
            || kind == Kind.JOIN_VALUES
            || kind == Kind.SPACE_INSIDE)) {
      // "141" printed twice run together is 141141, and a space there is the archive's padding
      // ("20 0 0 0 02"): what the page states cannot be told from the damage
      return null;
    }
    switch (kind) {
      case FULL_WIDTH:
        return replace(page, kind, token, wide(printed), stated);
      case GROUPED:
        {
          Token big = pick(tokens, random, t -> t.text(text).matches("[0-9]{4,}"));
          if (big == null) {
            return null;
          }
          String digits = big.text(text);
          return replace(
              page, kind, big, String.format(Locale.ROOT, "%,d", Long.parseLong(digits)), stated);
        }
      case NOT_APPLICABLE:
        token.cells.forEach(
            c -> stated.put(c, new Stated(BigDecimal.ZERO, CellMark.NOT_APPLICABLE)));
        return replace(page, kind, token, random.nextBoolean() ? "—" : "/", stated);
      case BLANK:
        token.cells.forEach(c -> stated.put(c, new Stated(BigDecimal.ZERO, CellMark.BLANK)));
        return replace(page, kind, token, "", stated);
      case OTHER_NUMBER:
        {
          int value = random.nextInt(random.nextBoolean() ? 10 : 5000);
          token.cells.forEach(c -> stated.put(c, new Stated(BigDecimal.valueOf(value), null)));
          if (token.cells.stream().allMatch(c -> page.stated.get(c).value.intValue() == value)) {
            return null;
          }
          return replace(page, kind, token, String.valueOf(value), stated);
        }
      case NOTE:
        return replace(
            page, kind, token, printed + "（其中" + (1 + random.nextInt(9)) + "件为网上申请）", stated);
      case FOOTNOTE_MARK:
        return replace(
            page,
            kind,
            token,
            printed
                + (page.html && random.nextBoolean()
                    ? "<sup>1</sup>"
                    : MARKS[random.nextInt(MARKS.length)]),
            stated);
      case DELETE_CELL:
        {
          int[] cell = PagePlaces.cell(page, token);
          token.cells.forEach(stated::remove);
          PageDamage damage =
              new PageDamage(
                  kind,
                  text.substring(0, cell[0]) + text.substring(cell[1]),
                  stated,
                  quote(text, cell),
                  cell[0]);
          if (tokens.stream().filter(t -> t.cells.get(0).row() == token.cells.get(0).row()).count()
              == 1) {
            // the row's only value: the row now prints none, as a row of blank cells does
            damage.blankAllowed.addAll(token.cells);
          }
          return damage;
        }
      case DUPLICATE_CELL:
        {
          int[] cell = PagePlaces.cell(page, token);
          String copy = text.substring(cell[0], cell[1]);
          return insert(page, kind, cell[1], copy, stated);
        }
      case SWAP:
        {
          int j = i;
          while (j + 1 < tokens.size()
              && tokens.get(j).text(text).equals(tokens.get(j + 1).text(text))) {
            j++;
          }
          if (j + 1 == tokens.size()) {
            return null;
          }
          return swap(page, tokens.get(j), tokens.get(j + 1), stated);
        }
      case STRAY_CELL:
        {
          Object[] stray = PagePlaces.cellAfter(page, token, STRAYS[random.nextInt(STRAYS.length)]);
          return insert(page, kind, (Integer) stray[0], (String) stray[1], stated);
        }
      case PAGE_NUMBER_BETWEEN_ROWS:
        {
          Token last = pick(tokens, random, t -> PagePlaces.isLastOfRow(tokens, t));
          if (last == null) {
            return null;
          }
          String number = PAGE_NUMBERS[random.nextInt(PAGE_NUMBERS.length)];
          if (page.html) {
            int end = text.indexOf("</tr>", last.end);
            if (end < 0) {
              return null;
            }
            return insert(
                page,
                kind,
                end + 5,
                "</tbody></table>\n<p class=\"MsoNormal\">" + number + "</p>\n<table><tbody>",
                stated);
          }
          int end = CleanPage.lineEnd(text, last.end);
          return insert(page, kind, end, "\n" + number, stated);
        }
      case JOIN_VALUES:
        {
          if (page.html
              || next.cells.get(0).row() != token.cells.get(0).row()
              || text.substring(token.end, next.start).indexOf('\n') < 0) {
            return null;
          }
          boolean spaced = random.nextBoolean();
          if (!spaced) {
            token.cells.forEach(stated::remove);
            next.cells.forEach(stated::remove);
          }
          String joined =
              text.substring(0, token.end) + (spaced ? " " : "") + text.substring(next.start);
          return new PageDamage(
              kind,
              joined,
              stated,
              "joined " + printed + (spaced ? " " : "") + next.text(text),
              token.end);
        }
      case SPLIT_CAPTION:
        {
          int[] caption = PagePlaces.caption(page, token);
          if (caption == null) {
            return null;
          }
          int middle = caption[0] + 1 + random.nextInt(caption[1] - caption[0] - 1);
          return insert(page, kind, middle, page.html ? "<br>" : "\n", stated);
        }
      case DROP_ROW_VALUES:
        {
          FormRow row = token.cells.get(0).row();
          Set<Cell> blank = new HashSet<>();
          StringBuilder out = new StringBuilder(text);
          for (int t = tokens.size() - 1; t >= 0; t--) {
            Token of = tokens.get(t);
            if (of.cells.get(0).row() == row) {
              // in HTML the cell stays, empty: only its value is lost
              int[] cell = page.html ? new int[] {of.start, of.end} : PagePlaces.cell(page, of);
              out.delete(cell[0], cell[1]);
              // a value spanning rows below leaves them blank too
              of.cells.forEach(c -> blank.add(c));
            }
          }
          PageDamage damage =
              new PageDamage(
                  kind, out.toString(), stated, "values of " + row.label().zh(), token.start);
          for (Cell c : page.stated.keySet()) {
            if (c.row() == row || blank.contains(c)) {
              stated.remove(c);
              damage.blankAllowed.add(c);
            }
          }
          return damage;
        }
      case DROP_ROW:
        {
          FormRow row = token.cells.get(0).row();
          int[] span = PagePlaces.rowSpan(page, row);
          if (span == null) {
            return null;
          }
          page.stated.keySet().stream().filter(c -> c.row() == row).forEach(stated::remove);
          return new PageDamage(
              kind,
              text.substring(0, span[0]) + text.substring(span[1]),
              stated,
              "row " + row.label().zh() + ": " + quote(text, span),
              span[0]);
        }
      case REPEAT_TABLE:
        {
          int[] span = PagePlaces.tableSpan(page, token.cells.get(0).table());
          if (span == null) {
            return null;
          }
          return insert(page, kind, span[1], text.substring(span[0], span[1]), stated);
        }
      case CUT:
        {
          int cut = token.end + random.nextInt(Math.max(1, next.end - token.end));
          for (Token t : tokens) {
            if (t.end > cut) {
              t.cells.forEach(stated::remove);
            }
          }
          for (Map.Entry<Cell, Integer> start : page.starts.entrySet()) {
            if (start.getValue() >= cut) {
              stated.remove(start.getKey());
            }
          }
          PageDamage damage =
              new PageDamage(
                  kind,
                  text.substring(0, cut),
                  stated,
                  "cut at " + cut + " in " + next.text(text),
                  cut);
          if (cut <= next.start && !text.substring(cut, next.start).contains("\n")) {
            // cut after the indentation or separator that opens the next value's cell: the copy
            // ends in that cell printed empty ("\t" alone is a blank cell of a copied page)
            damage.blankAllowed.addAll(next.cells);
          }
          return damage;
        }
      case TRADITIONAL:
        {
          StringBuilder out = new StringBuilder(text.length());
          Map<Character, String> forms = traditional();
          for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            String form = forms.get(ch);
            out.append(
                form != null && random.nextBoolean()
                    ? form.charAt(random.nextInt(form.length()))
                    : ch);
          }
          return new PageDamage(
              kind, out.toString(), stated, "traditional characters", token.start);
        }
      case TYPO:
        {
          int[] caption = PagePlaces.caption(page, token);
          if (caption == null) {
            return null;
          }
          // one slip mostly, up to three (a long caption's allowance): changed, dropped, doubled
          StringBuilder typo = new StringBuilder(text.substring(caption[0], caption[1]));
          int slips = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
          for (int n = 0; n < slips && typo.length() > 1; n++) {
            int at = random.nextInt(typo.length());
            switch (random.nextInt(3)) {
              case 0:
                typo.setCharAt(at, SLIPS.charAt(random.nextInt(SLIPS.length())));
                break;
              case 1:
                typo.deleteCharAt(at);
                break;
              default:
                typo.insert(at, typo.charAt(at));
            }
          }
          return new PageDamage(
              kind,
              text.substring(0, caption[0]) + typo + text.substring(caption[1]),
              stated,
              text.substring(caption[0], caption[1]) + " -> " + typo,
              caption[0]);
        }
      case SPLIT_VALUES:
        {
          // a row a line wrapped by the copy: its values go on under the caption's line
          if (page.html
              || next.cells.get(0).row() != token.cells.get(0).row()
              || text.substring(token.end, next.start).indexOf('\n') >= 0
              || text.substring(token.end, next.start).trim().replace("|", "").length() > 0) {
            return null;
          }
          return new PageDamage(
              kind,
              text.substring(0, token.end) + "\n" + text.substring(next.start),
              stated,
              "line broken between " + printed + " and " + next.text(text),
              token.end);
        }
      case ATTACHMENT_LINE:
        {
          String line = "附件：" + "政府信息公开工作年度报告统计表.xls";
          int[] table = PagePlaces.tableSpan(page, FormTable.values()[random.nextInt(3)]);
          int where =
              table == null || random.nextInt(4) == 0 ? text.length() : table[random.nextInt(2)];
          return insert(
              page, kind, where, page.html ? "<p>" + line + "</p>\n" : line + "\n", stated);
        }
      case JOIN_LINES:
        {
          if (page.html) {
            return null;
          }
          int from = tokens.get(0).start;
          int to = tokens.get(tokens.size() - 1).end;
          int at = text.indexOf('\n', from + random.nextInt(Math.max(1, to - from)));
          if (at < 0 || at >= to) {
            return null;
          }
          int end = at + 1;
          while (end < text.length() && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
            end++;
          }
          int before = at;
          while (before > 0
              && (text.charAt(before - 1) == ' '
                  || text.charAt(before - 1) == '\t'
                  || text.charAt(before - 1) == '|')) {
            before--;
          }
          if (before > 0
              && end < text.length()
              && isDigitLike(text.charAt(before - 1))
              && isDigitLike(text.charAt(end))) {
            // two values run together: the page no longer states either
            for (Token t : tokens) {
              if (t.end == before || t.start == end) {
                t.cells.forEach(stated::remove);
              }
            }
          }
          return new PageDamage(
              kind,
              text.substring(0, at) + text.substring(end),
              stated,
              "joined lines at " + at,
              at);
        }
      case SPACE_INSIDE:
        {
          Token many = pick(tokens, random, t -> t.text(text).matches("[0-9]{2,}"));
          if (many == null) {
            return null;
          }
          String digits = many.text(text);
          int cut = 1 + random.nextInt(digits.length() - 1);
          // "1 2" in one cell: two numbers, or one with a stray space; the page states neither
          many.cells.forEach(stated::remove);
          return replace(
              page, kind, many, digits.substring(0, cut) + " " + digits.substring(cut), stated);
        }
      case TITLE:
        {
          // titles as organs word them: the year first, 年度, 年报
          String asPrinted = page.organ + page.year + "年度";
          if (!text.contains(asPrinted)) {
            asPrinted = page.organ + page.year + "年";
          }
          if (!text.contains(asPrinted)) {
            return null;
          }
          String[] titles = {
            page.year + "年" + page.organ,
            page.year + "年度" + page.organ,
            page.organ + page.year + "年度"
          };
          String title = titles[random.nextInt(titles.length)];
          String retitled = text.replace(asPrinted, title);
          if (random.nextBoolean()) {
            retitled = retitled.replace("政府信息公开工作年度报告", "政府信息公开年报");
          }
          return new PageDamage(
              kind, retitled, stated, asPrinted + " -> " + title, text.indexOf(asPrinted));
        }
      case TRIAL_HEADER:
        {
          // the 2019 template's header of table 二 above a 2021 table's first row
          int[] caption = null;
          for (Token t : tokens) {
            if (t.cells.get(0).table() == FormTable.PROACTIVE_DISCLOSURE) {
              caption = PagePlaces.caption(page, t);
              break;
            }
          }
          if (caption == null) {
            return null;
          }
          String[] header = {
            "信息内容",
            TrialTemplateLabel.NEWLY_MADE.label().zh(),
            TrialTemplateLabel.NEWLY_PUBLISHED.label().zh(),
            TrialTemplateLabel.TOTAL_PUBLISHED.label().zh()
          };
          if (page.html) {
            int row = text.toLowerCase(Locale.ROOT).lastIndexOf("<tr", caption[0]);
            return row < 0
                ? null
                : insert(
                    page,
                    kind,
                    row,
                    "<tr><td>" + String.join("</td><td>", header) + "</td></tr>",
                    stated);
          }
          return insert(
              page,
              kind,
              CleanPage.lineStart(text, caption[0]),
              String.join(" ", header) + "\n",
              stated);
        }
      default:
        return RealShapes.apply(page, kind, token, stated, random);
    }
  }

  private static PageDamage swap(
      CleanPage page, Token token, Token next, Map<Cell, Stated> stated) {
    String text = page.text;
    String printed = token.text(text);
    String other = next.text(text);

    Stated mine = page.stated.get(token.cells.get(0));
    Stated theirs = page.stated.get(next.cells.get(0));
    token.cells.forEach(c -> stated.put(c, theirs));
    next.cells.forEach(c -> stated.put(c, mine));
    String swapped =
        text.substring(0, token.start)
            + other
            + text.substring(token.end, next.start)
            + printed
            + text.substring(next.end);
    return new PageDamage(
        Kind.SWAP, swapped, stated, printed + " <-> " + other + " at " + token.start, token.start);
  }

  static PageDamage replace(
      CleanPage page, Kind kind, Token token, String with, Map<Cell, Stated> stated) {
    String text = page.text;
    return new PageDamage(
        kind,
        text.substring(0, token.start) + with + text.substring(token.end),
        stated,
        token.text(text) + " -> " + with + " at " + token.cells,
        token.start);
  }

  static PageDamage insert(
      CleanPage page, Kind kind, int at, String what, Map<Cell, Stated> stated) {
    String text = page.text;
    return new PageDamage(
        kind,
        text.substring(0, at) + what + text.substring(at),
        stated,
        "inserted [" + what + "] at " + at,
        at);
  }

  private static String quote(String text, int[] span) {
    String quoted = text.substring(span[0], span[1]);
    return "[" + (quoted.length() > 200 ? quoted.substring(0, 200) + "…" : quoted) + "]";
  }

  private static boolean isDigitLike(char c) {
    return Character.isDigit(c);
  }

  private static String wide(String printed) {
    StringBuilder out = new StringBuilder();
    for (char c : printed.toCharArray()) {
      if (c >= '0' && c <= '9') {
        out.append((char) (c - '0' + '\uff10'));
      } else if (c >= '\uff10' && c <= '\uff19') {
        out.append((char) (c - '\uff10' + '0'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Token pick(
      List<Token> tokens, Random random, java.util.function.Predicate<Token> which) {
    List<Token> fitting = new ArrayList<>();
    tokens.forEach(
        t -> {
          if (which.test(t)) {
            fitting.add(t);
          }
        });
    return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
  }

  private static Map<Character, String> traditional;

  private static synchronized Map<Character, String> traditional() {
    if (traditional == null) {
      Map<Character, String> forms = new HashMap<>();
      for (String line :
          ShippedResource.text(TraditionalForms.class, "traditional-forms.txt").split("\n")) {
        if (line.length() > 1 && line.charAt(0) != '#') {
          forms.put(line.charAt(0), line.substring(1).trim());
        }
      }
      traditional = forms;
    }
    return traditional;
  }
}
