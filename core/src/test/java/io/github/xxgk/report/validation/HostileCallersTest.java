package io.github.xxgk.report.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Problem;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a caller's own rules, checks and extreme values can do to validation and to rendering:
 * nothing escapes {@code validate}, and a message always renders.
 */
class HostileCallersTest {
  private static final AnnualReport REAL = LinfenYaodu2024.report();

  private static Rule rule(String zh, String en) {
    return Rule.builder("XX-CUSTOM").title("自定义", "Custom").message(zh, en).build();
  }

  private static Problem only(ValidationResult result, String ruleId) {
    assertEquals(1, result.violations().size(), result.violations()::toString);
    Problem v = result.violations().get(0);
    assertEquals(ruleId, v.ruleId());
    return v;
  }

  private static Problem reported(Rule rule, Object... arguments) {
    ReportValidator validator =
        ReportValidator.builder()
            .add(rule, context -> context.violation("/organ").arguments(arguments).add())
            .build();
    return only(validator.validate(REAL), rule.id());
  }

  @Test
  void aContextKeptAfterItsCheckReturnedRefusesAViolation() {
    Rule rule = rule("{0}", "{0}");
    CheckContext[] kept = new CheckContext[1];
    ReportValidator validator = ReportValidator.builder().add(rule, c -> kept[0] = c).build();
    assertTrue(validator.validate(REAL).violations().isEmpty());
    assertEquals(rule, kept[0].rule());
    ViolationBuilder late = kept[0].violation("/organ").arguments("x");
    IllegalStateException refused = assertThrows(IllegalStateException.class, late::add);
    assertTrue(refused.getMessage().contains("XX-CUSTOM"), refused.getMessage());
  }

  @Test
  void anApostropheInACustomMessageIsAnApostrophe() {
    Problem v = reported(rule("机关名称是{0}。", "The organ's name is {0}."), "某机关");
    assertEquals("The organ's name is 某机关.", v.message(Locale.ENGLISH));
    assertEquals("机关名称是某机关。", v.message(Language.ZH));
    // Two in a row, as MessageFormat would have them, are one.
    assertEquals("it's 1", reported(rule("{0}", "it''s {0}"), 1).message(Locale.ENGLISH));
  }

  @Test
  void aBraceThatIsNoPlaceholderIsRefusedWhenTheRuleIsBuilt() {
    for (String bad :
        new String[] {"{0,number}", "{", "}", "{x}", "a {0", "{0}}", "{-1}", "{123}", "'{'"}) {
      assertThrows(IllegalArgumentException.class, () -> rule("好", bad), bad);
      assertThrows(IllegalArgumentException.class, () -> rule(bad, "fine"), bad);
    }
  }

  @Test
  void aPlaceholderWithoutAnArgumentStaysAsItIs() {
    assertEquals("a {1} b", reported(rule("{0}", "a {1} b"), 1).message(Locale.ENGLISH));
  }

  @Test
  void anArgumentWhoseToStringThrowsStillRenders() {
    Object hostile =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("no");
          }
        };
    String message = reported(rule("值：{0}", "value: {0}"), hostile).message(Locale.ENGLISH);
    assertTrue(message.startsWith("value: "), message);
  }

  @Test
  void anErrorOrASneakyCheckedExceptionFromACheckIsCheckFailed() {
    Throwable[] thrown = {
      new AssertionError("assert"),
      new LinkageError("link"),
      new java.io.IOException("io"),
      new StackOverflowError()
    };
    for (Throwable t : thrown) {
      ReportValidator validator =
          ReportValidator.builder()
              .add(rule("坏", "bad"), context -> HostileCallersTest.<RuntimeException>sneaky(t))
              .build();
      Problem v = only(validator.validate(REAL), Rules.CHECK_FAILED);
      assertTrue(v.message(Locale.ENGLISH).contains("XX-CUSTOM"), v.message(Locale.ENGLISH));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneaky(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  void aReportThatNoBuilderCouldMakeIsCheckFailedNotAnException() throws Exception {
    // Every field null, as a broken deserialisation would leave it.
    Field unsafeField = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
    unsafeField.setAccessible(true);
    Object unsafe = unsafeField.get(null);
    Class<?> type = Class.forName("io.github.xxgk.report.model.ImmutableAnnualReport");
    AnnualReport broken =
        (AnnualReport)
            unsafe.getClass().getMethod("allocateInstance", Class.class).invoke(unsafe, type);
    ValidationResult result = ReportValidator.standard().validate(broken);
    assertFalse(result.isValid());
    assertEquals(Rules.CHECK_FAILED, result.violations().get(0).ruleId());
    assertFalse(result.violations().get(0).message(Language.ZH).isEmpty());
    assertFalse(ReportValidator.standard().validate(REAL, broken).isValid());
  }

  /** Point 11: a fee with a scale far from zero renders, in plain digits or in E notation. */
  @Test
  void aFeeWithAHugeScaleRenders() {
    for (BigDecimal fee :
        new BigDecimal[] {
          new BigDecimal("-1E+2147483647"),
          new BigDecimal("-1E-2147483647"),
          new BigDecimal("1E+2147483647"),
          new BigDecimal("-12.5")
        }) {
      AnnualReport report =
          CellGrid.of(REAL)
              .set(FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN), fee)
              .toReport();
      assertEquals(
          fee,
          FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN)
              .amount(report));
      ValidationResult result = ReportValidator.standard().validate(report);
      for (Problem v : result.violations()) {
        assertFalse(v.message(Language.ZH).isEmpty());
        assertFalse(v.message(Locale.ENGLISH).isEmpty());
        assertFalse(v.toString().isEmpty());
      }
      if (fee.signum() < 0) {
        assertFalse(result.violations().isEmpty(), fee::toString);
      }
    }
    assertEquals("-1E+2147483647", MessageBundle.number(new BigDecimal("-1E+2147483647")));
    assertEquals("1000", MessageBundle.number(new BigDecimal("1E+3")));
    assertEquals("0.0012", MessageBundle.number(new BigDecimal("0.0012")));
  }
}
