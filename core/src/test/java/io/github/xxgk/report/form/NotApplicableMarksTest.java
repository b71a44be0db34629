package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotApplicableMarksTest {
  @Test
  void theMarkPrintedIsTheFirstOfTheMarksAndADash() {
    assertEquals("/", PublishedWording.NOT_APPLICABLE_MARK);
    assertEquals(
        PublishedWording.NOT_APPLICABLE_MARK, PublishedWording.NOT_APPLICABLE_MARKS.get(0));
    assertTrue(
        PublishedWording.NOT_APPLICABLE_DASHES.contains(PublishedWording.NOT_APPLICABLE_MARK));
  }

  @Test
  void everyMarkButTheWordIsARunOfTheDashes() {
    List<String> words = new ArrayList<>();
    for (String mark : PublishedWording.NOT_APPLICABLE_MARKS) {
      boolean dashes = true;
      for (char c : mark.toCharArray()) {
        dashes &= PublishedWording.NOT_APPLICABLE_DASHES.indexOf(c) >= 0;
      }
      if (!dashes) {
        words.add(mark);
      }
    }
    assertEquals(Arrays.asList("无"), words);
    assertEquals(Arrays.asList("/", "—", "－", "无"), PublishedWording.NOT_APPLICABLE_MARKS);
  }
}
