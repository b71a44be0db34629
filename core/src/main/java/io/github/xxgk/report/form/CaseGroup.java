package io.github.xxgk.report.form;

import io.github.xxgk.report.model.CaseResults;
import io.github.xxgk.report.model.ReconsiderationAndLitigation;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** The three groups of table 四, in the form's order. */
public enum CaseGroup implements FormRow {
  /** Administrative reconsideration. */
  RECONSIDERATION(
      "/reconsideration",
      Collections.<Label>emptyList(),
      Label.of("行政复议", "Administrative reconsideration"),
      ReconsiderationAndLitigation::reconsideration),
  /** Litigation brought without reconsideration. */
  LITIGATION_WITHOUT_RECONSIDERATION(
      "/litigationWithoutReconsideration",
      Groups.LITIGATION,
      Label.of("未经复议直接起诉", "Brought directly, without reconsideration"),
      ReconsiderationAndLitigation::litigationWithoutReconsideration),
  /** Litigation brought after reconsideration. */
  LITIGATION_AFTER_RECONSIDERATION(
      "/litigationAfterReconsideration",
      Groups.LITIGATION,
      Label.of("复议后起诉", "Brought after reconsideration"),
      ReconsiderationAndLitigation::litigationAfterReconsideration);

  private final String pointer;
  private final List<Label> groups;
  private final Label label;
  private final Function<ReconsiderationAndLitigation, CaseResults> reader;

  CaseGroup(
      String pointer,
      List<Label> groups,
      Label label,
      Function<ReconsiderationAndLitigation, CaseResults> reader) {
    this.pointer = pointer;
    this.groups = groups;
    this.label = label;
    this.reader = reader;
  }

  @Override
  public FormTable table() {
    return FormTable.RECONSIDERATION_AND_LITIGATION;
  }

  @Override
  public String pointer() {
    return pointer;
  }

  @Override
  public List<Label> groups() {
    return groups;
  }

  @Override
  public Label label() {
    return label;
  }

  /** Whether this group is one of the two litigation groups. */
  public boolean isLitigation() {
    return this != RECONSIDERATION;
  }

  /** This group of a report's table 四. */
  public CaseResults read(ReconsiderationAndLitigation cases) {
    return reader.apply(cases);
  }

  private static final class Groups {
    static final List<Label> LITIGATION =
        Collections.singletonList(Label.of("行政诉讼", "Administrative litigation"));
  }
}
