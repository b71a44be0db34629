package io.github.xxgk.report.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static final Problem PARSE_ERROR = Problem.of(SampleCode.SAMPLE_PARSE).build();
  private static final Problem PARSE_WARNING =
      Problem.of(SampleCode.SAMPLE_PARSE).severity(Severity.WARNING).build();
  private static final Problem RULE_ERROR =
      Problem.of(SampleCode.SAMPLE_LATE).severity(Severity.ERROR).build();
  private static final Problem RULE_WARNING = Problem.of(SampleCode.SAMPLE_LATE).build();

  @Test
  void noErrorIsValid() {
    assertEquals(Verdict.VALID, Verdict.of(Collections.<Problem>emptyList()));
    assertEquals(Verdict.VALID, Verdict.of(Arrays.asList(RULE_WARNING, PARSE_WARNING)));
  }

  @Test
  void anErrorThatLeavesTheReportIsInvalid() {
    assertEquals(Verdict.INVALID, Verdict.of(Arrays.asList(RULE_WARNING, RULE_ERROR)));
  }

  @Test
  void anErrorThatWithholdsTheReportIsNotAReportWhateverElseThereIs() {
    assertEquals(Verdict.NOT_A_REPORT, Verdict.of(Arrays.asList(RULE_ERROR, PARSE_ERROR)));
    assertEquals(Verdict.NOT_A_REPORT, Verdict.of(Arrays.asList(PARSE_ERROR, RULE_WARNING)));
  }
}
