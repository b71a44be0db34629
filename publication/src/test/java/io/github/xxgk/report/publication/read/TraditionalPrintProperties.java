package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.TraditionalForms;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.match.ReadCell;
import io.github.xxgk.report.resource.ShippedResource;
import io.github.xxgk.report.testkit.ReportArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A report printed in traditional characters (江门市蓬江區 2024: "政府信息公開工作年度報告", "收到和處理政府信息公開申請情況") is
 * read as the same report printed in simplified ones, the organ's name as printed.
 */
class TraditionalPrintProperties {
  @Provide
  Arbitrary<AnnualReport> reports() {
    return ReportArbitraries.validReports();
  }

  @Property(tries = 30)
  void aPageInTraditionalCharactersReadsBackEqual(
      @ForAll("reports") AnnualReport report, @ForAll TestPages.Layout layout, @ForAll long seed) {
    Map<Character, Character> traditional = traditionalForms(new Random(seed));
    String simplified = TestPages.render(report, layout, new TestPages.Style());
    String page = convert(simplified, traditional);
    assertNotEquals(simplified, page);
    ReadResult result = PublishedReports.read(page.getBytes(StandardCharsets.UTF_8));

    List<String> wrong = new ArrayList<>();
    for (Cell cell : FormCells.all()) {
      ReadCell read = result.cells().get(cell);
      if (read == null || read.value().compareTo(cell.amount(report)) != 0) {
        wrong.add(cell.pointer() + " " + (read == null ? "unread" : read.value()));
      }
    }
    assertEquals(new ArrayList<>(), wrong, () -> layout + " " + result.problems() + "\n" + page);
    assertFalse(result.hasErrors(), () -> layout + " " + result.problems());
    assertTrue(
        result.problems().stream().noneMatch(p -> p.severity() == Severity.WARNING),
        () -> layout + " " + result.problems());
    AnnualReport read = result.report().orElseThrow(AssertionError::new);
    // the organ as printed, its traditional characters kept
    assertEquals(convert(report.organ(), traditional), read.organ());
    assertEquals(report.year(), read.year());
    assertEquals(report.publishedOn(), read.publishedOn());
    assertEquals(report.proactiveDisclosure(), read.proactiveDisclosure());
    assertEquals(report.applications(), read.applications());
    assertEquals(report.reconsiderationAndLitigation(), read.reconsiderationAndLitigation());
  }

  @Test
  void aTraditionalTitleAndHeadingsAreReadAndTheOrganKeepsItsPrint() {
    // 江门市蓬江區 2024: the title, the preface and the headings in traditional characters
    ReadResult result =
        PublishedReports.read(
            "江门市蓬江區人民政府2024年政府信息公開工作年度報告\n"
                + "本報告根據《中華人民共和國政府信息公開條例》編制。本年度報告中所列數據統計期限自2024年1月1日起至2024年12月31日止。\n"
                + "一、總體情況\n"
                + "2024年，本區認真落實《條例》。\n"
                + "三、收到和處理政府信息公開申請情況\n");
    assertEquals(Optional.of("江门市蓬江區人民政府"), result.match().organ());
    assertEquals(Optional.of(2024), result.match().year());
  }

  @Test
  void aProblemQuotesTheOrgansAsPrinted() {
    // the signature names another organ: both are quoted as printed, not as compared
    ReadResult result =
        PublishedReports.read(
            "江门市蓬江區人民政府2024年政府信息公開工作年度報告\n"
                + "一、總體情況\n"
                + "2024年，本區認真落實《條例》。\n"
                + "六、其他需要報告的事項\n"
                + "無。\n"
                + "江门市蓬江區財政局\n"
                + "2025年1月20日\n");
    Problem signed =
        result.problems().stream()
            .filter(p -> p.ruleId().equals("IMPORT-ORGAN-SIGNATURE"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(result.problems()));
    assertEquals(Arrays.asList("江门市蓬江區人民政府", "江门市蓬江區財政局"), signed.arguments());
  }

  /** For each character of the catalogue, one of its traditional forms, chosen at random. */
  private static Map<Character, Character> traditionalForms(Random random) {
    Map<Character, Character> forms = new HashMap<>();
    for (String line :
        ShippedResource.text(TraditionalForms.class, "traditional-forms.txt").split("\n")) {
      if (line.length() > 1 && line.charAt(0) != '#') {
        forms.put(line.charAt(0), line.charAt(1 + random.nextInt(line.length() - 1)));
      }
    }
    return forms;
  }

  private static String convert(String text, Map<Character, Character> traditional) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(traditional.getOrDefault(c, c));
    }
    return out.toString();
  }
}
