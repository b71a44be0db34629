package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.Reports.cell;
import static io.github.xxgk.report.validation.Reports.with;
import static io.github.xxgk.report.validation.Reports.withFee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.NarrativePhrase;
import io.github.xxgk.report.form.StatedFigure;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules on sentences of real published reports ({@code shared/reports/}) and on
 * conflicting sentences built from them.
 */
class NarrativeRulesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  // Verbatim sentences of the real reports.
  private static final String LINFEN =
      "2024年，区政府办公室全年共受理答复政府信息公开申请15件，其中上年度结转1件，12件在规定时限内依法依规予以答复，3件结转下年度继续办理。";
  private static final String SHUYANG =
      "全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件。共办理 718 件，结转下一年 31 件。"
          + "依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件，有力维护了群众合法权益与政府公信力。"
          + "2025 年，累计开展办前主动沟通 49 次，成功推动化解各类争议纠纷 33 件。"
          + "全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。";
  private static final String PINGTAN =
      "依申请公开政府信息5条，提交申请的方式为网站申请，已在规定时限内完成回复。"
          + "2021年共制发政府信息378条，其中，主动公开政府信息125条、依申请公开176条、不予公开77条。";
  // 平潭综合实验区财政金融局 2025, 公安局 2024, 交通与建设局 2025 (changwu/pingtan-gov-zwgk-archive).
  private static final String CAIJINJU = "2025年我局共收到政府网站上政府信息公开申请件2件，办结依申请2件，其中公开答复1件，无法提供1件 。";
  // 平潭综合实验区市场监督管理局 2025: each outcome "答复" N件, the applications answered stated nowhere
  private static final String SHIJIANJU =
      "2025年，共受理政府信息公开申请21件，经分类处置后，给予同意公开答复 1 件，不予公开答复3件，区分处理后公开11件，"
          + "因无法提供相关信息答复2件，其他处理2件，结转下年度继续办理2件，所有申请均在法定期限内办结。";
  private static final String GONGANJU =
      "2024年，我局收到群众通过邮寄、网络提交的各类政府信息公开申请共计8件，申请事项涉及政策法规信息1件、机构设置信息1件、小区备案信息6件，"
          + "均严格按照《条例》要求，做好申请公开登记、审核、办理、答复、归档等各项工作。"
          + "其中，同意公开3件，占比37.5%；无法提供4件，占比50%；区分处理后公开1件，占比12.5%。";
  private static final String JIAOJIANJU =
      "同时，我局以12345平台为媒介，积极受理群众在保交楼、交通出行、公共租赁住房管理等方面的诉求累计受理3615件，均已全部办结，办理率达100%，满意率达99.02%。"
          + "全年我局依法办结政府信息公开申请21件，其中网络申请数11件，信函申请数10件。";
  // 管委会办公室 2025 and 行政审批局 2025 (the same archive).
  private static final String GUANWEIHUI =
      "2025年，实验区管委会（办公室）共受理公开申请34件，均在法定期限内予以办理。因政府信息公开产生行政复议共2件，未出现结果纠正案件。"
          + "2025年，实验区管委会（办公室）制发行政规范性文件9件，按程序确认失效或废止文件7件，现行有效行政规范性文件共253件。";
  private static final String SHENPIJU =
      "2025年，共收到公民、法人和其他组织政府信息公开申请6件，均严格按照法定时限和规范格式办结，办结率100%。"
          + "本年度，未发生因依申请公开引发的行政复议和行政诉讼。2025年新制发规范性文件3件，及时更新网站“行政规范性文件”库，并做好政策解读。";
  private static final String FAGAIJU = "全年受理网络问政182件。2023年度我局共收到依申请信息公开26件，及时回复申请人。";

  static List<String> figures(String text) {
    List<String> found = new ArrayList<>();
    for (StatedFigure figure : StatedFigure.find(text)) {
      found.add(figure.phrase() + "=" + figure.value());
      assertEquals(
          String.valueOf(figure.value()),
          text.substring(figure.offset(), figure.offset() + figure.length()).replace(",", ""));
      assertEquals(
          figure.sentence(),
          text.substring(
              figure.sentenceOffset(), figure.sentenceOffset() + figure.sentenceLength()));
    }
    return found;
  }

  /**
   * Asserts the figures the scan reads in a real block, in order: {@code expected} holds them as
   * {@code PHRASE=value} a space apart, {@code ~} after one of a wider scope (a whole area's), and
   * is empty for none. One check for every table of real blocks.
   */
  static void assertFiguresRead(String block, String expected) {
    List<String> found = new ArrayList<>();
    for (StatedFigure figure : StatedFigure.find(block)) {
      found.add(figure.phrase() + "=" + figure.value() + (figure.ofWiderScope() ? "~" : ""));
    }
    assertEquals(
        expected.isEmpty() ? new ArrayList<String>() : Arrays.asList(expected.split(" ")), found);
  }

  static AnnualReport overview(AnnualReport report, String text) {
    return AnnualReport.builder()
        .from(report)
        .overview(LinfenYaodu2024.OVERVIEW + "\n" + text)
        .build();
  }

  private static List<Problem> narrative(ValidationResult result) {
    List<Problem> found = new ArrayList<>(result.byRule(Rules.NARRATIVE_TABLE_MISMATCH));
    found.addAll(result.byRule(Rules.NARRATIVE_PERCENTAGE));
    return found;
  }

  @Test
  void theFiguresOfRealSentencesAreFoundWithTheirPlace() {
    assertEquals(
        Arrays.asList(
            "RECEIVED=15",
            "CARRIED_OVER_FROM_PREVIOUS_YEAR=1",
            "HANDLED_AFTER=12",
            "CARRIED_OVER_TO_NEXT_YEAR_AFTER=3"),
        figures(LINFEN));
    assertEquals(
        Arrays.asList(
            "RECEIVED=749",
            "NATURAL_PERSONS=741",
            "ORGANISATIONS=8",
            "DEALT_WITH=718",
            "CARRIED_OVER_TO_NEXT_YEAR=31",
            "CASES=74"),
        figures(SHUYANG));
    // 公开答复1件 is one outcome, not the applications answered (2).
    assertEquals(
        Arrays.asList("RECEIVED=2", "HANDLED=2", "UNABLE_TO_PROVIDE=1"), figures(CAIJINJU));
    // 同意公开 is 予以公开; 无法提供4件, in a clause after "其中，同意公开3件，占比37.5%；", has the words of
    // applications of the sentence before the list of clauses.
    assertEquals(
        Arrays.asList("RECEIVED=8", "DISCLOSED=3", "UNABLE_TO_PROVIDE=4"), figures(GONGANJU));
    // 无法提供相关信息答复2件 is outcome （四）, not the applications answered: the outcomes are tried first
    assertEquals(
        Arrays.asList(
            "RECEIVED=21",
            "DISCLOSED=1",
            "NOT_DISCLOSED=3",
            "UNABLE_TO_PROVIDE=2",
            "OTHER_HANDLING=2",
            "CARRIED_OVER_TO_NEXT_YEAR=2"),
        figures(SHIJIANJU));
    // The 管委会 and its office counted together (34; the office's table says 32): another scope.
    assertEquals(Arrays.asList("RECONSIDERATION=2"), figures(GUANWEIHUI));
    // 法人和其他组织 names the applicants of a received count, not the organisations' column.
    assertEquals(Arrays.asList("RECEIVED=6", "NORMATIVE_ISSUED=3"), figures(SHENPIJU));
    // Complaints through the 12345 hotline are not applications.
    assertEquals(Arrays.asList("HANDLED=21"), figures(JIAOJIANJU));
    assertEquals(Arrays.asList("RECEIVED=26"), figures(FAGAIJU));
    // Counts of published items (条), not applications: nothing to compare.
    assertEquals(Collections.emptyList(), figures(PINGTAN));
  }

  @Test
  void theRealNarrativeAgreesWithItsTables() {
    assertEquals(Collections.emptyList(), narrative(VALIDATOR.validate(overview(REAL, LINFEN))));
  }

  @Test
  void receivedMayIncludeTheCarriedOverOnesButNothingElse() {
    // 749 = 713 new + 36 carried over in 沭阳 2025; here 15 = 14 + 1, and 14 alone is also right.
    assertTrue(narrative(VALIDATOR.validate(overview(REAL, "共收到政府信息公开申请14件。"))).isEmpty());
    Problem v = narrative(VALIDATOR.validate(overview(REAL, "共收到政府信息公开申请16件。"))).get(0);
    assertEquals("/overview", v.pointer());
    assertEquals(
        Arrays.asList(
            "/applications/newlyReceived/total", "/applications/carriedOverFromPreviousYear/total"),
        v.relatedPointers());
  }

  /** One conflict of each kind the issue names, each found once, on its sentence. */
  @Test
  void everyKindOfConflictIsFoundOnItsSentence() {
    String[][] cases = {
      {"本年度新收政府信息公开申请20件。", "20", "14"},
      {"共受理答复政府信息公开申请15件，其中上年度结转2件。", "2", "1"},
      {"政府信息公开申请12件已办结，4件结转下年度办理。", "4", "3"},
      {"全年办理政府信息公开申请，予以答复13件。", "13", "12"},
      {"对政府信息公开申请予以公开9件，部分公开3件。", "9", "0"},
      {"对政府信息公开申请不予公开3件。", "3", "0"},
      {"对政府信息公开申请无法提供2件。", "2", "8"},
      {"对政府信息公开申请不予处理3件。", "3", "1"},
      {"对政府信息公开申请其他处理1件。", "1", "0"},
      {"全年发生行政复议案件2件。", "2", "1"},
      {"全年发生行政诉讼案件3件。", "3", "1"},
      {"全年发生行政复议案件1件，其中维持1件。", "1", "1", "agrees"},
      {"全年发生行政复议案件1件，其中纠正1件。", "1", "0"},
      {"全年发生行政复议案件1件，其中其他结果1件。", "1", "0"},
      {"全年发生行政复议案件1件，尚未审结1件。", "1", "0"},
      {"共受理政府信息公开申请15件，其中自然人申请12件。", "12", "13"},
      {"共受理政府信息公开申请15件，其中法人或其他组织申请2件。", "2", "1"},
      {"本年度新收政府信息公开申请14件，其中同意公开2件。", "2", "0"},
      {"本年制发规章1件。", "1", "0"},
      {"废止行政规范性文件2件。", "2", "0"},
      {"全年作出行政强制决定2件。", "2", "0"},
      {"本年制发行政规范性文件3件。", "3", "0"},
      {"现行有效行政规范性文件20件。", "20", "21"},
      {"作出行政处罚决定5件。", "5", "0"},
    };
    // The expected sums are those of shared/reports/linfen-yaodu-2024.expected.json.
    for (String[] c : cases) {
      String sentence = c[0];
      if (c.length > 3) {
        // Agrees with the tables: no finding.
        assertTrue(
            VALIDATOR
                .validate(overview(REAL, sentence))
                .byRule(Rules.NARRATIVE_TABLE_MISMATCH)
                .isEmpty(),
            sentence);
        continue;
      }
      List<Problem> found =
          VALIDATOR.validate(overview(REAL, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH);
      assertEquals(1, found.size(), sentence + ": " + found);
      Problem v = found.get(0);
      assertEquals(new BigDecimal(c[1]), v.stated().get(), sentence);
      assertEquals(new BigDecimal(c[2]), v.computed().get(), sentence);
      String message = v.message(Locale.CHINESE);
      assertTrue(message.contains(sentence.substring(0, sentence.length() - 1)), message);
      int offset = LinfenYaodu2024.OVERVIEW.length() + 1;
      assertTrue(message.contains("第" + offset + "字起"), message);
    }
  }

  @Test
  void sentencesOfAnotherScopeAreNotCompared() {
    assertTrue(
        narrative(
                VALIDATOR.validate(
                    overview(REAL, "区政府办公室代区政府受理政府信息公开申请99件。上半年收到政府信息公开申请7件。全年受理人大代表建议30件。")))
            .isEmpty());
  }

  @Test
  void percentages() {
    // The base may be the applications received or those answered: 3 of 12 is 25%, 3 of 15 is 20%.
    AnnualReport right = overview(REAL, "共受理政府信息公开申请15件，其中答复12件，部分公开3件，占25%。");
    assertEquals(Collections.emptyList(), narrative(VALIDATOR.validate(right)));
    AnnualReport other = overview(REAL, "共受理政府信息公开申请15件，其中答复12件，部分公开3件，占20.0%。");
    assertEquals(Collections.emptyList(), narrative(VALIDATOR.validate(other)));
    AnnualReport wrong = overview(REAL, "共受理政府信息公开申请15件，部分公开3件，占35%。");
    List<Problem> found = VALIDATOR.validate(wrong).byRule(Rules.NARRATIVE_PERCENTAGE);
    assertEquals(1, found.size());
    assertEquals(new BigDecimal("35"), found.get(0).stated().get());
    assertEquals(new BigDecimal("20"), found.get(0).computed().get());
    assertTrue(narrative(VALIDATOR.validate(wrong)).size() == 1);
  }

  @Test
  void realPercentagesOfTheirCountsPass() {
    // 公安局 2024: 3, 4 and 1 of the 8 received, as its tables give them; the percentages compute.
    AnnualReport report = with(REAL, cell("/applications/newlyReceived/naturalPerson"), 7);
    report = with(report, cell("/applications/newlyReceived/total"), 7);
    report = with(report, cell("/applications/outcomes/disclosed/naturalPerson"), 3);
    report = with(report, cell("/applications/outcomes/disclosed/total"), 3);
    // 无法提供4件, a clause of the list after the sentence of the 8 received, is read too
    report = with(report, cell("/applications/outcomes/unableToProvide/notHeld/naturalPerson"), 4);
    report = with(report, cell("/applications/outcomes/unableToProvide/notHeld/total"), 4);
    AnnualReport stated = AnnualReport.builder().from(report).overview(GONGANJU).build();
    ValidationResult result = VALIDATOR.validate(stated);
    assertEquals(Collections.emptyList(), result.byRule(Rules.NARRATIVE_PERCENTAGE));
    assertEquals(Collections.emptyList(), result.byRule(Rules.NARRATIVE_TABLE_MISMATCH));
    // And one misstated: 3 of 8 is not 33.3%.
    List<Problem> found =
        VALIDATOR
            .validate(
                AnnualReport.builder()
                    .from(report)
                    .overview(GONGANJU.replace("37.5%", "33.3%"))
                    .build())
            .byRule(Rules.NARRATIVE_PERCENTAGE);
    assertEquals(1, found.size(), found.toString());
    assertEquals(new BigDecimal("37.5"), found.get(0).computed().get());
  }

  @Test
  void feeRowWithoutFeeText() {
    AnnualReport dropped =
        with(
            with(
                with(
                    REAL, cell("/applications/outcomes/otherHandling/feeOverdue/naturalPerson"), 1),
                cell("/applications/outcomes/otherHandling/feeOverdue/total"),
                1),
            cell("/applications/outcomes/disclosed/naturalPerson"),
            4);
    dropped = with(dropped, cell("/applications/outcomes/disclosed/total"), 4);
    ValidationResult result =
        VALIDATOR.validate(
            AnnualReport.builder().from(dropped).otherMatters("无其他需要报告的事项。").build());
    assertEquals(1, result.byRule(Rules.FEE_ROW_WITHOUT_FEE_TEXT).size(), result.toString());
    // The real section 六 mentions 信息处理费.
    assertTrue(VALIDATOR.validate(dropped).byRule(Rules.FEE_ROW_WITHOUT_FEE_TEXT).isEmpty());
    // 投资促进局 2024 words it 信息公开处理费.
    assertTrue(
        VALIDATOR
            .validate(
                AnnualReport.builder().from(dropped).otherMatters("2024年度我局无收取信息公开处理费。").build())
            .byRule(Rules.FEE_ROW_WITHOUT_FEE_TEXT)
            .isEmpty());
  }

  @Test
  void feeUnit() {
    assertEquals(
        1,
        VALIDATOR.validate(withFee(REAL, new BigDecimal("0.00038"))).byRule(Rules.FEE_UNIT).size());
    // 沭阳 2025 states 4068.208 万元.
    assertTrue(
        VALIDATOR
            .validate(withFee(REAL, new BigDecimal("4068.208")))
            .byRule(Rules.FEE_UNIT)
            .isEmpty());
  }

  @Test
  void regulationsWithoutPower() {
    AnnualReport county = with(REAL, cell("/proactiveDisclosure/regulations/inForce"), 1);
    assertEquals(
        Severity.INFO,
        VALIDATOR.validate(county).byRule(Rules.REGULATIONS_WITHOUT_POWER).get(0).severity());
    AnnualReport city =
        AnnualReport.builder()
            .from(county)
            .organ("临汾市人民政府")
            .organKind(OrganKind.GOVERNMENT)
            .build();
    assertTrue(VALIDATOR.validate(city).byRule(Rules.REGULATIONS_WITHOUT_POWER).isEmpty());
    AnnualReport unknown =
        AnnualReport.builder().from(county).organ("某某中心").organKind(OrganKind.OTHER).build();
    assertTrue(VALIDATOR.validate(unknown).byRule(Rules.REGULATIONS_WITHOUT_POWER).isEmpty());
  }

  @Test
  void overviewAspects() {
    AnnualReport thin = AnnualReport.builder().from(REAL).overview("本年度主动公开政府信息100条。").build();
    List<Problem> found = VALIDATOR.validate(thin).byRule(Rules.OVERVIEW_ASPECTS);
    assertEquals(4, found.size(), found.toString());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertTrue(found.get(0).message(Locale.CHINESE).contains("依申请公开"));
  }

  @Test
  void inForceContinuityIsOnlyInformationAfterACleanup() {
    AnnualReport previous =
        AnnualReport.builder()
            .from(with(REAL, cell("/proactiveDisclosure/normativeDocuments/inForce"), 40))
            .year(2023)
            .publishedOn(LocalDate.of(2024, 1, 20))
            .build();
    previous = with(previous, cell("/applications/carriedOverToNextYear/naturalPerson"), 1);
    previous = with(previous, cell("/applications/carriedOverToNextYear/total"), 1);
    assertEquals(
        Severity.WARNING,
        VALIDATOR.validate(previous, REAL).byRule(Rules.IN_FORCE_CONTINUITY).get(0).severity());
    AnnualReport cleaned = overview(REAL, "本年度对行政规范性文件进行了全面清理，现行有效件数以本年度报告为准。");
    assertEquals(
        Severity.INFO,
        VALIDATOR.validate(previous, cleaned).byRule(Rules.IN_FORCE_CONTINUITY).get(0).severity());
  }

  @Test
  void continuityRulesDoNotRunAcrossAGapOrAnotherOrgan() {
    AnnualReport old =
        AnnualReport.builder()
            .from(with(REAL, cell("/proactiveDisclosure/normativeDocuments/inForce"), 40))
            .year(2021)
            .publishedOn(LocalDate.of(2022, 1, 20))
            .build();
    ValidationResult gap = VALIDATOR.validate(old, REAL);
    assertEquals(Collections.singletonList(Rules.YEARS_NOT_CONSECUTIVE), ids(gap));
    assertTrue(gap.violations().get(0).message(Locale.ENGLISH).contains("did not run"));
    AnnualReport other = AnnualReport.builder().from(old).year(2023).organ("临汾市尧都区教育局").build();
    assertEquals(
        Collections.singletonList(Rules.ORGAN_NAME_CHANGED), ids(VALIDATOR.validate(other, REAL)));
  }

  /** A report on which every narrative rule fires once or more. */
  static AnnualReport everyNarrativeDefect() {
    AnnualReport report =
        with(REAL, cell("/applications/outcomes/otherHandling/feeOverdue/total"), 1);
    return AnnualReport.builder()
        .from(withFee(report, new BigDecimal("0.00001")))
        .overview("共受理政府信息公开申请15件，部分公开3件，占35%，其中上年度结转3件。")
        .otherMatters("无。")
        .build();
  }

  private static List<String> ids(ValidationResult result) {
    List<String> ids = new ArrayList<>();
    for (Problem v : result.violations()) {
      ids.add(v.ruleId());
    }
    return ids;
  }

  /**
   * 平潭综合实验区 2023 (changwu/pingtan-gov-zwgk-archive, zfxxgknb/202403/87885): "予以公开及部分公开42件" is （一）
   * and （二） together (22 + 20 in its tables), once read as 部分公开 alone (42 against 20).
   */
  @Test
  void disclosedAndPartiallyDisclosedStatedTogetherAreTheirSum() {
    AnnualReport report = with(REAL, cell("/applications/outcomes/disclosed/naturalPerson"), 22);
    report = with(report, cell("/applications/outcomes/disclosed/total"), 22);
    report = with(report, cell("/applications/outcomes/partiallyDisclosed/naturalPerson"), 20);
    report = with(report, cell("/applications/outcomes/partiallyDisclosed/total"), 20);
    String sentence = "对政府信息公开申请予以公开及部分公开42件，占51.85%。";
    assertEquals(
        Collections.emptyList(),
        VALIDATOR.validate(overview(report, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH));
    List<Problem> wrong =
        VALIDATOR
            .validate(overview(report, "对政府信息公开申请予以公开及部分公开40件。"))
            .byRule(Rules.NARRATIVE_TABLE_MISMATCH);
    assertEquals(1, wrong.size(), wrong.toString());
    assertEquals(new BigDecimal("42"), wrong.get(0).computed().get());
    // 不予公开 and 部分公开 together are not this phrase
    assertFalse(NarrativePhrase.DISCLOSED_OR_PARTIALLY.pattern().matcher("不予公开及部分公开42件").find());
  }

  /**
   * Applications carried forward in the words of 上海市科委 2024 ("转下一年度办理答复的有 1 件",
   * zxj6827111-blip/KIROGOVCOMPARE tests/fixtures/annual-report/kewei-2024-source.md) and of
   * 上海市人民政府办公厅 2019 ("另有72件申请按照《条例》顺延到下年度答复"): both were read as applications answered (三（七）总计), a
   * false mismatch; they are row 四 (3 in the report of the resources).
   */
  @Test
  void applicationsPutOffToNextYearAreTheCarriedForwardOnes() {
    String[] right = {
      "所有办结的信息公开申请中，转下一年度办理答复的有3件。",
      "答复政府信息公开申请12件（另有3件申请按照《条例》顺延到下年度答复）。",
      "共受理政府信息公开申请15件，另有3件申请延期至下一年度答复。",
    };
    assertOnlyTheWrongFigureIsFound(
        REAL, right, "所有办结的信息公开申请中，转下一年度办理答复的有4件。", "/applications/carriedOverToNextYear/total");
  }

  /**
   * 荆门市东宝区 2024 (http://www.jmdbq.gov.cn/art/2025/2/8/art_28090_1130982.html):
   * "…共办结24件，结转到2025年办理7件" — the 7 was read as applications answered; with the next year named by
   * its digits, and when they are to be "继续办理", they are the ones carried forward (here with the
   * figures of the report of the resources: 14 new, 1 carried over, 12 answered, 3 carried
   * forward).
   */
  @Test
  void applicationsCarriedToANamedYearAreNotTheAnsweredOnes() {
    String[] right = {
      "2024年全区共收到依申请公开件14件，上年度结转办理件1件，共办结12件，结转到2025年办理3件。",
      "共收到政府信息公开申请14件，共办结12件，结转至2025年继续办理3件。",
    };
    assertOnlyTheWrongFigureIsFound(
        REAL,
        right,
        "共收到政府信息公开申请14件，共办结12件，结转到2025年办理2件。",
        "/applications/carriedOverToNextYear/total");
  }

  /**
   * 南京市高淳区 2022
   * (https://www.nanjing.gov.cn/zzb/zfxxgk/zfxxgknb/gqzf_72697/gcqrmzf/202302/t20230220_3830939.html):
   * "其中予以公开或部分公开59件、占45.3%" was read as 部分公开 alone; with 或, and as "予以公开（含部分公开）N件", the figure is
   * （一） and （二） together (here 22 + 20).
   */
  @Test
  void disclosedOrPartiallyDisclosedIsTheirSum() {
    AnnualReport report = with(REAL, cell("/applications/outcomes/disclosed/naturalPerson"), 22);
    report = with(report, cell("/applications/outcomes/disclosed/total"), 22);
    report = with(report, cell("/applications/outcomes/partiallyDisclosed/naturalPerson"), 20);
    report = with(report, cell("/applications/outcomes/partiallyDisclosed/total"), 20);
    String[] right = {
      "我区进一步规范政府信息公开申请答复流程，办复率100%，其中予以公开或部分公开42件、占45.3%；不予公开32件。",
      "全年办结政府信息公开申请，其中予以公开（含部分公开）42件。",
    };
    for (String sentence : right) {
      List<Problem> found =
          VALIDATOR.validate(overview(report, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH);
      // 不予公开32件 is compared, and differs: only it
      for (Problem problem : found) {
        assertTrue(problem.relatedPointers().get(0).contains("notDisclosed"), sentence + found);
      }
    }
    List<Problem> wrong =
        VALIDATOR
            .validate(overview(report, "对政府信息公开申请予以公开（含部分公开）40件。"))
            .byRule(Rules.NARRATIVE_TABLE_MISMATCH);
    assertEquals(1, wrong.size(), wrong.toString());
    assertEquals(new BigDecimal("42"), wrong.get(0).computed().get());
  }

  /**
   * 溧阳市 2025 (https://www.liyang.gov.cn/html/czly/2026/OPCKQFNA_0120/34568.html):
   * "办理政府信息公开申请61件，办结54件， 结转下一年办理7件" — 办理 counts the applications received (54 + 7), where it was
   * read as the answered ones (三（七）); 上海市宝山区人社局 2023 ("全年共办理依申请公开事项10件，均按时完成") means the answered
   * ones. Here with the figures of the report of the resources: 14 new, 1 carried over, 12
   * answered, 3 carried forward.
   */
  @Test
  void applicationsDealtWithAreReceivedOrAnswered() {
    String[] right = {
      "2025年市政府本级、政府办办理政府信息公开申请15件，办结12件，结转下一年办理3件。", "全年共办理依申请公开事项12件，均按时完成。", "全年共办理政府信息公开申请14件。",
    };
    for (String sentence : right) {
      assertEquals(
          Collections.emptyList(),
          VALIDATOR.validate(overview(REAL, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH),
          sentence);
    }
    List<Problem> wrong =
        VALIDATOR
            .validate(overview(REAL, "2024年办理政府信息公开申请16件，办结12件。"))
            .byRule(Rules.NARRATIVE_TABLE_MISMATCH);
    assertEquals(1, wrong.size(), wrong.toString());
    // the first reading, which the finding quotes: 三（七）
    assertEquals("/applications/outcomes/total/total", wrong.get(0).relatedPointers().get(0));
  }

  /**
   * 进贤县 2024
   * (https://www.taishandichan.com/jxx/jxxrmzf/zfxxgknb/202501/896c3724a4e44c74bf2fe0d23ec7ffa3.shtml):
   * "全县受理线上信息公开申请65件，依法办结62件，结转下年度办理3件，受理线下信息公开申请9件，已全部依法办结" — each figure is of one channel; 65
   * and 62 were read as all applications received and answered (against 74 and 71).
   */
  @Test
  void figuresOfOneChannelAreNotCompared() {
    String sentence = "2024年，全县受理线上信息公开申请10件，依法办结8件，结转下年度办理3件，受理线下信息公开申请4件，已全部依法办结。";
    assertEquals(
        Collections.emptyList(),
        VALIDATOR.validate(overview(REAL, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH));
    // the next sentence, of all channels, is compared
    List<Problem> wrong =
        VALIDATOR
            .validate(overview(REAL, sentence + "全年共收到政府信息公开申请16件。"))
            .byRule(Rules.NARRATIVE_TABLE_MISMATCH);
    assertEquals(1, wrong.size(), wrong.toString());
  }

  /**
   * 盐城市生态环境局 2022 (http://wap.yancheng.gov.cn/art/2023/1/18/art_33704_3955242.html):
   * "全年收到依申请公开事项94件，当年办结91件，结转2023年办理3件" — the 3, carried forward to a year named without 到 or 至,
   * was read as the applications dealt with (91 answered, 94 received). Here with the figures of
   * the report of the resources (14 new, 12 answered, 3 carried forward).
   */
  @Test
  void applicationsCarriedToAYearNamedWithoutToAreCarriedForward() {
    String sentence = "2.依申请公开办理情况。全年收到依申请公开事项14件，当年办结12件，结转2025年办理3件。";
    assertEquals(
        Collections.emptyList(),
        VALIDATOR.validate(overview(REAL, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH));
    List<Problem> wrong =
        VALIDATOR
            .validate(overview(REAL, "全年收到依申请公开事项14件，当年办结12件，结转2025年办理2件。"))
            .byRule(Rules.NARRATIVE_TABLE_MISMATCH);
    assertEquals(1, wrong.size(), wrong.toString());
    assertEquals(
        Collections.singletonList("/applications/carriedOverToNextYear/total"),
        wrong.get(0).relatedPointers());
    // the year of the report is not the next one: 全年办理 is the applications dealt with
    assertEquals(
        Arrays.asList("CARRIED_OVER_FROM_PREVIOUS_YEAR=1", "DEALT_WITH=12"),
        figures("上年结转申请1件，全年办理12件。"));
  }

  /**
   * 东阳市财政局 2024
   * (http://www.win7la.com/col/col1229304184/zfxxgkndbgbzlm491/art/2025/art_1179ad7420944ff4b97b942d986cc17a.html):
   * "…依申请公开信息合计20件，1件按无法提供办结，18件按期限答复办结，1件结转到2025年度办理" — each figure before 办结 is a part of those
   * answered (19), and was read as all of them.
   */
  @Test
  void figuresAnsweredByOutcomeAreParts() {
    String sentence = "依申请公开信息合计15件，2件按无法提供办结，10件按期限答复办结，3件结转到2025年度办理。";
    assertEquals(
        Collections.emptyList(),
        VALIDATOR.validate(overview(REAL, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH));
    // without an outcome named, the figure before 办结 is all the answered ones
    assertEquals(
        Arrays.asList("RECEIVED=15", "HANDLED_AFTER=10"), figures("共收到政府信息公开申请15件，10件按期限答复办结。"));
  }

  /**
   * 咸阳市秦都区 2024 (https://snqindu.gov.cn/zfxxgk/zfxxgknb/qzfxxgknb/202502/t20250206_1910625.html):
   * "全年依申请公开共收到群众网上申请105件，快递17件，合计122件，上年结转11件" — the 105 received online was read as all those
   * received.
   */
  @Test
  void applicationsReceivedByOneChannelAreNotAllReceived() {
    String sentence = "全年依申请公开共收到群众网上申请10件，快递4件，合计14件，上年结转1件，截至12月底已回复12件，3件正在办理中。";
    assertEquals(
        Collections.emptyList(),
        VALIDATOR.validate(overview(REAL, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH));
    assertEquals(Collections.singletonList("CARRIED_OVER_FROM_PREVIOUS_YEAR=1"), figures(sentence));
    // the total before a breakdown by channel is still read
    assertEquals(
        Collections.singletonList("RECEIVED=18"), figures("共收到政府信息公开申请18件，其中网上申请12件，信函申请6件。"));
  }

  @Test
  void phrasesAreData() {
    for (NarrativePhrase phrase : NarrativePhrase.values()) {
      assertTrue(phrase.pattern().pattern().contains("(?<n>"), phrase.name());
      assertTrue(!phrase.readings().isEmpty(), phrase.name());
    }
  }

  /**
   * Every sentence of {@code right} agrees with the report's tables, and {@code wrong} disagrees
   * with it in the one cell (or sum) at {@code pointer}.
   */
  private static void assertOnlyTheWrongFigureIsFound(
      AnnualReport report, String[] right, String wrong, String pointer) {
    for (String sentence : right) {
      assertEquals(
          Collections.emptyList(),
          VALIDATOR.validate(overview(report, sentence)).byRule(Rules.NARRATIVE_TABLE_MISMATCH),
          sentence);
    }
    List<Problem> found =
        VALIDATOR.validate(overview(report, wrong)).byRule(Rules.NARRATIVE_TABLE_MISMATCH);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Collections.singletonList(pointer), found.get(0).relatedPointers());
  }
}
