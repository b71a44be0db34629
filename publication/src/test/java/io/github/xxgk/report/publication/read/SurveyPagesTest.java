package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Unseen real pages a tester read (test-fixtures' {@code reports/}, README "Pages a survey found"),
 * each with what it taught the reader.
 */
class SurveyPagesTest {
  @Test
  void theSignatureDateIsReadUnderThePortalsButtons() throws IOException {
    // 平潭综合实验区国有资产管理局 2021: "…国有资产管理局 2022年1月7日 附件下载" at the very end
    ReadResult result =
        PublishedReports.read(RealReportsTest.resource("pingtan-guoziju-2021.page.txt"));
    AnnualReport report = result.report().orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals("平潭综合实验区国有资产管理局", report.organ());
    assertEquals(2021, report.year());
    assertEquals(Optional.of(LocalDate.of(2022, 1, 7)), report.publishedOn());
    // the button is not the report's text
    assertTrue(report.otherMatters().get().endsWith("无收取信息处理费情况。"), report.otherMatters()::get);
  }

  @Test
  void moreButtonsAfterTheSignatureDoNotHideItEither() throws IOException {
    String page =
        text("pingtan-guoziju-2021.page.txt")
            .replace(" 附件下载", " 附件下载 【打印】 打印本页 关闭窗口 【字体：大 中 小】 分享到：微信 微博 QQ空间");
    assertEquals(
        Optional.of(LocalDate.of(2022, 1, 7)),
        PublishedReports.read(page).report().get().publishedOn());
  }

  @Test
  void thePostingDateOfThePagesHeaderIsNotTheSignaturesDate() throws IOException {
    // the header says "发布时间: 2022-01-13 17:48"; without the date under the report, none is read
    String page =
        text("pingtan-guoziju-2021.page.txt")
            .replace(" 平潭综合实验区国有资产管理局 2022年1月7日 附件下载", " 附件下载 时间：2022-01-13 打印本页");
    ReadResult result = PublishedReports.read(page);
    assertEquals(Optional.empty(), result.report().get().publishedOn());
  }

  @Test
  void wordsOfTheReportThatLookLikeAButtonStayInIt() throws IOException {
    String page =
        text("pingtan-guoziju-2021.page.txt").replace(" 平潭综合实验区国有资产管理局 2022年1月7日 附件下载", "旧网站已关闭窗口");
    ReadResult result = PublishedReports.read(page);
    assertTrue(result.report().get().otherMatters().get().endsWith("旧网站已关闭窗口"));
  }

  static String text(String name) throws IOException {
    return new String(RealReportsTest.resource(name), StandardCharsets.UTF_8);
  }

  static List<String> ids(ReadResult result, Severity severity) {
    return result.problems().stream()
        .filter(p -> p.severity() == severity)
        .map(Problem::ruleId)
        .collect(Collectors.toList());
  }
}
