package io.github.xxgk.report.form;

import io.github.xxgk.report.model.AnnualReport;
import java.util.Optional;
import java.util.function.Function;

/** The three narrative sections of the form (一、五、六), which hold text rather than numbers. */
public enum NarrativeSection {
  /** Section 一. */
  OVERVIEW("/overview", Label.of("一、总体情况", "I. Overview"), AnnualReport::overview),
  /** Section 五. */
  PROBLEMS_AND_IMPROVEMENTS(
      "/problemsAndImprovements",
      Label.of("五、存在的主要问题及改进情况", "V. Main problems and improvements"),
      AnnualReport::problemsAndImprovements),
  /** Section 六. */
  OTHER_MATTERS(
      "/otherMatters",
      Label.of("六、其他需要报告的事项", "VI. Other matters to report"),
      AnnualReport::otherMatters);

  private final String pointer;
  private final Label label;
  private final Function<AnnualReport, Optional<String>> reader;

  NarrativeSection(String pointer, Label label, Function<AnnualReport, Optional<String>> reader) {
    this.pointer = pointer;
    this.label = label;
    this.reader = reader;
  }

  /** The section's JSON Pointer in the contract, e.g. {@code /overview}. */
  public String pointer() {
    return pointer;
  }

  /** The section's heading as printed in the form. */
  public Label label() {
    return label;
  }

  /** The section's text in a report, when the report has the section. */
  public Optional<String> read(AnnualReport report) {
    return reader.apply(report);
  }
}
