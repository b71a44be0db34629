package io.github.xxgk.report.publication.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.publication.read.match.CellMark;
import io.github.xxgk.report.publication.read.match.ReadCell;
import io.github.xxgk.report.testkit.ReportGenerator;
import io.github.xxgk.report.testkit.SplitMix64;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Issue 14's rule for PDFs: a generated report laid out as organs print theirs from Word ({@link
 * ReportPdf}), one value cell printed damaged (in full-width digits, grouped, as "—" or nothing,
 * another number, with a note or a footnote's mark, its digits set apart, a second number under
 * it), the page numbers in another format, a running header atop every page, or the pages' crop box
 * cutting the tables (PDF-TABLE-CLIPPED), reads to a report whose every cell is what the PDF
 * prints, or names the cell in a problem, or gives no report and an ERROR; never an exception,
 * never a hang (the deadline only guards against hangs).
 */
class DamagedPdfProperties {
  /** How the one value cell, or the pages' footers, are damaged. */
  enum Damage {
    FULL_WIDTH,
    GROUPED,
    NOT_APPLICABLE,
    BLANK,
    OTHER_NUMBER,
    NOTE,
    FOOTNOTE_MARK,
    SPACE_INSIDE,
    SECOND_LINE,
    PAGE_NUMBERS,
    RUNNING_HEADER,
    CROPPED
  }

  private static final String[] MARKS = {"①", "*", "注", "（注1）", "⑵"};
  private static final String[] FOOTERS = {"%d", "- %d -", "Page %d", "%d / 9", "— %d —"};

  @Property(tries = 10)
  void aDamagedPdfStatesEveryCellReadOrNamesIt(
      @ForAll Damage damage, @ForAll long seed, @ForAll boolean shaded) throws IOException {
    Random random = new Random(seed);
    AnnualReport report = ReportGenerator.valid(new SplitMix64(random.nextLong()));
    Cell target = FormCells.all().get(random.nextInt(FormCells.SIZE));
    String plain = ReportPdf.plain(target.value(report));
    BigDecimal value = target.amount(report);
    // what the damaged cell prints, and what that states: null when it states no one number
    String printed = plain;
    BigDecimal stated = value;
    CellMark mark = null;
    String footer = "- %d -";
    switch (damage) {
      case FULL_WIDTH:
        printed = wide(plain);
        break;
      case GROUPED:
        if (value.abs().compareTo(BigDecimal.valueOf(1000)) < 0 || target.isMoney()) {
          return;
        }
        printed = String.format(Locale.ROOT, "%,d", value.longValueExact());
        break;
      case NOT_APPLICABLE:
        printed = random.nextBoolean() ? "—" : "/";
        stated = BigDecimal.ZERO;
        mark = CellMark.NOT_APPLICABLE;
        break;
      case BLANK:
        printed = "";
        stated = BigDecimal.ZERO;
        mark = CellMark.BLANK;
        break;
      case OTHER_NUMBER:
        stated = BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 10 : 5000));
        printed = stated.toPlainString();
        break;
      case NOTE:
        printed = plain + "（其中" + (1 + random.nextInt(9)) + "件为网上申请）";
        break;
      case FOOTNOTE_MARK:
        printed = plain + MARKS[random.nextInt(MARKS.length)];
        break;
      case SPACE_INSIDE:
        if (plain.length() < 2) {
          return;
        }
        int cut = 1 + random.nextInt(plain.length() - 1);
        printed = plain.substring(0, cut) + " " + plain.substring(cut);
        stated = null;
        break;
      case SECOND_LINE:
        printed = plain + "\n" + (1 + random.nextInt(30));
        stated = null;
        break;
      case PAGE_NUMBERS:
      case RUNNING_HEADER:
      case CROPPED:
        footer = FOOTERS[random.nextInt(FOOTERS.length)];
        break;
      default:
        throw new AssertionError(damage);
    }
    String cell = printed;
    byte[] pdf =
        ReportPdf.layout(
            report, c -> c == target ? cell : ReportPdf.plain(c.value(report)), footer, shaded);
    if (damage == Damage.RUNNING_HEADER) {
      pdf = ReportPdf.header(pdf, report.organ() + report.year() + "年政府信息公开工作年度报告");
    } else if (damage == Damage.CROPPED) {
      pdf = ReportPdf.cropped(pdf, 0.6f + 0.3f * random.nextFloat());
    }
    byte[] bytes = pdf;
    String where =
        damage
            + " "
            + target.pointer()
            + " ["
            + printed
            + "] footer "
            + footer
            + (shaded ? " shaded" : "");
    PdfReadResult result;
    try {
      result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> PdfReportReader.create().read(bytes), () -> where);
    } catch (RuntimeException e) {
      throw new AssertionError("exception reading " + where, e);
    }
    if (!result.report().isPresent()) {
      assertTrue(result.hasErrors(), () -> "no report and no ERROR: " + where);
      return;
    }
    List<Problem> problems = new ArrayList<>(result.pdfProblems());
    problems.addAll(result.reading().get().problems());
    Map<Cell, ReadCell> cells = result.reading().get().cells();
    List<String> wrong = new ArrayList<>();
    for (Cell c : FormCells.all()) {
      ReadCell read = cells.get(c);
      boolean right;
      if (c != target) {
        right = read != null && read.value().compareTo(c.amount(report)) == 0;
      } else {
        right =
            stated != null
                && read != null
                && read.value().compareTo(stated) == 0
                && read.mark().orElse(null) == mark;
      }
      if (!right && !named(problems, c)) {
        wrong.add(c.pointer() + " read " + read);
      }
    }
    assertEquals(Collections.emptyList(), wrong, () -> where + " " + problems);
  }

  private static boolean named(List<Problem> problems, Cell cell) {
    for (Problem problem : problems) {
      if (problem.severity().compareTo(Severity.WARNING) >= 0
          && !problem.pointer().isEmpty()
          && (cell.pointer() + "/").startsWith(problem.pointer() + "/")) {
        return true;
      }
    }
    return false;
  }

  private static String wide(String plain) {
    StringBuilder out = new StringBuilder();
    for (char c : plain.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uff10') : c);
    }
    return out.toString();
  }
}
