package io.github.xxgk.report.form;

import io.github.xxgk.report.model.CaseResults;
import java.util.List;
import java.util.function.ToIntFunction;

/** The five value columns of each group of table 四, in the form's order. */
public enum CaseColumn implements FormColumn {
  /** Upheld. */
  UPHELD("upheld", Label.of("结果维持", "Upheld"), CaseResults::upheld),
  /** Corrected. */
  CORRECTED("corrected", Label.of("结果纠正", "Corrected"), CaseResults::corrected),
  /** Other results. */
  OTHER("other", Label.of("其他结果", "Other results"), CaseResults::other),
  /** Not yet concluded. */
  PENDING("pending", Label.of("尚未审结", "Pending"), CaseResults::pending),
  /** The stated total of the group. */
  TOTAL("total", Label.of("总计", "Total"), CaseResults::total);

  /** The four results, without {@link #TOTAL}: the terms of a group's total. */
  public static final List<CaseColumn> RESULTS = TotalTerms.of(values());

  private final String key;
  private final Label label;
  private final ToIntFunction<CaseResults> reader;

  CaseColumn(String key, Label label, ToIntFunction<CaseResults> reader) {
    this.key = key;
    this.label = label;
    this.reader = reader;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public Label label() {
    return label;
  }

  @Override
  public boolean isTotal() {
    return this == TOTAL;
  }

  /** This column's value in a group. */
  public int read(CaseResults results) {
    return reader.applyAsInt(results);
  }
}
