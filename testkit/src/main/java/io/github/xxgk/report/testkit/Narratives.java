package io.github.xxgk.report.testkit;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.OrganKind;

/**
 * Organ names and narrative sections in the style of published reports. The text is the testkit's
 * own; the counts section 一 states are read from the tables, so they agree by construction (a
 * defect that changes a table changes what the text contradicts, see {@link NarrativeDefects}).
 * Each method makes a fixed number of draws.
 */
final class Narratives {
  private static final String[] REGIONS = {
    "临汾市尧都区",
    "太原市小店区",
    "杭州市西湖区",
    "宁波市鄞州区",
    "成都市武侯区",
    "武汉市江汉区",
    "长沙市岳麓区",
    "南京市玄武区",
    "苏州市吴中区",
    "郑州市金水区",
    "济南市历下区",
    "青岛市崂山区",
    "西安市雁塔区",
    "合肥市蜀山区",
    "福州市鼓楼区",
    "南昌市东湖区",
    "昆明市五华区",
    "贵阳市云岩区",
    "南宁市青秀区",
    "石家庄市长安区",
    "沈阳市和平区",
    "哈尔滨市南岗区",
    "兰州市城关区",
    "银川市兴庆区",
    "怀化市鹤城区",
    "威海市文登区",
    "大理白族自治州宾川县",
    "黔东南苗族侗族自治州凯里市",
    "阿勒泰地区布尔津县",
    "保定市雄县"
  };

  private static final String[] GOVERNMENTS = {"人民政府", "城关镇人民政府", "东城街道办事处", "新华乡人民政府"};

  private static final String[] DEPARTMENTS = {
    "人民政府办公室",
    "发展和改革局",
    "教育局",
    "公安局",
    "民政局",
    "司法局",
    "财政局",
    "人力资源和社会保障局",
    "自然资源局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "卫生健康局",
    "应急管理局",
    "市场监督管理局",
    "医疗保障局"
  };

  private static final String[] OTHERS = {
    "住房公积金管理中心", "经济技术开发区管理委员会", "高新技术产业开发区管理委员会", "城市管理综合执法大队"
  };

  private static final String[] PROACTIVE = {
    "坚持以公开为常态、不公开为例外，围绕中心工作做好法定主动公开内容的发布，重点领域信息公开做到应公开尽公开。",
    "通过门户网站政府信息公开专栏、政务新媒体等渠道及时发布政策文件、通知公告和工作动态，同步做好政策解读。",
    "按照政府信息公开指南和目录的要求，动态更新主动公开事项清单，确保公开内容全面、准确、及时。"
  };

  private static final String[] REQUESTS = {
    "严格按照《中华人民共和国政府信息公开条例》规定的程序和时限受理、办理政府信息公开申请，做到依法答复、规范答复。",
    "完善依申请公开登记、审核、答复、归档等工作流程，加强与申请人的沟通，提升答复质量。",
    "建立依申请公开工作台账，对需要征求意见的申请及时书面征询相关单位意见，确保在法定期限内答复。"
  };

  private static final String[] MANAGEMENT = {
    "落实公开属性源头认定和发布前保密审查机制，防止泄露国家秘密和个人隐私。",
    "定期清理已公开的政府信息，对失效文件作出标注，规范政府信息管理。",
    "健全政府信息公开审查制度，明确审查主体和程序，做到先审查、后公开。"
  };

  private static final String[] PLATFORMS = {
    "加强政府网站和政务新媒体建设管理，优化政府信息公开专栏栏目设置，提升平台的便民服务能力。",
    "推进政府网站集约化建设，统一标准规范和技术平台，保障平台安全稳定运行。",
    "完善政府信息公开专栏检索功能，做到栏目内容更新及时、搜索查找方便快捷。"
  };

  private static final String[] OVERSIGHT = {
    "将政务公开工作纳入年度目标考核，加强日常监督检查，及时督促整改发现的问题。",
    "组织开展政务公开业务培训，提升工作人员的业务能力和依法公开意识。",
    "畅通社会监督渠道，认真听取公众意见建议，推动政务公开工作提质增效。"
  };

  private static final String[] PROBLEMS = {
    "一是政策解读的形式还不够丰富，解读的针对性有待增强；二是依申请公开答复的规范化水平仍需提高。",
    "一是部分栏目信息更新不够及时；二是工作人员的业务能力与新形势新要求相比还有差距。",
    "一是主动公开的深度和广度有待拓展；二是公众参与和互动回应的渠道还需进一步畅通。"
  };

  private static final String[] IMPROVEMENTS = {
    "下一步，将进一步健全工作机制，丰富解读形式，加强业务培训，不断提升政府信息公开工作质量。",
    "下一步，将加强栏目日常维护和监测，完善依申请公开办理流程，确保答复依法依规、严谨规范。",
    "下一步，将坚持问题导向，持续深化重点领域信息公开，拓宽公众参与渠道，回应社会关切。"
  };

  private static final String[] GOVERNMENT_ACCOUNTABILITY = {
    "工作考核、社会评议和责任追究结果情况：本年度将政务公开工作纳入绩效考核，开展了社会评议，未发生责任追究情况。",
    "工作考核、社会评议和责任追究结果情况：政务公开工作已纳入年度考核并组织社会评议，本年度无责任追究情况。"
  };

  private static final String[] OTHER_MATTERS = {
    "本年度未收取信息处理费，无其他需要报告的事项。",
    "按照《政府信息公开信息处理费管理办法》的规定，本年度未收取信息处理费。无其他需要报告的事项。",
    "本机关按要求完成了政府信息公开各项工作，无收取信息处理费的情况，无其他需要报告的事项。"
  };

  private Narratives() {}

