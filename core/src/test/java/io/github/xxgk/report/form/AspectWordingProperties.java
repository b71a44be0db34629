package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The aspects of section 一 are looked up through each word's first character ({@link
 * NarrativeWording#holds}), which says what {@link String#contains} says.
 */
class AspectWordingProperties {
  // The aspects' words, their pieces and characters sharing their first one.
  private static final String[] FRAGMENTS = {
    "主动公开", "主动", "主", "公开", "依申请", "依", "申请", "信息管理", "信息", "信息资源", "管理", "管", "平台", "平", "台",
    "监督", "监测", "保障", "考核", "培训", "培", "的", "。", "\n", " "
  };

  @Property(tries = 3000)
  void holdsIsContains(
      @ForAll("fragments") List<String> fragments, @ForAll("fragments") List<String> words) {
    String text = String.join("", fragments);
    String word = String.join("", words);
    if (!word.isEmpty()) {
      assertEquals(text.contains(word), NarrativeWording.holds(text, word), text + " / " + word);
    }
  }

  @Property(tries = 1000)
  void anAspectIsMentionedWhenTheTextHoldsOneOfItsWords(
      @ForAll("fragments") List<String> fragments) {
    String text = String.join("", fragments);
    for (NarrativeWording.Aspect aspect : NarrativeWording.OVERVIEW_ASPECTS) {
      boolean expected = false;
      for (String fragment : FRAGMENTS) {
        // Every word of an aspect is a fragment; a fragment that is a word says so.
        expected |= isWordOf(aspect, fragment) && text.contains(fragment);
      }
      assertEquals(expected, aspect.mentionedIn(text), aspect.name() + " in " + text);
    }
  }

  private static boolean isWordOf(NarrativeWording.Aspect aspect, String fragment) {
    switch (aspect.name()) {
      case "主动公开":
        return fragment.equals("主动公开");
      case "依申请公开":
        return fragment.equals("依申请");
      case "政府信息管理":
        return fragment.equals("信息管理") || fragment.equals("信息资源") || fragment.equals("管理");
      case "政府信息公开平台建设":
        return fragment.equals("平台");
      default:
        return fragment.equals("监督")
            || fragment.equals("保障")
            || fragment.equals("考核")
            || fragment.equals("培训");
    }
  }

  @Provide
  Arbitrary<List<String>> fragments() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(12);
  }
}
