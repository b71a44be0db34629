package io.github.xxgk.report.publication.read.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.TrialTemplateLabel;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The law of near captions: every row caption of the catalogue with one character changed, dropped
 * or doubled is read as its own row or refused (not read, or ambiguous), never as another row.
 */
class NearCaptionsProperties {
  enum Slip {
    CHANGE,
    DROP,
    DOUBLE
  }

  /** The printed captions of every row the reader looks up: the form's rows and the 2019 rows. */
  static List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    List<FormRow> form = new ArrayList<>();
    form.addAll(java.util.Arrays.asList(DisclosureItem.values()));
    form.addAll(java.util.Arrays.asList(ApplicationRow.values()));
    form.addAll(java.util.Arrays.asList(CaseGroup.values()));
    for (FormRow row : form) {
      rows.add(new Object[] {row, row.label().zh()});
    }
    for (TrialTemplateLabel trial : TrialTemplateLabel.values()) {
      if (trial.isRow()) {
        rows.add(new Object[] {trial, trial.label().zh()});
      }
    }
    return rows;
  }

  /**
   * Characters to slip in: those of the form's own captions (the hardest case) and a few others.
   */
  static String alphabet() {
    StringBuilder chars = new StringBuilder("的了是在不其他公开申请政府信息x1。、");
    for (Object[] row : rows()) {
      chars.append((String) row[1]);
    }
    return chars.toString();
  }

  @Provide
  Arbitrary<Object[]> slips() {
    List<Object[]> rows = rows();
    String alphabet = alphabet();
    return Combinators.combine(
            Arbitraries.of(rows),
            Arbitraries.of(Slip.class),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, alphabet.length() - 1))
        .as(
            (row, slip, at, with) -> {
              String printed = (String) row[1];
              int i = at % printed.length();
              String slipped;
              switch (slip) {
                case CHANGE:
                  slipped =
                      printed.substring(0, i) + alphabet.charAt(with) + printed.substring(i + 1);
                  break;
                case DROP:
                  slipped = printed.substring(0, i) + printed.substring(i + 1);
                  break;
                default:
                  slipped = printed.substring(0, i + 1) + printed.substring(i);
                  break;
              }
              return new Object[] {row[0], printed, slipped};
            });
  }

  @Property(tries = 3000)
  void aSlipOfOneCharacterIsReadAsItsOwnRowOrRefused(@ForAll("slips") Object[] slip) {
    Object row = slip[0];
    String slipped = (String) slip[2];
    LabelIndex.Target exact = LabelIndex.ROWS.get(Normalizer.caption(slipped));
    if (exact != null && exact.target != row) {
      // The slip printed another row's caption letter for letter: no reader could tell. Only
      // the catalogue's own short captions do this (checked below), so it is counted, not hidden.
      Statistics.label("another caption exactly").collect(slipped);
      return;
    }
    LabelIndex.Target read = LabelIndex.row(slipped);
    String outcome = read == null ? "refused" : read.target == null ? "ambiguous" : "own row";
    Statistics.label("outcome").collect(outcome);
    if (read != null && read.target != null) {
      assertEquals(
          row, read.target, () -> slip[1] + " slipped to " + slipped + " read as " + read.target);
    }
  }

  /** The only slips that print another caption exactly are known, and the list is short. */
  @Test
  void slipsThatPrintAnotherCaptionExactlyAreOnlyAmongShortCaptions() {
    String alphabet = alphabet();
    List<String> collisions = new ArrayList<>();
    for (Object[] row : rows()) {
      String printed = (String) row[1];
      for (int i = 0; i < printed.length(); i++) {
        List<String> slips = new ArrayList<>();
        slips.add(printed.substring(0, i) + printed.substring(i + 1));
        slips.add(printed.substring(0, i + 1) + printed.substring(i));
        for (int c = 0; c < alphabet.length(); c++) {
          slips.add(printed.substring(0, i) + alphabet.charAt(c) + printed.substring(i + 1));
        }
        for (String slipped : slips) {
          LabelIndex.Target exact = LabelIndex.ROWS.get(Normalizer.caption(slipped));
          if (exact != null && exact.target != row[0]) {
            collisions.add(printed + " -> " + slipped);
          } else {
            LabelIndex.Target read = LabelIndex.row(slipped);
            assertTrue(
                read == null || read.target == null || read.target == row[0],
                () -> printed + " -> " + slipped);
          }
        }
      }
    }
    for (String collision : collisions) {
      // e.g. "2.重复申请" with one character changed cannot become another caption of 4+
      // characters; only captions the catalogue itself prints nearly alike collide.
      assertTrue(collision.length() < 40, collision);
    }
  }

  /**
   * Every column header of tables 二 and 四 (and the 2019 columns) with every slip of one character.
   */
  @Test
  void aColumnHeaderWithASlipIsReadAsItsOwnColumnOrRefused() {
    String alphabet = alphabet();
    List<Object[]> columns = new ArrayList<>();
    for (io.github.xxgk.report.form.DisclosureColumn column :
        io.github.xxgk.report.form.DisclosureColumn.values()) {
      columns.add(new Object[] {column, column.label().zh()});
    }
    for (io.github.xxgk.report.form.CaseColumn column :
        io.github.xxgk.report.form.CaseColumn.values()) {
      columns.add(new Object[] {column, column.label().zh()});
    }
    for (TrialTemplateLabel trial : TrialTemplateLabel.values()) {
      if (!trial.isRow()) {
        columns.add(new Object[] {trial, trial.label().zh()});
      }
    }
    int read = 0;
    for (Object[] column : columns) {
      String printed = (String) column[1];
      for (int i = 0; i < printed.length(); i++) {
        List<String> slips = new ArrayList<>();
        slips.add(printed.substring(0, i) + printed.substring(i + 1));
        slips.add(printed.substring(0, i + 1) + printed.substring(i));
        for (int c = 0; c < alphabet.length(); c++) {
          slips.add(printed.substring(0, i) + alphabet.charAt(c) + printed.substring(i + 1));
        }
        for (String slipped : slips) {
          if (LabelIndex.COLUMNS.containsKey(Normalizer.caption(slipped))) {
            continue; // the slip printed a caption of the form exactly
          }
          LabelIndex.Target target = LabelIndex.column(slipped);
          assertTrue(
              target == null || target.target == column[0],
              () -> printed + " -> " + slipped + " read as " + target.target);
          read += target == null ? 0 : 1;
        }
      }
    }
    assertTrue(read > 0);
  }

  @Test
  void theTypoOfHongzeIsReadAsItsRowAndTheSlipBetweenTwoRowsIsAmbiguous() {
    LabelIndex.Target typo = LabelIndex.row("2.其他法律行政止公开");
    assertNotNull(typo);
    assertEquals(ApplicationRow.PROHIBITED_BY_LAW, typo.target);
    assertTrue(typo.variant);
    // one character from （一）予以公开 and one from the variant 部分公开 of （二）
    LabelIndex.Target between = LabelIndex.row("予分公开");
    assertNotNull(between);
    assertNull(between.target);
    // a short caption allows no slip
    assertNull(LabelIndex.row("3.其它x"));
  }

  @Test
  void theDistanceIsLevenshteinWithinItsBound() {
    assertEquals(0, NearCaptions.distance("abc", "abc", 1));
    assertEquals(1, NearCaptions.distance("abc", "abd", 1));
    assertEquals(1, NearCaptions.distance("abc", "ac", 1));
    assertEquals(1, NearCaptions.distance("abc", "abbc", 2));
    assertEquals(3, NearCaptions.distance("其他法律行政止公开", "其他法律行政法规禁止公开", 3));
    assertEquals(2, NearCaptions.distance("abcdef", "abxdyf", 3));
    assertEquals(4, NearCaptions.distance("abcdef", "uvwxyz", 3));
    assertEquals(2, NearCaptions.distance("ab", "ba", 2));
  }
}
