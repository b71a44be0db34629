package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.LabelVariants;
import io.github.xxgk.report.form.NarrativeSection;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link LabelIndex#heading}, which tells most paragraphs no heading by the last character of their
 * caption, against its definition: the heading the whole caption names.
 */
class LabelIndexHeadingTest {
  private static LabelIndex.Target byDefinition(String printed) {
    if (NormalizerTest.compactByDefinition(printed).startsWith("(")) {
      return null;
    }
    return LabelIndex.HEADINGS.get(NormalizerTest.captionByDefinition(printed));
  }

  private static List<String> headings() {
    List<String> headings = new ArrayList<>();
    for (NarrativeSection section : NarrativeSection.values()) {
      headings.add(section.label().zh());
      headings.addAll(LabelVariants.of(section));
    }
    for (FormTable table : FormTable.values()) {
      headings.add(table.label().zh());
      headings.addAll(LabelVariants.of(table));
    }
    return headings;
  }

  @Test
  void everyHeadingIsFoundAsPrinted() {
    for (String heading : headings()) {
      for (String printed :
          new String[] {
            heading,
            "一、" + heading + "：",
            " 二、 " + heading + "。 ",
            heading + ",;",
            heading + "\uff1b\u3000"
          }) {
        LabelIndex.Target target = LabelIndex.heading(printed);
        assertNotNull(target, printed);
        assertEquals(byDefinition(printed), target, printed);
      }
    }
  }

  @Provide
  Arbitrary<String> printed() {
    Arbitrary<String> heading = Arbitraries.of(headings());
    Arbitrary<String> around =
        Arbitraries.of(
            "", "一、", "（三）", "1.", " ", "：", "。", "、", "\u3000", "情况", "\u0085", "，", "x");
    return net.jqwik.api.Combinators.combine(around, heading, around, around)
        .as(
            (before, caption, after, last) -> {
              // a caption cut short or run on as well as printed whole
              String cut = caption.substring(0, Math.max(1, caption.length() - after.length()));
              return before + cut + after + last;
            });
  }

  @Property(tries = 3000)
  void aHeadingIsFoundWhereItsCaptionNamesIt(@ForAll("printed") String printed) {
    assertEquals(byDefinition(printed), LabelIndex.heading(printed), printed);
  }
}
