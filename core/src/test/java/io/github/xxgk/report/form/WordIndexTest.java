package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordIndexTest {
  private static long find(WordIndex index, String text) {
    char[] chars = text.toCharArray();
    return index.in(chars, 0, chars.length);
  }

  @Test
  void wordsInTheSameGroupsShareABitAndAreFoundByIt() {
    WordIndex index =
        new WordIndex(
            Arrays.asList(
                new String[] {"复议", "诉讼", "信访"}, new String[] {"收到", "受理"}, new String[] {"诉讼"}));
    // 复议 and 信访 are in the first group only; 诉讼 also in the third: three classes.
    assertEquals(5, index.size());
    assertEquals(3, index.classes());
    assertEquals(index.bits("复议"), index.bits("信访"));
    assertEquals(index.bits("收到"), index.bits("受理"));
    assertEquals(index.bits("复议"), find(index, "全年信访3件"));
    assertEquals(index.bits("诉讼", "受理"), find(index, "受理行政诉讼"));
    assertEquals(0, find(index, "主动公开"));
  }

  @Test
  void holdsMoreThan64WordsOfFewClasses() {
    List<String> many = new ArrayList<>();
    for (char c = '\u4e00'; many.size() < 200; c++) {
      many.add("词" + c);
    }
    WordIndex index =
        new WordIndex(
            Arrays.asList(many.toArray(new String[0]), new String[] {many.get(199), "其他"}));
    assertEquals(201, index.size());
    assertEquals(3, index.classes());
    assertEquals(index.bits(many.get(0)), find(index, "一" + many.get(123) + "二"));
    assertEquals(index.bits(many.get(199)), find(index, many.get(199)));
  }

  @Test
  void refusesMoreThan64Classes() {
    List<String[]> groups = new ArrayList<>();
    for (char c = '\u4e00'; groups.size() < 65; c++) {
      groups.add(new String[] {String.valueOf(c)});
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new WordIndex(groups));
    assertEquals(true, e.getMessage().startsWith("more than 64 classes"));
    assertEquals(64, new WordIndex(groups.subList(0, 64)).classes());
  }

  @Test
  void thePhrasesWordsUseFewerBitsThanWords() {
    // The narrative phrases' index must load; its words outnumber its bits.
    WordIndex index = NarrativePhrase.index();
    assertEquals(true, index.classes() < index.size(), index.classes() + " of " + index.size());
  }
}