  static String organ(OrganKind kind, Randomness r) {
    String region = pick(REGIONS, r);
    String[] organs =
        kind == OrganKind.GOVERNMENT
            ? GOVERNMENTS
            : kind == OrganKind.DEPARTMENT ? DEPARTMENTS : OTHERS;
    return region + pick(organs, r);
  }

  static String overview(String organ, int year, TableDraft grid, Randomness r) {
    return year
        + "年，"
        + organ
        + "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
        + "扎实推进政府信息公开工作。\n\n（一）主动公开情况。\n\n"
        + pick(PROACTIVE, r)
        + documents(grid)
        + "\n\n（二）依申请公开情况。\n\n"
        + pick(REQUESTS, r)
        + applications(grid)
        + "\n\n（三）政府信息管理情况。\n\n"
        + pick(MANAGEMENT, r)
        + "\n\n（四）政府信息公开平台建设情况。\n\n"
        + pick(PLATFORMS, r)
        + "\n\n（五）监督保障情况。\n\n"
        + pick(OVERSIGHT, r)
        + cases(grid);
  }

  private static String documents(TableDraft g) {
    return "本年制发行政规范性文件"
        + doc(g, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED)
        + "件，废止行政规范性文件"
        + doc(g, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED)
        + "件，现行有效行政规范性文件"
        + doc(g, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE)
        + "件。全年作出行政许可决定"
        + doc(g, DisclosureItem.LICENSING, DisclosureColumn.DECISIONS)
        + "件、行政处罚决定"
        + doc(g, DisclosureItem.PUNISHMENT, DisclosureColumn.DECISIONS)
        + "件、行政强制决定"
        + doc(g, DisclosureItem.COERCION, DisclosureColumn.DECISIONS)
        + "件。";
  }

  private static String applications(TableDraft g) {
    long organisations = 0;
    for (ApplicantColumn column : ApplicantColumn.values()) {
      if (column != ApplicantColumn.NATURAL_PERSON && column != ApplicantColumn.TOTAL) {
        organisations += g.get(ApplicationRow.NEWLY_RECEIVED, column);
      }
    }
    return "本年度新收政府信息公开申请"
        + g.get(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL)
        + "件，其中自然人申请"
        + g.get(ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON)
        + "件，法人或其他组织申请"
        + organisations
        + "件。上年结转"
        + g.get(ApplicationRow.CARRIED_OVER_FROM_PREVIOUS_YEAR, ApplicantColumn.TOTAL)
        + "件，办结"
        + g.get(ApplicationRow.OUTCOMES_TOTAL, ApplicantColumn.TOTAL)
        + "件，其中予以公开"
        + g.get(ApplicationRow.DISCLOSED, ApplicantColumn.TOTAL)
        + "件，部分公开"
        + g.get(ApplicationRow.PARTIALLY_DISCLOSED, ApplicantColumn.TOTAL)
        + "件，不予公开"
        + rows(g, ApplicationRow.STATE_SECRET, ApplicationRow.ADMINISTRATIVE_INQUIRIES)
        + "件，无法提供"
        + rows(g, ApplicationRow.NOT_HELD, ApplicationRow.UNCLEAR_AFTER_CORRECTION)
        + "件，不予处理"
        + rows(g, ApplicationRow.PETITIONS_AND_COMPLAINTS, ApplicationRow.CONFIRMATION_REQUESTS)
        + "件，其他处理"
        + rows(g, ApplicationRow.CORRECTION_OVERDUE, ApplicationRow.OTHER_HANDLING_OTHER)
        + "件，结转下年度"
        + g.get(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, ApplicantColumn.TOTAL)
        + "件。";
  }

  private static String cases(TableDraft g) {
    long litigation =
        (long)
                g.get(
                    FormCells.cases(CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION, CaseColumn.TOTAL))
            + g.get(FormCells.cases(CaseGroup.LITIGATION_AFTER_RECONSIDERATION, CaseColumn.TOTAL));
    return "全年发生政府信息公开行政复议案件"
        + g.get(FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.TOTAL))
        + "件，其中维持"
        + g.get(FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.UPHELD))
        + "件，纠正"
        + g.get(FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.CORRECTED))
        + "件，其他结果"
        + g.get(FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.OTHER))
        + "件，尚未审结"
        + g.get(FormCells.cases(CaseGroup.RECONSIDERATION, CaseColumn.PENDING))
        + "件。发生政府信息公开行政诉讼案件"
        + litigation
        + "件。";
  }

  private static int doc(TableDraft g, DisclosureItem item, DisclosureColumn column) {
    return g.get(FormCells.disclosure(item, column));
  }

  private static long rows(TableDraft g, ApplicationRow first, ApplicationRow last) {
    long sum = 0;
    for (int i = first.ordinal(); i <= last.ordinal(); i++) {
      sum += g.get(ApplicationRow.values()[i], ApplicantColumn.TOTAL);
    }
    return sum;
  }

  /**
   * Article 50 (四) asks people's governments to report on assessment, evaluation and
   * accountability.
   */
  static String problems(OrganKind kind, int year, Randomness r) {
    String text =
        year + "年，政府信息公开工作取得了一定成效，但仍存在一些不足：" + pick(PROBLEMS, r) + "\n\n" + pick(IMPROVEMENTS, r);
    String accountability = pick(GOVERNMENT_ACCOUNTABILITY, r);
    return kind == OrganKind.GOVERNMENT ? text + "\n\n" + accountability : text;
  }

  static String otherMatters(Randomness r) {
    return pick(OTHER_MATTERS, r);
  }

  /** Every pick draws from the same bound, so a draw sequence does not depend on list sizes. */
  private static String pick(String[] values, Randomness r) {
    return values[
        (int) ((long) r.upTo(ReportGenerator.RAW) * values.length / (ReportGenerator.RAW + 1))];
  }
}
