package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.LabelVariants;
import io.github.xxgk.report.form.Paper;
import io.github.xxgk.report.form.PaperCell;
import io.github.xxgk.report.form.PaperTable;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.form.TrialTemplateLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The captions in text whose tables a text extraction ran together ({@link FlatTables}): which of
 * the form's rows a text prints, where a row's caption stands followed by a number, whether the
 * text between two rows holds nothing but captions the form prints, and whether the text holds the
 * 2019 template's. The values between the captions are {@link RunTogetherValues}'.
 */
final class RunTogetherCaptions {
  /** Longer text between two rows of a table is no header: the table has ended. */
  private static final int MAX_BETWEEN = 2000;

  /** The most places a caption is looked at to tell a row from a mention, bounding hostile text. */
  private static final int MAX_MENTIONS = 64;

  /** How far before a table's first row its header's last caption is looked for. */
  private static final int CAPTION_BEFORE = 40;

  /**
   * The captions the form prints, each once, in an array: every position between two rows is
   * compared with all of them, which iterating a hash set made slower than the comparisons.
   */
  private static final String[] CAPTIONS;

  private static final List<FormRow> ROWS = new ArrayList<>();

  /** Each row's printed captions: its official text, then its listed variants. */
  private static final Map<FormRow, List<String>> PRINTED = new HashMap<>();

  /** The 2019 template's captions that no 2021 caption contains (本年新制作数量 …). */
  private static final List<String> TRIAL = new ArrayList<>();

  static {
    Set<String> captions = new HashSet<>();
    for (PaperTable table : Paper.tables()) {
      for (PaperCell cell : table.cells()) {
        if (cell.kind() != PaperCell.Kind.VALUE && cell.label().isPresent()) {
          captions.add(Normalizer.compact(cell.label().get().zh()));
        }
      }
    }
    for (FormTable table : FormTable.values()) {
      captions.add(Normalizer.compact(table.label().zh()));
    }
    CAPTIONS = captions.toArray(new String[0]);
    for (TrialTemplateLabel trial : TrialTemplateLabel.values()) {
      String key = Normalizer.compact(trial.label().zh());
      if (captions.stream().noneMatch(caption -> caption.contains(key))) {
        TRIAL.add(key);
      }
    }
    ROWS.addAll(Arrays.asList(DisclosureItem.values()));
    ROWS.addAll(Arrays.asList(ApplicationRow.values()));
    for (FormRow row : ROWS) {
      List<String> printed = new ArrayList<>();
      printed.add(row.label().zh());
      printed.addAll(LabelVariants.of(row));
      PRINTED.put(row, Collections.unmodifiableList(printed));
    }
  }

  private RunTogetherCaptions() {}

  /**
   * The form's rows whose caption (or a variant) is printed anywhere in the text, in the form's
   * order. A row printed nowhere (a report without the 规章 row) is left out, to be found absent by
   * the matcher; a row whose caption is printed but not where the form puts it refuses the text as
   * before.
   */
  static List<FormRow> printed(String text) {
    List<FormRow> printed = new ArrayList<>();
    for (FormRow row : ROWS) {
      boolean found = false;
      for (String caption : PRINTED.get(row)) {
        found |= asRow(text, caption);
      }
      if (found) {
        printed.add(row);
      }
    }
    return printed;
  }

