package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link PublishedWording#TITLE_WORDS}: every title pattern needs them, so that a reader may tell
 * text without them no title before trying the patterns.
 */
class TitleWordsTest {
  private static final Pattern[] TITLES = {
    PublishedWording.TITLE, PublishedWording.TITLE_YEAR_FIRST, PublishedWording.TITLE_YEAR_AFTER
  };

  /** Titles as printed (compact), one of each pattern's shapes, with and without the words. */
  private static final String[] PRINTED = {
    "某市统计局2023年政府信息公开工作年度报告",
    "2025年上海市人民政府办公厅政府信息公开工作年度报告",
    "鄂城区市场监管局政府信息公开工作年度报告(2024年度)",
    "连云区教育局政府信息公开工作2024年度报告",
    "某县人民政府2022年度的政府信息公开报告",
    "下湿壕镇政府2022年信息公开工作年度报告",
    "2022年湖口县卫生健康委员会信息公开年报"
  };

  @Test
  void everyTitleHoldsTheWordsAndNoneIsOneWithout() {
    for (String title : PRINTED) {
      boolean matched = false;
      for (Pattern pattern : TITLES) {
        matched |= pattern.matcher(title).find();
      }
      assertTrue(matched, title);
      assertTrue(title.contains(PublishedWording.TITLE_WORDS), title);
      // the same title with the words cut short or in another's place is no title at all
      for (String other : new String[] {"信息", "政务公开", "公开", ""}) {
        String without = title.replace(PublishedWording.TITLE_WORDS, other);
        for (Pattern pattern : TITLES) {
          assertFalse(pattern.matcher(without).find(), pattern + " on " + without);
        }
      }
    }
  }
}
