package io.github.xxgk.report.form;

/** Plain words of the narrative's phrases that more than one class of the catalogue reads. */
final class Words {
  /** The words that put a figure outside table 三 ({@link NarrativePhrase#NOT_AN_APPLICATION}). */
  static final String[] NOT_AN_APPLICATION = {
    "复议", "诉讼", "案件", "举报", "投诉", "信访", "问政", "建议", "提案", "热线", "咨询", "留言", "许可", "审批"
  };

  private Words() {}
}