  /**
   * Whether a caption is printed somewhere as a row's: followed by a number, a mark or the next
   * caption the form prints, not by words. A narrative naming the caption ("公开市场监管相关规章、规范性文件") does
   * not print the row: a table without its 规章 row stays one, whose row is absent.
   */
  private static boolean asRow(String text, String caption) {
    int seen = 0;
    for (int at = text.indexOf(caption); at >= 0; at = text.indexOf(caption, at + 1)) {
      if (++seen > MAX_MENTIONS) {
        // a text naming it this often is no report's prose: taken as printed, as before this test
        return true;
      }
      int next = afterSpaces(text, at + caption.length());
      if (next == text.length()
          || Character.isDigit(text.charAt(next))
          || PublishedWording.NOT_APPLICABLE_DASHES.indexOf(text.charAt(next)) >= 0
          || startsCaption(text, next)) {
        return true;
      }
      for (String mark : PublishedWording.NOT_APPLICABLE_MARKS) {
        if (text.startsWith(mark, next)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first position at or after {@code at} that is no space. */
  private static int afterSpaces(String text, int at) {
    int next = at;
    while (next < text.length() && RunTogetherValues.isSpace(text.charAt(next))) {
      next++;
    }
    return next;
  }

  /** Whether a caption the form prints starts at {@code at} (its compact text, as printed). */
  private static boolean startsCaption(String text, int at) {
    for (String caption : CAPTIONS) {
      if (text.startsWith(caption, at)) {
        return true;
      }
    }
    for (FormRow row : ROWS) {
      if (text.startsWith(row.label().zh(), at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a row's caption (its official text, else a listed variant) is printed at or after {@code
   * from} followed by a number: {start, end}; null when it is not. Within a table the caption must
   * come before any other row's values (the next one found is the one). A table's first row is
   * looked for under the table's header: the preface may name the row with a number too
   * ("行政规范性文件3条"), which matters when the table's usual first row is not printed (no 规章 row);
   * without a header before any, the first is taken as before.
   */
  static int[] caption(String text, FormRow row, int from, boolean sameTable) {
    int[] best = null;
    int[] underHeader = null;
    for (String caption : PRINTED.get(row)) {
      for (int at = text.indexOf(caption, from); at >= 0; at = text.indexOf(caption, at + 1)) {
        int end = at + caption.length();
        int next = afterSpaces(text, end);
        if (next < text.length() && Character.isDigit(text.charAt(next))) {
          if (best == null || at < best[0]) {
            best = new int[] {at, end};
          }
          if (sameTable) {
            break;
          }
          if (afterCaption(text, at)) {
            if (underHeader == null || at < underHeader[0]) {
              underHeader = new int[] {at, end};
            }
            break;
          }
        } else if (sameTable) {
          break;
        }
      }
    }
    return underHeader != null ? underHeader : best;
  }

  /**
   * Where a row's caption (its official text, else a listed variant) is first printed at or after
   * {@code from} whatever follows it: {start, end}, the earliest of them; null when it is not. For
   * a row printed without values, whose caption the next row's caption follows.
   */
  static int[] bare(String text, FormRow row, int from) {
    int[] first = null;
    for (String caption : PRINTED.get(row)) {
      int at = text.indexOf(caption, from);
      if (at >= 0 && (first == null || at < first[0])) {
        first = new int[] {at, at + caption.length()};
      }
    }
    return first;
  }

  /** Whether the text right before {@code at} ends with a caption the form prints (a header's). */
  private static boolean afterCaption(String text, int at) {
    String before = Normalizer.compact(text.substring(Math.max(0, at - CAPTION_BEFORE), at));
    for (String caption : CAPTIONS) {
      if (before.endsWith(caption)) {
        return true;
      }
    }
    return false;
  }

  /** Whether text between two rows is nothing but captions the form prints (or nothing). */
  static boolean onlyCaptions(String between) {
    if (between.length() > MAX_BETWEEN) {
      return false;
    }
    String rest = Normalizer.compact(between);
    while (!rest.isEmpty()) {
      String longest = null;
      for (String caption : CAPTIONS) {
        if (rest.startsWith(caption) && (longest == null || caption.length() > longest.length())) {
          longest = caption;
        }
      }
      if (longest == null) {
        return false;
      }
      rest = rest.substring(longest.length());
    }
    return true;
  }

  /**
   * Whether compact text prints a caption of the 2019 template's table 二 that no 2021 caption
   * contains (本年新制作数量 …).
   */
  static boolean holdsTrial(String compact) {
    for (String trial : TRIAL) {
      if (compact.contains(trial)) {
        return true;
      }
    }
    return false;
  }
}
