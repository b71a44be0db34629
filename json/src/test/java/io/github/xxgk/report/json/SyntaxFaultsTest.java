package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A syntax fault is told in the reader's own words, in both languages: what was expected, what was
 * found (a character as itself, with its code point), never Jackson's internal text. Each row pins
 * one of Jackson's messages, read as text and as bytes.
 */
class SyntaxFaultsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{年:1}                 | 以双引号开始的键名或 }     | '年' (U+5E74)  | a double quote starting a key",
        "{\"organ\" 1}          | 键名后的冒号               | '1' (U+0031)   | a colon after the key",
        "{\"organ\":\"a\" \"b\"} | 逗号或 }                  | '\"' (U+0022)  | a comma or }",
        "{\"organ\": 年度}      | 一个 JSON 值              | '年度'          | a JSON value",
        "{\"organ\": tru}       | 一个 JSON 值              | 'tru'          | a JSON value",
        "{\"year\": NaN}        | 一个 JSON 值              | 'NaN'          | a JSON value",
        "{\"year\": 01}         | 不能以 0 开头              | 0              | cannot start with 0",
        "{\"year\": /*c*/ 1}  | 不允许注释                 | 注释            | no comments",
        "{\"organ\": \"\\q\"}   | 无效的转义                 | 'q' (U+0071)   | invalid escape",
        "{\"year\": 1]          | 对象的结尾 }               | ']'            | the end of the object",
        "{\"year\":             | 输入意外结束               | 结束            | the input ends",
        "{\"organ\": \"abc      | 字符串结尾的双引号          | 结束            | the double quote ending the string",
      })
  void expectedAndFoundInBothLanguages(
      String doc, String zhExpected, String found, String enExpected) {
    for (boolean bytes : new boolean[] {false, true}) {
      List<Problem> problems =
          bytes
              ? assertThrows(
                      ReportFormatException.class,
                      () -> ReportJson.standard().read(doc.getBytes(StandardCharsets.UTF_8)))
                  .problems()
              : Hostile.problems(ReportJson.standard(), doc);
      assertEquals(1, problems.size(), problems::toString);
      Problem problem = problems.get(0);
      assertEquals(JsonRule.SYNTAX.id(), problem.ruleId());
      String zh = problem.message(Locale.CHINESE);
      String en = problem.message(Locale.ENGLISH);
      assertTrue(zh.contains(zhExpected), zh);
      assertTrue(zh.contains(found), zh);
      assertTrue(en.contains(enExpected), en);
      for (String internal :
          new String[] {"REDACTED", "code ", "Feature", "Unexpected", "JsonReadFeature", "å"}) {
        assertFalse(zh.contains(internal) || en.contains(internal), zh + " / " + en);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"{\"organ\": \"a\u0001b\"} | U+0001"})
  void anUnescapedControlCharacterIsNamedByItsCodePoint(String doc, String codePoint) {
    Problem problem = Hostile.problems(ReportJson.standard(), doc).get(0);
    assertTrue(problem.message(Locale.CHINESE).contains(codePoint), problem::toString);
    assertTrue(
        problem.message(Locale.ENGLISH).contains("unescaped control character " + codePoint),
        problem::toString);
  }
}
