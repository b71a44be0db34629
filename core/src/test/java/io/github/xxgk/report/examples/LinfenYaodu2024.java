package io.github.xxgk.report.examples;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.ApplicantCounts;
import io.github.xxgk.report.model.Applications;
import io.github.xxgk.report.model.CaseResults;
import io.github.xxgk.report.model.DecisionCount;
import io.github.xxgk.report.model.DocumentCounts;
import io.github.xxgk.report.model.FeeAmount;
import io.github.xxgk.report.model.NotDisclosed;
import io.github.xxgk.report.model.NotProcessed;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.model.OtherHandling;
import io.github.xxgk.report.model.Outcomes;
import io.github.xxgk.report.model.ProactiveDisclosure;
import io.github.xxgk.report.model.ReconsiderationAndLitigation;
import io.github.xxgk.report.model.UnableToProvide;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The 2024 report of 临汾市尧都区人民政府办公室 ({@code shared/reports/linfen-yaodu-2024.txt}), built cell by
 * cell with every total stated as published. The preface paragraph before 一 has no place in the
 * contract and is left out; the three narrative sections are verbatim.
 */
public final class LinfenYaodu2024 {
  private LinfenYaodu2024() {}

  /** Section 一 as published. */
  public static final String OVERVIEW =
      "2024年，区政府办公室在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，认真落实国家和省、市关于推进政务公开工作的部署，以人民为中心深化政务公开，持续深化主动公开，突出重点领域公开，着力强化政策解读，完善公开平台，严格规范依申请答复，提升政府信息公开质量，较好地完成了全年工作。\n"
          + "\n"
          + "（一）主动公开情况。\n"
          + "\n"
          + "全年通过“尧都区人民政府”门户网站公开发布发布信息9812条，其中，转载国务院要闻信息5651条、省政府要闻信息2939条、发布政务要闻信息911条、通知公告信息210条、尧都区政府文件信息6条、尧都区政府办公室文件信息30条、政策解读信息36条、反馈信息29条。\n"
          + "\n"
          + "目前保留有4个政务新媒体账号，其中，微信公众号两个，分别为“尧都公安”和“尧都交警大队”，新浪微博账号一个，为“平安尧都”，抖音号一个，为“尧都文旅”。现4个政务新媒体运行正常，不存在问题。\n"
          + "\n"
          + "（二）政府信息管理情况。\n"
          + "\n"
          + "严格按照《中华人民共和国政府信息公开条例》相关规定，进一步完善公开属性源头认定和发布审查工作机制，践行“公开为常态，不公开为例外”的准则，做到所有法定主动公开内容除依法涉密之外，全面、及时、准确公开。\n"
          + "\n"
          + "（三）依申请公开情况。\n"
          + "\n"
          + "区政府办公室严格按照《中华人民共和国政府信息公开条例》文件要求，进一步完善依申请公开工作办理流程，及依申请公开投诉举报受理制度，建立依申请公开工作台账，书面征询下级政府或相关职能部门意见，按时依法依规进行答复。2024年，区政府办公室全年共受理答复政府信息公开申请15件，其中上年度结转1件，12件在规定时限内依法依规予以答复，3件结转下年度继续办理。\n"
          + "\n"
          + "（四）政府信息公开平台建设情况。\n"
          + "\n"
          + "不断完善政府信息的公开属性源头认定和发布审查工作机制，确保规范性文件应公开尽公开，应解读尽解读。做好政务公开常态化监测检查，采取系统监测和人工复核相结合的方式，紧盯栏目更新不及时、更新内容不规范等问题，对政务公开各栏目进行动态化监测，及时做好政府信息公开专栏更新和维护。推进政府网站及政务新媒体建设，实现统一标准规范、统一域名格式、统一技术平台、统一安全防护、统一运维监管，进一步完善政务新媒体发布内容质量保障机制。\n"
          + "\n"
          + "（五）监督保障情况。\n"
          + "\n"
          + "加强对政府信息公开工作的日常指导和监督检查。定期召开政务公开培训会，进一步推动政务公开工作再上新台阶，定期对通报政府门户网站与政府系统政务新媒体运行情况进行检查，通过下发预警提示函和问题交办函等形式督促相关单位及时更新发布内容。加强部门监督和业务指导，加大政府网站和政务新媒体常态化监测力度，进一步细化考评环节、量化考评内容，把政务公开工作纳入年度目标考核工作，推进政务公开工作提质增效。";

  /** Section 五 as published. */
  public static final String PROBLEMS_AND_IMPROVEMENTS =
      "2024年，区政府办公室充分发挥统筹协调全区政府信息公开工作职能，督促指导全区各部门扎实做好政府信息公开工作，切实提升政府信息公开工作的质量和实效，虽然取得了一定成绩，但对照上级要求和群众期待，还存在一些不足：一是对政府信息公开工作的指导和监督力度仍需进一步加强，政府信息公开的力度、广度和深度仍需持续深化；二是政府信息依申请公开案件数量显著增加，办理答复难度不断加大。\n"
          + "\n"
          + "针对存在的不足，区政府办公室将继续按照中央、省、市和尧都区关于政府信息公开工作的部署要求，坚持问题导向、目标导向、效果导向，进一步强化组织领导，锐意进取、开拓创新，全力抓好各项工作任务落实，推动政府信息公开工作再上新台阶。一是继续认真贯彻《政府信息公开条例》，坚持以公开为常态、不公开为例外原则，不断扩大主动公开范围，不断提升群众对政府信息公开的满意度。继续完善政府网站政府信息公开平台建设，优化平台功能，全面加强政府网站和政务新媒体建设，做好政务公开工作的数据归集和数据清理，完善专栏设置，做到基本目录位置醒目、目录设置科学合理、目录链接跳转迅速、栏目内容更新及时、搜索查找方便快捷。二是切实提高依申请办理答复质量。针对依申请公开工作面临的新形势新情况新要求，完善依申请公开工作机制，加强沟通协调和研究，以审慎的态度、规范的流程和严谨的作风，不断完善办理程序和各环节工作规范，着力在标准上做细、在源头上做实，依法依规满足群众的各类信息需求，确保答复申请依法有据、严谨规范、慎重准确，进一步提升全区政府信息依申请公开工作水平。";

