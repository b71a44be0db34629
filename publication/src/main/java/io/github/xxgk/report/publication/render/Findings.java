package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The findings view's additions to the page: each problem is numbered in the given order, attached
 * to the cell it names (or to its section, or to the report as a whole) and listed where it is
 * attached, with links both ways. The texts of the view are the bundle {@code
 * Findings_zh/_en.properties}.
 */
final class Findings implements Decoration {
  private static final MessageBundle TEXTS = MessageBundle.of(Findings.class, "Findings");

  private final List<Problem> problems;
  private final Language language;

  /** Problems by where they are listed: a table's or section's pointer, or "" for the report. */
  private final Map<String, List<Integer>> listed = new LinkedHashMap<>();

  private final Map<Cell, List<Integer>> byCell = new IdentityHashMap<>();
  private final Set<Cell> related = Collections.newSetFromMap(new IdentityHashMap<>());

  Findings(List<Problem> problems, Language language) {
    this.problems = problems;
    this.language = language;
    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      Optional<Cell> cell = FormCells.byPointer(problem.pointer());
      if (cell.isPresent()) {
        byCell.computeIfAbsent(cell.get(), c -> new ArrayList<>()).add(i);
      }
      for (String pointer : problem.relatedPointers()) {
        FormCells.byPointer(pointer).ifPresent(related::add);
      }
      listed.computeIfAbsent(place(problem.pointer()), p -> new ArrayList<>()).add(i);
    }
  }

  /** Where a problem at a pointer is listed: its table or narrative section, else the report. */
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
      Severity severity = problems.get(i).severity();
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
      title.append(number(i)).append(". ").append(message(problems.get(i)));
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
    List<Integer> marks = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      if (problems.get(i).pointer().equals(pointer) && problems.get(i).textOffset().isPresent()) {
        marks.add(i);
      }
    }
    marks.sort(
        (a, b) ->
            Integer.compare(
                problems.get(a).textOffset().getAsInt(), problems.get(b).textOffset().getAsInt()));
    for (int i : marks) {
      Problem problem = problems.get(i);
      int from = problem.textOffset().getAsInt();
      int to = from + problem.textLength().getAsInt();
      if (from < at || to > end || to > text.length()) {
        continue;
      }
      Markup.html(out, text.subSequence(at, from));
      out.append("<mark id=\"text-finding-")
          .append(number(i))
          .append("\" class=\"finding ")
          .append(problem.severity().name().toLowerCase(Locale.ROOT))
          .append("\" title=\"");
      Markup.html(out, number(i) + ". " + message(problem));
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
    int errors = count(Severity.ERROR);
    boolean valid = errors == 0;
    out.append("<div class=\"summary ")
        .append(valid ? "valid" : "invalid")
        .append("\" lang=\"")
        .append(TEXTS.pattern("lang", language))
        .append("\">\n<p><strong>");
    Markup.html(out, TEXTS.pattern(valid ? "valid" : "invalid", language));
    out.append("</strong> ");
    Markup.html(
        out,
        TEXTS.format("counts", language, errors, count(Severity.WARNING), count(Severity.INFO)));
    out.append("</p>\n");
    list(out, "");
    out.append("</div>\n");
  }

  private int count(Severity severity) {
    int count = 0;
    for (Problem problem : problems) {
      count += problem.severity() == severity ? 1 : 0;
    }
    return count;
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
    out.append("<ol class=\"findings\" lang=\"")
        .append(TEXTS.pattern("lang", language))
        .append("\">\n");
    for (int i : here) {
      Problem problem = problems.get(i);
      String severity = problem.severity().name().toLowerCase(Locale.ROOT);
      out.append("<li id=\"finding-")
          .append(number(i))
          .append("\" value=\"")
          .append(number(i))
          .append("\" class=\"")
          .append(severity)
          .append("\"><span class=\"severity\">");
      Markup.html(out, TEXTS.pattern(severity, language));
      out.append("</span> ");
      Optional<Cell> cell = FormCells.byPointer(problem.pointer());
      if (cell.isPresent()) {
        out.append("<a href=\"#cell-").append(CellText.number(cell.get())).append("\">");
        Markup.html(out, caption(cell.get()));
        out.append("</a>");
      } else if (problem.textOffset().isPresent()) {
        out.append("<a href=\"#text-finding-").append(number(i)).append("\"><code>");
        Markup.html(out, problem.pointer());
        out.append("</code></a>");
      } else {
        out.append("<code>");
        Markup.html(out, problem.pointer().isEmpty() ? "/" : problem.pointer());
        out.append("</code>");
      }
      out.append(": ");
      Markup.html(out, message(problem));
      out.append(" <span class=\"rule\">");
      Markup.html(out, problem.ruleId());
      out.append("</span></li>\n");
    }
    out.append("</ol>\n");
  }

  /**
   * The problem's message. The validator writes numbers in plain digits, which for a decimal at the
   * edge of what BigDecimal holds (a scale near Integer.MIN_VALUE) fails or runs to millions of
   * zeros; for such a number the page names the rule instead.
   */
  private String message(Problem problem) {
    if (huge(problem.stated()) || huge(problem.computed())) {
      return TEXTS.format("unwritable", language, problem.ruleId());
    }
    try {
      return problem.message(language);
    } catch (ArithmeticException e) {
      return TEXTS.format("unwritable", language, problem.ruleId());
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
      caption.append(label.in(language));
    }
    return caption.toString();
  }

  private static int number(int i) {
    return i + 1;
  }
}
