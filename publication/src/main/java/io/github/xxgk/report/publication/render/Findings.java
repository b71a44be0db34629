package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.validation.ValidationResult;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The findings view's additions to the page: each violation is numbered in the result's order,
 * attached to the cell it names (or to its section, or to the report as a whole) and listed where
 * it is attached, with links both ways.
 */
final class Findings implements Decoration {
  private static final String BUNDLE = "io.github.xxgk.report.publication.render.Findings";

  private final ValidationResult result;
  private final Locale locale;
  private final ResourceBundle bundle;

  /** Violations by where they are listed: a table's or section's pointer, or "" for the report. */
  private final Map<String, List<Integer>> listed = new LinkedHashMap<>();

  private final Map<Cell, List<Integer>> byCell = new IdentityHashMap<>();
  private final Set<Cell> related = Collections.newSetFromMap(new IdentityHashMap<>());

  Findings(ValidationResult result, Locale locale) {
    this.result = result;
    this.locale = locale;
    this.bundle = bundle(locale);
    List<Problem> violations = result.violations();
    for (int i = 0; i < violations.size(); i++) {
      Problem violation = violations.get(i);
      Optional<Cell> cell = FormCells.byPointer(violation.pointer());
      if (cell.isPresent()) {
        byCell.computeIfAbsent(cell.get(), c -> new ArrayList<>()).add(i);
      }
      for (String pointer : violation.relatedPointers()) {
        FormCells.byPointer(pointer).ifPresent(related::add);
      }
      listed.computeIfAbsent(place(violation.pointer()), p -> new ArrayList<>()).add(i);
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    Locale chosen =
        Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE,
        chosen,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Where a violation at a pointer is listed: its table or narrative section, else the report. */
  private static String place(String pointer) {
    for (FormTable table : FormTable.values()) {
      if (startsSegment(pointer, table.pointer())) {
        return table.pointer();
      }
    }
    for (io.github.xxgk.report.form.NarrativeSection section :
        io.github.xxgk.report.form.NarrativeSection.values()) {
      if (startsSegment(pointer, section.pointer())) {
        return section.pointer();
      }
    }
    return "";
  }

  private static boolean startsSegment(String pointer, String prefix) {
    return pointer.startsWith(prefix)
        && (pointer.length() == prefix.length() || pointer.charAt(prefix.length()) == '/');
  }

  @Override
  public String classes(Cell cell) {
    List<Integer> here = byCell.get(cell);
    if (here == null) {
      return related.contains(cell) ? "related" : null;
    }
    Severity worst = Severity.INFO;
    for (int i : here) {
      Severity severity = result.violations().get(i).severity();
      if (severity.ordinal() < worst.ordinal()) {
        worst = severity;
      }
    }
    return "finding " + worst.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String title(Cell cell) {
    List<Integer> here = byCell.get(cell);
    if (here == null) {
      return null;
    }
    StringBuilder title = new StringBuilder();
    for (int i : here) {
      if (title.length() > 0) {
        title.append('\n');
      }
      title.append(number(i)).append(". ").append(message(result.violations().get(i)));
    }
    return title.toString();
  }

  @Override
  public void inCell(StringBuilder out, Cell cell) {
    List<Integer> here = byCell.get(cell);
    if (here != null) {
      for (int i : here) {
        out.append("<a class=\"ref\" href=\"#finding-")
            .append(number(i))
            .append("\">")
            .append(number(i))
            .append("</a>");
      }
    }
  }

  /**
   * A finding on a sentence of the narrative (a figure that differs from the tables) marks the
   * sentence, with a link to the finding; marks that would overlap an earlier one are left out, the
   * finding is still listed after the section.
   */
  @Override
  public void paragraph(StringBuilder out, String pointer, String text, int start, int end) {
    int at = start;
    List<Problem> violations = result.violations();
    List<Integer> marks = new ArrayList<>();
    for (int i = 0; i < violations.size(); i++) {
      if (violations.get(i).pointer().equals(pointer)
          && violations.get(i).textOffset().isPresent()) {
        marks.add(i);
      }
    }
    marks.sort(
        (a, b) ->
            Integer.compare(
                violations.get(a).textOffset().getAsInt(),
                violations.get(b).textOffset().getAsInt()));
    for (int i : marks) {
      Problem violation = violations.get(i);
      int from = violation.textOffset().getAsInt();
      int to = from + violation.textLength().getAsInt();
      if (from < at || to > end || to > text.length()) {
        continue;
      }
      Markup.html(out, text.subSequence(at, from));
      out.append("<mark id=\"text-finding-")
          .append(number(i))
          .append("\" class=\"finding ")
          .append(violation.severity().name().toLowerCase(Locale.ROOT))
          .append("\" title=\"");
      Markup.html(out, number(i) + ". " + message(violation));
      out.append("\">");
      Markup.html(out, text.subSequence(from, to));
      out.append("</mark><a class=\"ref\" href=\"#finding-")
          .append(number(i))
          .append("\">")
          .append(number(i))
          .append("</a>");
      at = to;
    }
    Markup.html(out, text.subSequence(at, end));
  }

  @Override
  public void afterTitle(StringBuilder out) {
    boolean valid = result.isValid();
    out.append("<div class=\"summary ")
        .append(valid ? "valid" : "invalid")
        .append("\" lang=\"")
        .append(bundle.getString("lang"))
        .append("\">\n<p><strong>");
    Markup.html(out, bundle.getString(valid ? "valid" : "invalid"));
    out.append("</strong> ");
    Markup.html(
        out,
        MessageFormat.format(
            bundle.getString("counts"),
            String.valueOf(result.bySeverity(Severity.ERROR).size()),
            String.valueOf(result.bySeverity(Severity.WARNING).size()),
            String.valueOf(result.bySeverity(Severity.INFO).size())));
    out.append("</p>\n");
    list(out, "");
    out.append("</div>\n");
  }

  @Override
  public void afterTable(StringBuilder out, FormTable table) {
    list(out, table.pointer());
  }

  @Override
  public void afterSection(StringBuilder out, String pointer) {
    list(out, pointer);
  }

  private void list(StringBuilder out, String place) {
    List<Integer> here = listed.get(place);
    if (here == null) {
      return;
    }
    out.append("<ol class=\"findings\" lang=\"").append(bundle.getString("lang")).append("\">\n");
    for (int i : here) {
      Problem violation = result.violations().get(i);
      String severity = violation.severity().name().toLowerCase(Locale.ROOT);
      out.append("<li id=\"finding-")
          .append(number(i))
          .append("\" value=\"")
          .append(number(i))
          .append("\" class=\"")
          .append(severity)
          .append("\"><span class=\"severity\">");
      Markup.html(out, bundle.getString(severity));
      out.append("</span> ");
      Optional<Cell> cell = FormCells.byPointer(violation.pointer());
      if (cell.isPresent()) {
        out.append("<a href=\"#cell-").append(CellText.number(cell.get())).append("\">");
        Markup.html(out, caption(cell.get()));
        out.append("</a>");
      } else if (violation.textOffset().isPresent()) {
        out.append("<a href=\"#text-finding-").append(number(i)).append("\"><code>");
        Markup.html(out, violation.pointer());
        out.append("</code></a>");
      } else {
        out.append("<code>");
        Markup.html(out, violation.pointer().isEmpty() ? "/" : violation.pointer());
        out.append("</code>");
      }
      out.append(": ");
      Markup.html(out, message(violation));
      out.append(" <span class=\"rule\">");
      Markup.html(out, violation.ruleId());
      out.append("</span></li>\n");
    }
    out.append("</ol>\n");
  }

  /**
   * The violation's message. The validator writes numbers in plain digits, which for a decimal at
   * the edge of what BigDecimal holds (a scale near Integer.MIN_VALUE) fails or runs to millions of
   * zeros; for such a number the page names the rule instead.
   */
  private String message(Problem violation) {
    if (huge(violation.stated()) || huge(violation.computed())) {
      return MessageFormat.format(bundle.getString("unwritable"), violation.ruleId());
    }
    try {
      return violation.message(locale);
    } catch (ArithmeticException e) {
      return MessageFormat.format(bundle.getString("unwritable"), violation.ruleId());
    }
  }

  private static boolean huge(Optional<java.math.BigDecimal> number) {
    return number.isPresent() && CellText.isHuge(number.get());
  }

  /** The cell in the form's terms: its row captions, then its column captions. */
  private String caption(Cell cell) {
    StringBuilder caption = new StringBuilder();
    List<Label> labels = new ArrayList<>(cell.rowLabels());
    labels.addAll(cell.columnLabels());
    for (Label label : labels) {
      if (caption.length() > 0) {
        caption.append(" / ");
      }
      caption.append(label.in(locale));
    }
    return caption.toString();
  }

  private static int number(int i) {
    return i + 1;
  }
}
