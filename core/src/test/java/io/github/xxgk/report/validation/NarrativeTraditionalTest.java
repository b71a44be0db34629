package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertAgrees;
import static io.github.xxgk.report.validation.NarrativeRealWordingsTest.assertFoundIn;
import static io.github.xxgk.report.validation.NarrativeRulesTest.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.TraditionalForms;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.resource.ShippedResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules on a report printed in traditional characters, which they read as one in
 * simplified: before, such a report had no figure compared and an {@code OVERVIEW-ASPECTS} finding
 * for aspects it names.
 *
 * <p>The real text is section 一 of 西安市高陵区人民政府 2024 as published in simplified characters
 * (http://www.gaoling.gov.cn/zwgk/zfxxgknb/zfnb/1881268348977160193.html) and as a copy of the same
 * page prints it in traditional characters
 * (http://m.46840.cn/zwgk/zfxxgknb/zfnb/1881268348977160193.html), both cut where the pages
 * corpus's excerpt ends. The other sentences are real simplified ones of the other narrative tests,
 * converted here to traditional characters by the fold's own data ({@code traditional-forms.txt},
 * each character's first traditional form): built, and said so.
 */
class NarrativeTraditionalTest {
  private static final ReportValidator VALIDATOR = ReportValidator.standard();
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  private static final String GAOLING_SIMPLIFIED =
      "2024年,高陵区认真贯彻落实《条例》要求,全面推进行政决策、执行、管理、服务、结果“五公开”,加强政府网站和政务新媒体日常管理,依法妥善办理政府信息公开申请,"
          + "扎实推进基层政务公开工作。持续深化政务公开工作,全面完成各项目标任务。\n"
          + "(一)推进政府信息主动公开。2024年,通过区政府门户网站主动公开各类信息9288条。发布规范性文件1条,其他各类区政府、区政府办文件16条;"
          + "发布规划计划、人事、财政类信息538条;政府会议、会议解读类信息60条;积极回应社会关切,政民互动栏目开展征集调查6次,在线访谈6次,"
          + "领导信箱共收到群众来信336件,已全部办结。更新优化“优化营商环境”等政务专题专栏11个。规范发布各类政务信息,政府网站质量得到优化和提升。\n"
          + "(二)规范政府信息依申请公开办理。2024年公众通过邮递、网站、现场申请等途径向区政府提交政府信息公开申请187件,已全部办结,办结率100%。"
          + "办理政府信息公开引起的行政复议13件、行政诉讼3件。\n"
          + "(三)强化政府信息管理。落实信息发布主体责任和“三审三校”“先审后发”机制,进一步规范了政府信息公开审查机制,明确文件公开属性,"
          + "将文件公开审核与审签同步实施,优化流程,提升信息公开效率。规范政策性文件解读审核程序,提升政策解读质量,增进公众对政策的正确理解。\n"
          + "(四)完善政府信息公开平台建设。优化区政府门户网站平台设置,加强政务新媒体管理,组成新媒体矩阵。";

  private static final String GAOLING_TRADITIONAL =
      "2024年,高陵區認真貫徹落實《條例》要求,全面推進行政決策、執行、管理、服務、結果“五公開”,加強政府網站和政務新媒體日常管理,依法妥善辦理政府信息公開申請,"
          + "扎實推進基層政務公開工作。持續深化政務公開工作,全面完成各項目標任務。\n"
          + "(一)推進政府信息主動公開。2024年,通過區政府門戶網站主動公開各類信息9288條。發布規范性文件1條,其他各類區政府、區政府辦文件16條;"
          + "發布規劃計劃、人事、財政類信息538條;政府會議、會議解讀類信息60條;積極回應社會關切,政民互動欄目開展征集調查6次,在線訪談6次,"
          + "領導信箱共收到群眾來信336件,已全部辦結。更新優化“優化營商環境”等政務專題專欄11個。規范發布各類政務信息,政府網站質量得到優化和提升。\n"
          + "(二)規范政府信息依申請公開辦理。2024年公眾通過郵遞、網站、現場申請等途徑向區政府提交政府信息公開申請187件,已全部辦結,辦結率100%。"
          + "辦理政府信息公開引起的行政復議13件、行政訴訟3件。\n"
          + "(三)強化政府信息管理。落實信息發布主體責任和“三審三校”“先審后發”機制,進一步規范了政府信息公開審查機制,明確文件公開屬性,"
          + "將文件公開審核與審簽同步實施,優化流程,提升信息公開效率。規范政策性文件解讀審核程序,提升政策解讀質量,增進公眾對政策的正確理解。\n"
          + "(四)完善政府信息公開平臺建設。優化區政府門戶網站平臺設置,加強政務新媒體管理,組成新媒體矩陣。";

  @Test
  void aRealSectionInTraditionalCharactersStatesTheFiguresItStatesInSimplified() {
    assertEquals(Arrays.asList("RECONSIDERATION=13", "LITIGATION=3"), figures(GAOLING_SIMPLIFIED));
    assertEquals(figures(GAOLING_SIMPLIFIED), figures(GAOLING_TRADITIONAL));
    // with the figures of the report of the resources (1 reconsideration, 1 lawsuit)
    String cases = "辦理政府信息公開引起的行政復議1件、行政訴訟1件。";
    assertAgrees(cases);
    assertFoundIn(
        cases.replace("復議1件", "復議2件"), "/reconsiderationAndLitigation/reconsideration/total");
  }

  @Test
  void aRealSectionInTraditionalCharactersNamesTheAspectsItNamesInSimplified() {
    List<Object> simplified = aspectsMissing(GAOLING_SIMPLIFIED);
    // the excerpt ends before (五), its supervision
    assertEquals(Collections.singletonList((Object) "监督保障"), simplified);
    assertEquals(simplified, aspectsMissing(GAOLING_TRADITIONAL));
  }

  /**
   * 攸县人民政府办公室 2023 (NarrativeRealScopesTest), converted: a county's figures are no contradiction.
   */
  @Test
  void aWiderScopeInTraditionalCharactersIsNoContradiction() {
    String county = "2024年，全县共受理依申请公开62件（其中上年结转3件），委托县自然资源局办理自然资源类政府信息公开申请25件。";
    assertEquals(figures(county), figures(traditional(county)));
    assertAgrees(traditional(county));
    assertFoundIn(
        traditional(county.replace("全县", "我办").replace("结转3件", "结转1件")),
        "/applications/newlyReceived/total",
        "/applications/carriedOverFromPreviousYear/total");
  }

  /**
   * Channels (NarrativeRealWordingsTest's sentences, converted): both named together are all of
   * them, one named within brackets closed before a figure does not scope it, and one named before
   * a figure does (the last sentence built on the others' wording).
   */
  @Test
  void channelsInTraditionalCharactersScopeTheFiguresAsInSimplified() {
    String bracketed = "共收到政府信息公开申请14件（其中线上申请10件，线下申请4件），本年度办结12件。";
    String both = "全年通过线上线下渠道共受理政府信息公开申请14件。";
    String one = "共受理政府信息公开申请14件，办结12件，其中线上申请10件，办结8件。";
    assertEquals(Arrays.asList("RECEIVED=14", "HANDLED=12"), figures(traditional(bracketed)));
    assertEquals(Collections.singletonList("RECEIVED=14"), figures(traditional(both)));
    assertEquals(Arrays.asList("RECEIVED=14", "HANDLED=12"), figures(traditional(one)));
    for (String sentence : Arrays.asList(bracketed, both, one)) {
      assertEquals(figures(sentence), figures(traditional(sentence)));
      assertAgrees(traditional(sentence));
    }
  }

  /** Section 六 stating the fee in traditional characters states it. */
  @Test
  void theFeeStatedInTraditionalCharactersIsStated() {
    String other = "本年度未收取信息处理费。";
    AnnualReport report =
        AnnualReport.builder().from(REAL).otherMatters(traditional(other)).build();
    assertEquals(
        Collections.emptyList(),
        VALIDATOR.validate(report).byRule(Rules.INFORMATION_FEE_NOT_STATED));
  }

  private static List<Object> aspectsMissing(String overview) {
    AnnualReport report = AnnualReport.builder().from(REAL).overview(overview).build();
    List<Object> aspects = new ArrayList<>();
    for (Problem problem : VALIDATOR.validate(report).byRule(Rules.OVERVIEW_ASPECTS)) {
      aspects.add(problem.arguments().get(1));
    }
    return aspects;
  }

  // Each character of the catalogue as its first traditional form in the fold's data.
  private static final Map<Character, Character> TRADITIONAL = new HashMap<>();

  static {
    String data = ShippedResource.text(TraditionalForms.class, "traditional-forms.txt");
    for (String line : data.split("\n")) {
      if (line.length() > 1 && line.charAt(0) != '#') {
        TRADITIONAL.put(line.charAt(0), line.charAt(1));
      }
    }
  }

  /** A simplified text in traditional characters, as far as the catalogue's characters go. */
  static String traditional(String simplified) {
    StringBuilder out = new StringBuilder(simplified.length());
    for (char c : simplified.toCharArray()) {
      out.append(TRADITIONAL.getOrDefault(c, c));
    }
    return out.toString();
  }
}