  /** Section 六 as published. */
  public static final String OTHER_MATTERS = "区政府办公室按要求认真完成政府信息公开各项工作，无收取信息处理费的情况，无其他需要报告的事项。";

  /** The report as published. */
  public static AnnualReport report() {
    return AnnualReport.builder()
        .edition("2021")
        .organ("临汾市尧都区人民政府办公室")
        .organKind(OrganKind.DEPARTMENT)
        .year(2024)
        .publishedOn(LocalDate.of(2025, 1, 13))
        .overview(OVERVIEW)
        .proactiveDisclosure(
            ProactiveDisclosure.builder()
                .regulations(DocumentCounts.of(0, 0, 0))
                .normativeDocuments(DocumentCounts.of(0, 0, 21))
                .licensing(DecisionCount.of(0))
                .punishment(DecisionCount.of(0))
                .coercion(DecisionCount.of(0))
                .fees(FeeAmount.of(new BigDecimal("0")))
                .build())
        .applications(
            Applications.builder()
                .newlyReceived(row(13, 0, 0, 0, 1, 0, 14))
                .carriedOverFromPreviousYear(row(1, 0, 0, 0, 0, 0, 1))
                .outcomes(
                    Outcomes.builder()
                        .disclosed(row(0, 0, 0, 0, 0, 0, 0))
                        .partiallyDisclosed(row(2, 0, 0, 0, 1, 0, 3))
                        .notDisclosed(
                            NotDisclosed.builder()
                                .stateSecret(row(0, 0, 0, 0, 0, 0, 0))
                                .prohibitedByLaw(row(0, 0, 0, 0, 0, 0, 0))
                                .securityAndStability(row(0, 0, 0, 0, 0, 0, 0))
                                .thirdPartyRights(row(0, 0, 0, 0, 0, 0, 0))
                                .internalAffairs(row(0, 0, 0, 0, 0, 0, 0))
                                .processInformation(row(0, 0, 0, 0, 0, 0, 0))
                                .enforcementCaseFiles(row(0, 0, 0, 0, 0, 0, 0))
                                .administrativeInquiries(row(0, 0, 0, 0, 0, 0, 0))
                                .build())
                        .unableToProvide(
                            UnableToProvide.builder()
                                .notHeld(row(8, 0, 0, 0, 0, 0, 8))
                                .requiresCreation(row(0, 0, 0, 0, 0, 0, 0))
                                .unclearAfterCorrection(row(0, 0, 0, 0, 0, 0, 0))
                                .build())
                        .notProcessed(
                            NotProcessed.builder()
                                .petitionsAndComplaints(row(0, 0, 0, 0, 0, 0, 0))
                                .repeatedApplications(row(1, 0, 0, 0, 0, 0, 1))
                                .publicPublications(row(0, 0, 0, 0, 0, 0, 0))
                                .excessiveApplications(row(0, 0, 0, 0, 0, 0, 0))
                                .confirmationRequests(row(0, 0, 0, 0, 0, 0, 0))
                                .build())
                        .otherHandling(
                            OtherHandling.builder()
                                .correctionOverdue(row(0, 0, 0, 0, 0, 0, 0))
                                .feeOverdue(row(0, 0, 0, 0, 0, 0, 0))
                                .other(row(0, 0, 0, 0, 0, 0, 0))
                                .build())
                        .total(row(11, 0, 0, 0, 1, 0, 12))
                        .build())
                .carriedOverToNextYear(row(3, 0, 0, 0, 0, 0, 3))
                .build())
        .reconsiderationAndLitigation(
            ReconsiderationAndLitigation.builder()
                .reconsideration(cases(1, 0, 0, 0, 1))
                .litigationWithoutReconsideration(cases(0, 0, 0, 1, 1))
                .litigationAfterReconsideration(cases(0, 0, 0, 0, 0))
                .build())
        .problemsAndImprovements(PROBLEMS_AND_IMPROVEMENTS)
        .otherMatters(OTHER_MATTERS)
        .build();
  }

  private static ApplicantCounts row(
      int naturalPerson,
      int commercialEnterprise,
      int researchInstitution,
      int socialWelfareOrganization,
      int legalServiceAgency,
      int otherOrganization,
      int total) {
    return ApplicantCounts.builder()
        .naturalPerson(naturalPerson)
        .commercialEnterprise(commercialEnterprise)
        .researchInstitution(researchInstitution)
        .socialWelfareOrganization(socialWelfareOrganization)
        .legalServiceAgency(legalServiceAgency)
        .otherOrganization(otherOrganization)
        .total(total)
        .build();
  }

  private static CaseResults cases(int upheld, int corrected, int other, int pending, int total) {
    return CaseResults.builder()
        .upheld(upheld)
        .corrected(corrected)
        .other(other)
        .pending(pending)
        .total(total)
        .build();
  }
}
