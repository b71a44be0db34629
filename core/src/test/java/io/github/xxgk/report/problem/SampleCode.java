package io.github.xxgk.report.problem;

import java.util.Arrays;
import java.util.List;

/** Codes as a module would write them, for the tests of this package. */
public enum SampleCode implements Code {
  SAMPLE_PARSE(Stage.JSON, Severity.ERROR),
  SAMPLE_LATE(Stage.VALIDATION, Severity.WARNING);

  static final MessageBundle MESSAGES = MessageBundle.of(SampleCode.class, "Sample");

  private final Stage stage;
  private final Severity severity;

  SampleCode(Stage stage, Severity severity) {
    this.stage = stage;
    this.severity = severity;
  }

  @Override
  public String id() {
    return name().replace('_', '-');
  }

  @Override
  public Stage stage() {
    return stage;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public MessageBundle bundle() {
    return MESSAGES;
  }

  /** Registered for the tests in META-INF/services of the test resources. */
  public static final class Provider implements Catalogue.Provider {
    @Override
    public List<? extends Code> codes() {
      return Arrays.asList(values());
    }
  }
}
