package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.form.TraditionalForms;
import java.math.BigDecimal;
import java.text.Normalizer.Form;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The single-scan {@link Normalizer} and {@link CellText} against their definitions: NFKC of the
 * whole text, and the regular expressions of numbering, trailing punctuation and numbers that they
 * replace (kept here as the specification), on every character of the BMP and on random text made
 * of what printed captions and cells hold.
 */
class NormalizerTest {
  private static final Pattern NUMBERING =
      Pattern.compile(
          "^(?:[一二三四五六七八九十]+(?=\\()|[一二三四五六七八九十]+[、.,]|\\([一二三四五六七八九十]+\\)[、.]?|\\d{1,2}(?:[.、,]|\\)|(?=[^\\d.,]))|\\(\\d{1,2}\\)[、.]?)");
  private static final Pattern TRAILING = Pattern.compile("[:。;,]+$");
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final Pattern DASHES =
      Pattern.compile("[/\\-\u2014\u2013\u2015\u2012\u2212\u2500\uff0d]+");
  private static final Pattern NOTED =
      Pattern.compile("(" + NUMBER.pattern() + ")(\\(.*\\)|\\[.*\\])");

  static String compactByDefinition(String text) {
    String folded = java.text.Normalizer.normalize(text, Form.NFKC);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!(Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || "\"'\u201c\u201d\u2018\u2019\u300c\u300d\u200b\ufeff".indexOf(c) >= 0)) {
        out.append(TraditionalForms.simplified(c));
      }
    }
    return out.toString();
  }

  static String captionByDefinition(String text) {
    String compact = compactByDefinition(text);
    for (int guard = 0; guard < 4; guard++) {
      String stripped = NUMBERING.matcher(compact).replaceFirst("");
      if (stripped.equals(compact) || stripped.isEmpty()) {
        break;
      }
      compact = stripped;
    }
    return TRAILING.matcher(compact).replaceFirst("").replace('\u3001', ',');
  }

  /** The kind, number and flags that the regular expressions give. */
  /** Unicode's other numbers, or two digits with only spaces or line breaks between them. */
  private static final Pattern MARK_DIGIT_OR_DIGITS_APART =
      Pattern.compile(
          "\\p{No}|[0-9０-９](?:[\\s\\x1C-\\x1F\\p{Z}]+|[\\s\\x1C-\\x1F\\p{Z}]+[.,．，][\\s\\x1C-\\x1F\\p{Z}]*"
              + "|[.,．，][\\s\\x1C-\\x1F\\p{Z}]+)(?=[0-9０-９])");

  static String cellByDefinition(String text) {
    if (text.length() > 256) {
      return "TEXT";
    }
    String compact = compactByDefinition(text);
    if (compact.isEmpty()) {
      return "BLANK 0";
    }
    if (compact.length() > 64) {
      return "TEXT";
    }
    if (DASHES.matcher(compact).matches()
        || PublishedWording.NOT_APPLICABLE_MARKS.contains(compact)) {
      return "NOT_APPLICABLE 0";
    }
    if (MARK_DIGIT_OR_DIGITS_APART.matcher(text).find()) {
      // a footnote's mark (①, ¹) would fold to a digit, and digits apart may be two values
      return "TEXT";
    }
    if (NUMBER.matcher(compact).matches()) {
      return number(compact, false, false);
    }
    Matcher noted = NOTED.matcher(compact);
    if (noted.matches()) {
      return number(noted.group(1), true, false);
    }
    String[] units = {PublishedWording.WAN_YUAN, "件", "个", "条", "项", "次", PublishedWording.YUAN};
    for (String unit : units) {
      if (compact.endsWith(unit)
          && NUMBER.matcher(compact.substring(0, compact.length() - unit.length())).matches()) {
        return number(
            compact.substring(0, compact.length() - unit.length()),
            true,
            unit.equals(PublishedWording.YUAN));
      }
    }
    return "TEXT";
  }

  private static String number(String digits, boolean noted, boolean yuan) {
    BigDecimal value = new BigDecimal(digits.replace(",", ""));
    return "NUMBER " + value.toString() + " " + noted + " " + yuan;
  }

  static String cell(String text) {
    CellText cell = CellText.of(text);
    if (cell.kind == CellText.Kind.NUMBER) {
      return "NUMBER " + cell.number.toString() + " " + cell.noted + " " + cell.yuan;
    }
    return cell.kind + (cell.number == null ? "" : " " + cell.number);
  }

  @Test
  void everyCharacterOfTheBmpIsFoldedAsNfkcFoldsIt() {
    for (int c = 0; c <= 0xffff; c++) {
      String one = String.valueOf((char) c);
      assertEquals(compactByDefinition(one), Normalizer.compact(one), Integer.toHexString(c));
      assertEquals(
          compactByDefinition("a" + one + "1"),
          Normalizer.compact("a" + one + "1"),
          Integer.toHexString(c));
    }
  }

  @Test
  void theStablePunctuationIsLeftAsItIsByNfkc() {
    for (char c = 0; c < 0xffff; c++) {
      if (Normalizer.isStable(c)) {
        assertEquals(
            String.valueOf(c),
            java.text.Normalizer.normalize(String.valueOf(c), Form.NFKC),
            Integer.toHexString(c));
      }
    }
  }

  @Test
  void printedShapes() {
    String[] samples = {
      "三（三）1.政府信息",
      "（七）",
      "一、总体情况",
      "12.5",
      "1公开",
      "12",
      "123abc",
      "（1）、规章",
      "(12)x",
      "(123)x",
      "十、",
      "22（其中修订16件）",
      "1,234",
      "1,2345",
      "1,234,56",
      "-3",
      "０",
      "１２３件",
      "3.50万元",
      "100元",
      "—",
      "／",
      "无",
      "12,345.67",
      "9999999999999999999",
      "1[注]",
      "1(a)(b)",
      "1(\u0085)",
      "abc:\u0085",
      "合计：",
      "　 ",
      "",
      "(",
      "1.",
      "０１．规章",
      "二十（",
      "一二",
      "（三）",
      "（一）",
      "13①",
      "13¹",
      "1 3",
      "１　３",
      "1\n3",
      " 13 "
    };
    for (String sample : samples) {
      assertEquals(compactByDefinition(sample), Normalizer.compact(sample), sample);
      assertEquals(captionByDefinition(sample), Normalizer.caption(sample), sample);
      assertEquals(cellByDefinition(sample), cell(sample), sample);
    }
  }

  @Provide
  Arbitrary<String> printed() {
    Arbitrary<Character> common =
        Arbitraries.of(
            '0', '1', '2', '9', '５', '１', ',', '，', '.', '．', '-', '－', '—', '/', '(', ')', '（',
            '）', '[', ']', '、', '。', ':', '：', ';', ' ', '\u3000', '\u00a0', '\n', '\t', '一', '三',
            '十', '件', '万', '元', '无', '公', '开', '"', '“', '”', '\u0085', 'e', '\u0301', '\u2026',
            '\uff76', '\u3099', 'が');
    Arbitrary<Character> any = Arbitraries.chars();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, common), net.jqwik.api.Tuple.of(1, any))
        .list()
        .ofMaxSize(20)
        .map(
            chars -> {
              StringBuilder text = new StringBuilder();
              chars.forEach(text::append);
              return text.toString();
            });
  }

  @Property(tries = 5000)
  void compactAndCaptionAgreeWithTheirDefinitions(@ForAll("printed") String text) {
    assertEquals(compactByDefinition(text), Normalizer.compact(text));
    assertEquals(captionByDefinition(text), Normalizer.caption(text));
    assertEquals(cellByDefinition(text), cell(text));
  }

  @Property(tries = 5000)
  void compactAtMostIsCompactWhenShortEnough(
      @ForAll("printed") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 22) int max) {
    String compact = compactByDefinition(text);
    assertEquals(compact.length() <= max ? compact : null, Normalizer.compactAtMost(text, max));
  }

  /** What lastKept should give for text: the last character of its compact text, or DROPPED. */
  private static int lastKeptByDefinition(String text) {
    String compact = compactByDefinition(text);
    return compact.isEmpty() ? Normalizer.DROPPED : compact.charAt(compact.length() - 1);
  }

  @Test
  void theLastKeptCharacterIsCompactsLastAfterEveryCharacterOfTheBmp() {
    for (int c = 0; c <= 0xffff; c++) {
      String one = String.valueOf((char) c);
      // c last, then c before what a signature ends in: only a character NFKC folds is not told,
      // and none changes the kept character after it
      for (String text : new String[] {"x" + one + " \u3000", one + "\u65e5 ", one + "\uff09\""}) {
        int last = Normalizer.lastKept(text, 0, text.length());
        if (last != Normalizer.NFKC) {
          assertEquals(lastKeptByDefinition(text), last, Integer.toHexString(c) + " in " + text);
        }
      }
    }
  }

  @Property(tries = 5000)
  void theLastKeptCharacterIsTheLastOfEveryEndsCompactText(@ForAll("printed") String text) {
    for (int from = 0; from <= text.length(); from++) {
      int last = Normalizer.lastKept(text, from, text.length());
      if (last != Normalizer.NFKC) {
        assertEquals(lastKeptByDefinition(text.substring(from)), last, "from " + from);
      }
    }
  }

  /** Whether lastOfCaption's answer agrees with the caption by definition: its end, or empty. */
  private static void assertLastOfCaption(String text) {
    int last = Normalizer.lastOfCaption(text);
    if (last == Normalizer.NFKC) {
      return;
    }
    String caption = captionByDefinition(text);
    if (last == Normalizer.DROPPED) {
      assertEquals("", caption, text);
    } else if (!caption.isEmpty()) {
      assertEquals(last, caption.charAt(caption.length() - 1), text);
    }
  }

  @Test
  void theCaptionsLastCharacterIsToldFromTheEndAfterEveryCharacterOfTheBmp() {
    for (int c = 0; c <= 0xffff; c++) {
      String one = String.valueOf((char) c);
      for (String text :
          new String[] {"\u60c5\u51b5" + one + "\uff1a ", one + "\u60c5\u51b5\u3002", "1." + one}) {
        assertLastOfCaption(text);
      }
    }
  }

  @Property(tries = 5000)
  void theCaptionsLastCharacterIsToldFromTheEnd(@ForAll("printed") String text) {
    assertLastOfCaption(text);
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String plain = "政府信息公开";
    assertTrue(plain == Normalizer.compact(plain));
  }
}
