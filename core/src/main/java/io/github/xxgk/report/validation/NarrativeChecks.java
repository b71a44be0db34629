package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.NarrativePhrase;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.form.NarrativeWording;
import io.github.xxgk.report.form.RulemakingPower;
import io.github.xxgk.report.form.StatedFigure;
import io.github.xxgk.report.form.TraditionalForms;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** The rules reading the narrative sections against the tables, and the fee and power rules. */
final class NarrativeChecks {
  private static final NarrativeSection[] SECTIONS = NarrativeSection.values();
  private static final Cell FEE_OVERDUE =
      FormCells.applications(ApplicationRow.FEE_OVERDUE, ApplicantColumn.TOTAL);
  private static final Cell FEES =
      FormCells.disclosure(DisclosureItem.FEES, DisclosureColumn.AMOUNT_WAN_YUAN);
  private static final Cell[] REGULATIONS = {
    FormCells.disclosure(DisclosureItem.REGULATIONS, DisclosureColumn.ISSUED),
    FormCells.disclosure(DisclosureItem.REGULATIONS, DisclosureColumn.REPEALED),
    FormCells.disclosure(DisclosureItem.REGULATIONS, DisclosureColumn.IN_FORCE),
  };

  private static final ApplicantColumn[] APPLICANTS =
      ApplicantColumn.APPLICANTS.toArray(new ApplicantColumn[0]);

  private static final NarrativeWording.Aspect[] ASPECTS =
      NarrativeWording.OVERVIEW_ASPECTS.toArray(new NarrativeWording.Aspect[0]);

  private NarrativeChecks() {}

