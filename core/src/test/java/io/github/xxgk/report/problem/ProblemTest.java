package io.github.xxgk.report.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void aProblemIsOfItsCodeWithTheCodesDefaults() {
    Problem problem = Problem.of(SampleCode.SAMPLE_PARSE).build();
    assertSame(SampleCode.SAMPLE_PARSE, problem.code());
    assertEquals("SAMPLE-PARSE", problem.ruleId());
    assertEquals(Stage.JSON, problem.stage());
    assertEquals(Severity.ERROR, problem.severity());
    assertEquals("", problem.pointer());
    assertEquals(Collections.emptyList(), problem.relatedPointers());
    assertFalse(problem.stated().isPresent());
    assertFalse(problem.computed().isPresent());
    assertEquals(OptionalInt.empty(), problem.line());
    assertEquals(OptionalInt.empty(), problem.column());
    assertEquals(OptionalInt.empty(), problem.page());
    assertEquals(OptionalInt.empty(), problem.textOffset());
    assertEquals(OptionalInt.empty(), problem.textLength());
    assertEquals("SAMPLE-PARSE", problem.messageKey());
  }

  @Test
  void everythingTheBuilderIsGivenIsKept() {
    Problem problem =
        Problem.of(SampleCode.SAMPLE_LATE)
            .severity(Severity.INFO)
            .at("/applications/newlyReceived/total")
            .related("/a", "/b")
            .stated(BigDecimal.ONE)
            .computed(BigDecimal.TEN)
            .line(3, 11)
            .page(2)
            .text(5, 7)
            .arguments("x", "y", 2)
            .build();
    assertEquals(Severity.INFO, problem.severity());
    assertEquals("/applications/newlyReceived/total", problem.pointer());
    assertEquals(Arrays.asList("/a", "/b"), problem.relatedPointers());
    assertEquals(BigDecimal.ONE, problem.stated().get());
    assertEquals(BigDecimal.TEN, problem.computed().get());
    assertEquals(OptionalInt.of(3), problem.line());
    assertEquals(OptionalInt.of(11), problem.column());
    assertEquals(OptionalInt.of(2), problem.page());
    assertEquals(OptionalInt.of(5), problem.textOffset());
    assertEquals(OptionalInt.of(7), problem.textLength());
    assertEquals(Arrays.<Object>asList("x", "y", 2), problem.arguments());
  }

  @Test
  void theMessageIsRenderedInTheLanguageAskedFor() {
    Problem problem =
        Problem.of(SampleCode.SAMPLE_PARSE).line(3, 1).arguments(3, "bad token").build();
    assertEquals("line 3 cannot be read: bad token", problem.message(Language.EN));
    assertEquals("第 3 行无法读取：bad token", problem.message(Language.ZH));
    assertEquals(problem.message(Language.ZH), problem.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(problem.message(Language.EN), problem.message(Locale.GERMAN));
    Problem variant = Problem.of(SampleCode.SAMPLE_PARSE).variant("empty").build();
    assertEquals("SAMPLE-PARSE.empty", variant.messageKey());
    assertEquals("the input is empty", variant.message(Language.EN));
  }

  @Test
  void toStringGivesSeverityIdLocationAndTheEnglishMessage() {
    assertEquals(
        "ERROR SAMPLE-PARSE at /year (3:11): line 3 cannot be read: x",
        Problem.of(SampleCode.SAMPLE_PARSE)
            .at("/year")
            .line(3, 11)
            .arguments(3, "x")
            .build()
            .toString());
    assertEquals(
        "ERROR SAMPLE-PARSE at \"\" (page 2): the input is empty",
        Problem.of(SampleCode.SAMPLE_PARSE).variant("empty").page(2).build().toString());
  }

  @Test
  void onlyAnErrorOfACodeThatWithholdsTheReportWithholdsIt() {
    assertTrue(Problem.of(SampleCode.SAMPLE_PARSE).build().withholdsReport());
    assertFalse(
        Problem.of(SampleCode.SAMPLE_PARSE).severity(Severity.WARNING).build().withholdsReport());
    assertFalse(
        Problem.of(SampleCode.SAMPLE_LATE).severity(Severity.ERROR).build().withholdsReport());
    assertTrue(SampleCode.SAMPLE_PARSE.withholdsReport());
    assertFalse(SampleCode.SAMPLE_LATE.withholdsReport());
  }

  @Test
  void equalProblemsAreThoseWithTheSameParts() {
    Problem.Builder builder = Problem.of(SampleCode.SAMPLE_PARSE).at("/year").arguments(1, "x");
    Problem one = builder.build();
    Problem two = builder.build();
    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
    assertNotEquals(one, builder.line(1, 1).build());
    assertNotEquals(one, Problem.of(SampleCode.SAMPLE_PARSE).at("/year").arguments(2, "x").build());
    assertNotEquals(one, Problem.of(SampleCode.SAMPLE_LATE).at("/year").arguments(1, "x").build());
  }

  @Test
  void theBuildersArgumentsAndPointersAreCopied() {
    Object[] arguments = {1, "x"};
    List<String> related = new java.util.ArrayList<>(Arrays.asList("/a"));
    Problem problem =
        Problem.of(SampleCode.SAMPLE_PARSE).arguments(arguments).related(related).build();
    arguments[1] = "changed";
    related.add("/b");
    assertEquals(Arrays.<Object>asList(1, "x"), problem.arguments());
    assertEquals(Arrays.asList("/a"), problem.relatedPointers());
    assertThrows(UnsupportedOperationException.class, () -> problem.relatedPointers().add("/c"));
    assertThrows(UnsupportedOperationException.class, () -> problem.arguments().set(0, 2));
  }

  @Test
  void aLineShiftMovesTheLineOnly() {
    Problem problem = Problem.of(SampleCode.SAMPLE_PARSE).line(3, 11).arguments(3, "x").build();
    Problem shifted = problem.withLineShift(10);
    assertEquals(OptionalInt.of(13), shifted.line());
    assertEquals(OptionalInt.of(11), shifted.column());
    assertEquals(problem.arguments(), shifted.arguments());
    assertSame(problem, problem.withLineShift(0));
    Problem noLine = Problem.of(SampleCode.SAMPLE_PARSE).build();
    assertSame(noLine, noLine.withLineShift(5));
    assertThrows(IllegalArgumentException.class, () -> problem.withLineShift(-3));
  }

  @Test
  void aBuilderFromAProblemAddsToIt() {
    Problem found = Problem.of(SampleCode.SAMPLE_LATE).at("/year").arguments("a", "b", 1).build();
    Problem located = found.toBuilder().line(7).build();
    assertEquals(OptionalInt.of(7), located.line());
    assertEquals(OptionalInt.empty(), located.column());
    assertEquals("/year", located.pointer());
    assertEquals(found.message(Language.EN), located.message(Language.EN));
    assertNotEquals(found, located);
    assertEquals(located, located.toBuilder().build());
  }

  @Test
  void impossiblePositionsAreRefused() {
    Problem.Builder builder = Problem.of(SampleCode.SAMPLE_PARSE);
    assertThrows(IllegalArgumentException.class, () -> builder.line(0, 1));
    assertThrows(IllegalArgumentException.class, () -> builder.line(1, 0));
    assertThrows(IllegalArgumentException.class, () -> builder.line(0));
    assertThrows(IllegalArgumentException.class, () -> builder.page(0));
    assertThrows(IllegalArgumentException.class, () -> builder.text(-1, 2));
    assertThrows(NullPointerException.class, () -> builder.at(null));
    assertThrows(NullPointerException.class, () -> Problem.of(null));
  }
}
