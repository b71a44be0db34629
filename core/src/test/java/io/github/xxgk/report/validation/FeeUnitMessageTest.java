package io.github.xxgk.report.validation;

import static io.github.xxgk.report.validation.Reports.withFee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FEE-UNIT's message on the fee 平潭综合实验区管委会办公室 printed for 2025 (4166.241619 万元): the amount is not
 * under one 元, it is given to a precision finer than one 元, and the message says so.
 */
class FeeUnitMessageTest {
  @Test
  void theMessageSaysThePrecisionIsFinerThanOneYuanNotThatTheAmountIsBelowIt() {
    List<Problem> found =
        ReportValidator.standard()
            .validate(withFee(LinfenYaodu2024.report(), new BigDecimal("4166.241619")))
            .byRule(Rules.FEE_UNIT);
    assertEquals(1, found.size());
    String zh = found.get(0).message(Language.ZH);
    assertTrue(zh.contains("4166.241619万元，小数超过4位，即精确到不足1元"), zh);
    assertFalse(zh.contains("万元，不足1元"), zh);
    String en = found.get(0).message(Language.EN);
    assertTrue(en.contains("4166.241619 (in 10,000 yuan), with more than 4 decimals"), en);
    assertTrue(en.contains("a precision finer than one yuan"), en);
    assertFalse(en.contains("less than one yuan"), en);
  }
}