  /**
   * Arguments: section, sentence, sentence offset, stated figure, cells, their sum. The pointer is
   * the section's and the text range the sentence's; the related pointers are the cells of every
   * reading.
   */
  static void tableMismatch(CheckContext context) {
    AnnualReport report = context.report();
    // Direct accessor calls, not NarrativeSection.read, each unwrapped here: the Optional the
    // accessor makes then never leaves this method, and the JIT drops it once it inlines the
    // accessor. Passed on to the method below, it escaped whenever that one was not inlined (48 B
    // a valid report in the full profile).
    tableMismatch(context, report.overview().orElse(null), NarrativeSection.OVERVIEW);
    tableMismatch(
        context,
        report.problemsAndImprovements().orElse(null),
        NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
    tableMismatch(context, report.otherMatters().orElse(null), NarrativeSection.OTHER_MATTERS);
  }

  private static void tableMismatch(CheckContext context, String text, NarrativeSection section) {
    if (text == null) {
      return;
    }
    AnnualReport report = context.report();
    // Figures that agree with their cells, nearly all of them, are compared during the scan and
    // never made into objects.
    List<StatedFigure> figures = StatedFigure.disagreeing(text, context, AGREES);
    for (int f = 0; f < figures.size(); f++) {
      StatedFigure figure = figures.get(f);
      int year = figure.namedYear();
      if (figure.ofWiderScope() || year > report.year() && !figure.phrase().readsNamedYear()) {
        // A figure of a whole county or system, which the organ's tables may not count (攸县人民政府办公室
        // 2023: "全县共受理依申请公开62件"), or of a later year named right before its words
        // ("结转至2024年答复1件" in a report of 2023): no contradiction can be told.
        continue;
      }
      List<List<Cell>> readings = figure.phrase().readings();
      long first = sum(readings.get(0), context);
      List<String> related = new ArrayList<>();
      for (List<Cell> reading : readings) {
        for (Cell cell : reading) {
          if (!related.contains(cell.pointer())) {
            related.add(cell.pointer());
          }
        }
      }
      BigDecimal stated = BigDecimal.valueOf(figure.value());
      BigDecimal computed = BigDecimal.valueOf(first);
      context
          .violation(section.pointer())
          .related(related)
          .stated(stated)
          .computed(computed)
          .text(figure.sentenceOffset(), figure.sentenceLength())
          .arguments(
              section.label(),
              figure.sentence(),
              figure.sentenceOffset(),
              stated,
              readings.get(0),
              computed)
          .add();
    }
  }

  /**
   * A percentage is checked against the figures of applications received or answered stated before
   * it in its section; it passes when it is the count over any of them (which one a report means,
   * it rarely says), and without such a base it is not checked. Rounding and truncation to the
   * printed decimals both pass. Arguments: section, sentence, sentence offset, percentage, count,
   * base (the last one stated), computed percentage; the text range is the sentence's.
   */
  static void percentage(CheckContext context) {
    AnnualReport report = context.report();
    // Unwrapped here, as for tableMismatch.
    percentage(context, report.overview().orElse(null), NarrativeSection.OVERVIEW);
    percentage(
        context,
        report.problemsAndImprovements().orElse(null),
        NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
    percentage(context, report.otherMatters().orElse(null), NarrativeSection.OTHER_MATTERS);
  }

  private static void percentage(CheckContext context, String text, NarrativeSection section) {
    // Every percentage the pattern reads follows 占 (占 or 约占 after its count): one look for it
    // passes over a text without one, most of them, where the two percent signs took two.
    if (text == null
        || text.indexOf(NarrativeWording.PERCENTAGE_SHARE) < 0
        || text.indexOf(NarrativeWording.PERCENT_SIGNS.charAt(0)) < 0
            && text.indexOf(NarrativeWording.PERCENT_SIGNS.charAt(1)) < 0) {
      return;
    }
    List<StatedFigure> figures = StatedFigure.find(text);
    Matcher m = NarrativeWording.PERCENTAGE.matcher(text);
    while (m.find()) {
      long count = Long.parseLong(m.group("n").replace(",", ""));
      BigDecimal stated = new BigDecimal(m.group("p"));
      BigDecimal unit = BigDecimal.ONE.movePointLeft(stated.scale());
      long base = -1;
      boolean agrees = false;
      for (StatedFigure figure : figures) {
        NarrativePhrase phrase = figure.phrase();
        if (figure.offset() < m.start()
            && figure.value() > 0
            && (phrase == NarrativePhrase.RECEIVED
                || phrase == NarrativePhrase.NEWLY_RECEIVED
                || phrase == NarrativePhrase.HANDLED
                || phrase == NarrativePhrase.HANDLED_AFTER)) {
          base = figure.value();
          agrees |= percent(count, base).subtract(stated).abs().compareTo(unit) < 0;
        }
      }
      if (base <= 0 || agrees) {
        continue;
      }
      BigDecimal computed = percent(count, base).setScale(stated.scale(), RoundingMode.HALF_UP);
      int[] sentence = sentence(text, m.start());
      context
          .violation(section.pointer())
          .stated(stated)
          .computed(computed)
          .text(sentence[0], sentence[1] - sentence[0])
          .arguments(
              section.label(),
              text.substring(sentence[0], sentence[1]),
              sentence[0],
              stated,
              BigDecimal.valueOf(count),
              BigDecimal.valueOf(base),
              computed)
          .add();
    }
  }

  private static BigDecimal percent(long count, long base) {
    return BigDecimal.valueOf(count * 100)
        .divide(BigDecimal.valueOf(base), 10, RoundingMode.HALF_UP);
  }

  /** Arguments: the cell, its count, section 六. */
  static void feeRowWithoutFeeText(CheckContext context) {
    AnnualReport report = context.report();
    int dropped = context.count(FEE_OVERDUE);
    if (dropped <= 0) {
      return;
    }
    Optional<String> text = NarrativeSection.OTHER_MATTERS.read(report);
    // The fee as reports word it (信息公开处理费 too), or a fee notice; in traditional characters too.
    if (text.isPresent() && printedOrFolded(text.get(), NarrativeChecks::mentionsFee)) {
      return;
    }
    context
        .violation(FEE_OVERDUE)
        .related(ViolationBuilder.pointers(NarrativeSection.OTHER_MATTERS.pointer()))
        .stated(dropped)
        .arguments(FEE_OVERDUE, BigDecimal.valueOf(dropped), NarrativeSection.OTHER_MATTERS.label())
        .add();
  }

  private static boolean mentionsFee(String text) {
    return NarrativeWording.statesInformationFee(text)
        || NarrativeWording.FEE_TEXT.matcher(text).find();
  }

  /**
   * Whether {@code found} holds of the text as printed or, failing that, of the text in simplified
   * characters ({@link TraditionalForms}): a report printed in traditional characters ("信息處理費",
   * "主動公開") is read as one in simplified, and one in simplified is only scanned again when a word
   * is not found, never copied.
   */
  static boolean printedOrFolded(String text, Predicate<String> found) {
    if (found.test(text)) {
      return true;
    }
    String folded = TraditionalForms.simplified(text);
    return folded != text && found.test(folded);
  }

  /** More than 4 decimals of 万元 is below one 元. Arguments: the cell, the amount. */
  static void feeUnit(CheckContext context) {
    AnnualReport report = context.report();
    BigDecimal amount = context.amount(FEES);
    if (amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 4) {
      return;
    }
    // An absurd scale would make the plain form of the amount gigabytes long; print it as
    // E-notation.
    String printed =
        Math.abs((long) amount.scale()) > 40 ? amount.toString() : amount.toPlainString();
    context.violation(FEES).stated(amount).arguments(FEES, printed).add();
  }

  /** Arguments: the organ, then the three 规章 counts. */
  static void regulationsWithoutPower(CheckContext context) {
    AnnualReport report = context.report();
    boolean any = false;
    for (Cell cell : REGULATIONS) {
      any |= context.count(cell) != 0;
    }
    if (!any
        || RulemakingPower.canMakeRegulations(report.organ(), report.organKind())
            .orElse(Boolean.TRUE)) {
      return;
    }
    context
        .violation(DisclosureItem.REGULATIONS.pointer())
        .related(REGULATIONS)
        .arguments(
            report.organ(),
            BigDecimal.valueOf(context.count(REGULATIONS[0])),
            BigDecimal.valueOf(context.count(REGULATIONS[1])),
            BigDecimal.valueOf(context.count(REGULATIONS[2])))
        .add();
  }

  /** One finding per aspect section 一 does not mention. Arguments: section, the aspect. */
  static void overviewAspects(CheckContext context) {
    AnnualReport report = context.report();
    Optional<String> text = report.overview();
    if (!text.isPresent() || text.get().trim().isEmpty()) {
      return; // SECTION-MISSING says so
    }
    for (int a = 0; a < ASPECTS.length; a++) {
      NarrativeWording.Aspect aspect = ASPECTS[a];
      if (!printedOrFolded(text.get(), aspect::mentionedIn)) {
        context
            .violation(NarrativeSection.OVERVIEW.pointer())
            .arguments(NarrativeSection.OVERVIEW.label(), aspect.name())
            .add();
      }
    }
  }

  /** Whether any narrative section says the documents were cleaned up (清理). */
  static boolean explainsCleanup(AnnualReport report) {
    for (NarrativeSection section : SECTIONS) {
      Optional<String> text = section.read(report);
      if (text.isPresent() && printedOrFolded(text.get(), NarrativeChecks::cleansUp)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cleansUp(String text) {
    return NarrativeWording.DOCUMENT_CLEANUP.matcher(text).find();
  }

  private static final StatedFigure.Agreement<CheckContext> AGREES = NarrativeChecks::agrees;

  /**
   * Whether a stated figure equals one of its phrase's sums of cells, or such a sum with each total
   * of table 三 taken as the sum of its row's applicants: where a printed total is itself wrong
   * (APPLICATIONS-ROW-TOTAL says so), a narrative agreeing with the row's own cells is not a second
   * finding (平潭综合实验区旅游与文化体育局 2025: "全年办理政府信息公开申请1件", 1 under 自然人, 0 printed as 总计).
   */
  private static boolean agrees(CheckContext context, NarrativePhrase phrase, long value) {
    List<List<Cell>> readings = phrase.readings();
    for (int r = 0; r < readings.size(); r++) {
      if (sum(readings.get(r), context) == value
          || sumOfApplicants(readings.get(r), context) == value) {
        return true;
      }
    }
    return false;
  }

  private static long sumOfApplicants(List<Cell> reading, CheckContext context) {
    long sum = 0;
    for (int c = 0; c < reading.size(); c++) {
      Cell cell = reading.get(c);
      if (cell.table() == FormTable.APPLICATIONS && cell.column() == ApplicantColumn.TOTAL) {
        for (int a = 0; a < APPLICANTS.length; a++) {
          sum += context.count(FormCells.applications((ApplicationRow) cell.row(), APPLICANTS[a]));
        }
      } else {
        sum += context.count(cell);
      }
    }
    return sum;
  }

  private static long sum(List<Cell> reading, CheckContext context) {
    long sum = 0;
    for (int c = 0; c < reading.size(); c++) {
      sum += context.count(reading.get(c));
    }
    return sum;
  }

  private static int[] sentence(String text, int at) {
    int start = at;
    while (start > 0 && NarrativeWording.SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = at;
    while (end < text.length() && NarrativeWording.SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return new int[] {start, end};
  }
}
