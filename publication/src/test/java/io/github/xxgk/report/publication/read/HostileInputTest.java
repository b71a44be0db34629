package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile pages end in a report or in located problems, never in another exception, a hang or a
 * blow-up. The timeouts only guard against hangs; speed is measured in bench/.
 */
class HostileInputTest {
  private static final String PAGE =
      TestPages.render(
          ReportFixtures.linfenYaodu2024(), TestPages.Layout.HTML_WORD, new TestPages.Style());

  private static ReadResult read(String text) {
    ReadResult result = PublishedReports.read(text.getBytes(StandardCharsets.UTF_8));
    for (Problem problem : result.problems()) {
      assertFalse(problem.ruleId().isEmpty());
      problem.message(Locale.CHINESE);
    }
    assertTrue(result.report().isPresent() || result.hasErrors(), result.problems()::toString);
    return result;
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void deepNesting() {
    StringBuilder page = new StringBuilder("<html><body>");
    for (int i = 0; i < 20_000; i++) {
      page.append("<div><span>");
    }
    page.append(PAGE);
    read(page.toString());
    StringBuilder tables = new StringBuilder("<html><body>");
    for (int i = 0; i < 2_000; i++) {
      tables.append("<table><tr><td>");
    }
    tables.append("规章");
    read(tables.toString());
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aTenMegabytePage() {
    StringBuilder page = new StringBuilder(PAGE.replace("</body>", ""));
    Random random = new Random(1);
    while (page.length() < 10 * 1024 * 1024) {
      page.append("<p class=\"MsoNormal\">").append(random.nextInt()).append("这是一段很长的导航文字</p>\n");
    }
    assertTrue(read(page.append("</body></html>").toString()).report().isPresent());
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aTableOfAHundredThousandRows() {
    StringBuilder page = new StringBuilder("<html><body><table>");
    for (int i = 0; i < 100_000; i++) {
      page.append("<tr><td rowspan=\"65534\" colspan=\"1000\">")
          .append(i % 7 == 0 ? "规章" : "x")
          .append("</td><td>")
          .append(i)
          .append("</td></tr>");
    }
    read(page.append("</table>").append(PAGE).toString());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      text.append("\t1.属于国家秘密\n\t").append(i).append("\n\n");
    }
    read(text.toString());
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void tablesInsideTables() {
    String nested =
        PAGE.replace(
            "<td><p class=\"MsoNormal\" align=\"center\"><span>&nbsp;0&nbsp;",
            "<td><table><tr><td>规章</td><td>1</td></tr></table><p><span>&nbsp;0&nbsp;");
    read(nested);
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void everyLabelButScrambledNumbers() {
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      StringBuilder page = new StringBuilder(PAGE);
      for (int i = 0; i < page.length(); i++) {
        char c = page.charAt(i);
        if (c >= '0' && c <= '9' && random.nextInt(3) == 0) {
          String[] junk = {
            "", "-", "1.5", "１", "9999999999999", "(", "—", "0.000001", "\u00a0", "e3", "%"
          };
          page.replace(i, i + 1, junk[random.nextInt(junk.length)]);
        }
      }
      read(page.toString());
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void randomBytesAndFragments() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = new byte[random.nextInt(4096)];
      random.nextBytes(bytes);
      PublishedReports.read(bytes);
      int from = random.nextInt(PAGE.length());
      read(PAGE.substring(from, Math.min(PAGE.length(), from + random.nextInt(20_000))));
    }
    read("");
    read("|||\n|---|\n| 规章 | 1 | 2 |\n|");
    read("\t\t\t\n\t\n");
  }
}
