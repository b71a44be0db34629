package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The posting date as a whole value (a metadata table's cell, a page's {@code PubDate}) and the
 * name of it alone in a cell.
 */
class PostingDateWordingTest {
  @Test
  void aWholeDateWithOrWithoutATimeIsAValue() {
    String[][] values = {
      {"2024-01-15", "2024", "01", "15"},
      {"2022-01-19 09:28", "2022", "01", "19"},
      {" 2024/1/5 09:30:00 ", "2024", "1", "5"},
      {"2024-01-15T09:30:00+08:00", "2024", "01", "15"},
      {"2024-01-15 09:30:00.0", "2024", "01", "15"},
      {"2024年1月15日", "2024", "1", "15"},
      {"2024年1月15日09:30", "2024", "1", "15"},
      {"\u00a02024.01.15\u3000", "2024", "01", "15"},
    };
    for (String[] value : values) {
      Matcher matcher = PublishedWording.POSTING_DATE_VALUE.matcher(value[0]);
      assertEquals(true, matcher.matches(), value[0]);
      assertEquals(value[1], matcher.group(1), value[0]);
      assertEquals(value[2], matcher.group(3), value[0]);
      assertEquals(value[3], matcher.group(4), value[0]);
    }
  }

  @Test
  void partOfADateOrMoreThanADateIsNoValue() {
    for (String value :
        new String[] {
          "2024-01",
          "20240115",
          "2024-01/15",
          "2024-01-15 发布",
          "24-01-15",
          "2024-01-15 9",
          "见正文",
          ""
        }) {
      assertFalse(PublishedWording.POSTING_DATE_VALUE.matcher(value).matches(), value);
    }
  }

  @Test
  void aCellNamingThePostingDateAloneIsALabel() {
    for (String label : new String[] {"公开日期", "发布日期：", " 发布时间 : ", "时间"}) {
      assertEquals(true, PublishedWording.POSTING_DATE_LABEL.matcher(label).matches(), label);
    }
    for (String other : new String[] {"生效日期", "成文日期", "采集时间", "公开日期 2024", "发布机构"}) {
      assertFalse(PublishedWording.POSTING_DATE_LABEL.matcher(other).matches(), other);
    }
  }
}
