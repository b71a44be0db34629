package io.github.xxgk.report.form;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Other texts that published reports print for a caption of the form: older wordings, common
 * abbreviations and known typos. Readers of published reports accept them beside the official label
 * (and say so); the official label stays {@link Label#zh()}.
 *
 * <p>Only the distinctive part of a caption is listed: readers strip numbering such as "（三）", "1."
 * or "一、", full-width forms, quotes and spaces before comparing. Every variant here is a genuine
 * wording (older, shortened, or the statute's own) seen in a published report; add new ones with
 * their source. Typos are not listed: readers accept a caption within a small edit distance of
 * exactly one caption of the form, and nothing else, as that caption.
 */
public final class LabelVariants {
  private static final Map<Object, List<String>> VARIANTS = new HashMap<>();

  static {
    // 2019 wording, still printed in 2021+ reports (e.g. 沭阳县发展和改革局 2023).
    put(DisclosureItem.NORMATIVE_DOCUMENTS, "规范性文件");
    put(ApplicationRow.PARTIALLY_DISCLOSED, "部分公开");
    // The comma-separated wording follows the statute. One-off slips ("其他法律行政止公开",
    // 淮安市洪泽区 2023) are not listed: readers take a caption within a character or few of
    // exactly one caption of the form as that caption.
    put(ApplicationRow.PROHIBITED_BY_LAW, "其他法律、行政法规禁止公开");
    put(ApplicationRow.SECURITY_AND_STABILITY, "危及三安全一稳定");
    put(ApplicationRow.ENFORCEMENT_CASE_FILES, "属于行政执法案件");
    // "3.其他" printed without its number (平潭综合实验区社会事业局 2021).
    put(ApplicationRow.OTHER_HANDLING_OTHER, "其他");
    put(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, "结转下一年度继续办理", "结转下年度办理");
    put(ApplicationRow.NEWLY_RECEIVED, "本年度新收政府信息公开申请数量");
    put(DisclosureColumn.AMOUNT_WAN_YUAN, "本年收费金额(万元)", "本年收费金额");
    // "存在问题及改进情况": a 2023 区统计局 report (61.150.65.235, 1906985018193408001) names its
    // section so; "存在主要问题及改进情况": 西山区 2025 (www.kmxs.gov.cn); "存在的主要问题和改进措施":
    // 湛江市人民政府地方志办公室 2023 (www.zhanjiang.gov.cn, post_1871569) and 建章路街道 2022.
    put(
        NarrativeSection.PROBLEMS_AND_IMPROVEMENTS,
        "存在的主要问题及整改措施",
        "存在的主要问题及改进措施",
        "存在的主要问题及整改情况",
        "政府信息公开工作存在的主要问题及改进情况",
        // 平潭综合实验区农业农村局 2021
        "政府信息公开存在的主要问题及改进情况",
        "存在问题及改进情况",
        "存在主要问题及改进情况",
        "存在的主要问题和改进措施",
        // 平潭综合实验区公安局 2024 (its page under ptzhsyqgaj/zfxxgknb/202501/96806)
        "存在的主要问题及明年工作计划");
    // "其他需报告的事项": 平潭综合实验区海坛片区管理局 2025; "需要说明的其他事项与附表": 平潭综合实验区农业农村局
    // 2021 and 2025 (the heading its preface lists as well).
    put(NarrativeSection.OTHER_MATTERS, "其他需要报告事项", "其他需报告的事项", "需要说明的其他事项与附表", "需要说明的其他事项");
    // "…行政复议提起行政诉讼情况" without the comma: 威海市文登区信访局 2022 (as its PDF prints it);
    // "…行政复议及行政诉讼情况": 湛江市人民政府地方志办公室 2023, 广州市人民政府 2023.
    put(
        FormTable.RECONSIDERATION_AND_LITIGATION,
        "政府信息公开行政复议和行政诉讼情况",
        "政府信息公开行政复议与行政诉讼情况",
        "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "因政府信息公开工作被申请行政复议提起行政诉讼情况",
        "政府信息公开行政复议及行政诉讼情况");
    // "主动公开政府信息的情况": 五常市民意乡 2021; "收到和处理政府信息公开的申请情况": a county's 商务局
    // 2022 (wqx.gov.cn, 1615924770690420738).
    put(FormTable.PROACTIVE_DISCLOSURE, "主动公开政府信息情况", "主动公开政府信息的情况");
    put(FormTable.APPLICATIONS, "收到和处理政府信息公开的申请情况");
  }

  private LabelVariants() {}

  private static void put(Object key, String... variants) {
    VARIANTS.put(key, Collections.unmodifiableList(Arrays.asList(variants)));
  }

  /** Other texts printed for a row's own caption; empty when none is known. */
  public static List<String> of(FormRow row) {
    return lookup(row);
  }

  /** Other texts printed for a column's own caption; empty when none is known. */
  public static List<String> of(FormColumn column) {
    return lookup(column);
  }

  /** Other headings printed for a narrative section; empty when none is known. */
  public static List<String> of(NarrativeSection section) {
    return lookup(section);
  }

  /** Other headings printed for a table's section; empty when none is known. */
  public static List<String> of(FormTable table) {
    return lookup(table);
  }

  private static List<String> lookup(Object key) {
    List<String> variants = VARIANTS.get(key);
    return variants == null ? Collections.<String>emptyList() : variants;
  }
}
