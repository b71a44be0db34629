package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link NarrativeWording#statesInformationFee}, read by plain look-ups, says what its pattern
 * {@link NarrativeWording#INFORMATION_FEE_STATED} says.
 */
class InformationFeeWordingProperties {
  private static final String[] FRAGMENTS = {
    "信息", "公开", "处理费", "处理", "费", "收取", "费用", "任何", "未", "的", "政府", "。", "；", ";", "，", "\n", " ",
    "1", "信息处理费"
  };

  @Property(tries = 5000)
  void plainLookUpsReadAsThePattern(@ForAll("fragments") List<String> fragments) {
    String text = String.join("", fragments);
    assertEquals(
        NarrativeWording.INFORMATION_FEE_STATED.matcher(text).find(),
        NarrativeWording.statesInformationFee(text),
        text);
  }

  @Example
  void realSentences() {
    // 临汾市尧都区 2024, 沭阳县 2025 and a wording of 未收取任何费用, as published.
    assertTrue(NarrativeWording.statesInformationFee(LinfenYaodu2024.OTHER_MATTERS));
    assertTrue(
        NarrativeWording.statesInformationFee(
            "全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。"));
    assertTrue(NarrativeWording.statesInformationFee("本年度办理政府信息公开申请未收取任何费用。"));
    assertFalse(NarrativeWording.statesInformationFee("本年度收取。费用无。"));
  }

  @Provide
  Arbitrary<List<String>> fragments() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(12);
  }
}
