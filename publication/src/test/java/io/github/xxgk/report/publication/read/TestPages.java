package io.github.xxgk.report.publication.read;

import io.github.xxgk.report.form.ApplicantColumn;
import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.CaseColumn;
import io.github.xxgk.report.form.CaseGroup;
import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.DisclosureColumn;
import io.github.xxgk.report.form.DisclosureItem;
import io.github.xxgk.report.form.FormCells;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.form.NarrativeSection;
import io.github.xxgk.report.model.AnnualReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Renders a report the way real portals print it, for round-trip tests until the renderer (branch
 * render) is available: Word-exported HTML with spans, MsoNormal spans and {@code &nbsp;}, the HTML
 * table split at a page break, a page copied as one cell per line, tab-separated rows, and
 * Markdown. Captions come from the catalogue; knobs vary what real pages vary.
 */
final class TestPages {
  enum Layout {
    HTML_WORD,
    HTML_SPLIT,
    TEXT_CELL_PER_LINE,
    TEXT_TAB_ROWS,
    /** Rows flattened by copy and convert tools: "行政许可 | 0 |", spanned cells left out. */
    TEXT_PIPE_ROWS,
    MARKDOWN
  }

  /** How the values are printed. */
  static final class Style {
    boolean fullWidthDigits;
    boolean breakLabels;
    boolean thousands;

    /** Cells printed blank or "—" (they must hold 0). */
    Set<Cell> blank = new java.util.HashSet<>();

    Set<Cell> notApplicable = new java.util.HashSet<>();
  }

  private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  private TestPages() {}

  static String render(AnnualReport report, Layout layout, Style style) {
    List<List<Object>> two = tableTwo(report, style);
    List<List<Object>> three = tableThree(report, style);
    List<List<Object>> four = tableFour(report, style);
    StringBuilder out = new StringBuilder();
    boolean html = layout == Layout.HTML_WORD || layout == Layout.HTML_SPLIT;
    String title = report.organ() + report.year() + "年政府信息公开工作年度报告";
    if (html) {
      out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
          .append(esc(title))
          .append(
              "_政府信息公开年报</title><script>var a = '<table><tr><td>规章</td><td>9</td></tr></table>';</script></head><body>")
          .append(
              "<div class=\"nav\"><a href=\"/\">首页</a> <a>政务公开</a> <ul><li>2020年政府信息公开工作年度报告</li></ul></div><div class=\"article\">");
    } else if (layout == Layout.MARKDOWN) {
      out.append("# ").append(title).append("\n\n");
    } else {
      out.append(report.organ()).append("\n\n").append(report.year()).append("年政府信息公开工作年度报告\n\n");
    }
    paragraph(out, layout, NarrativeSection.OVERVIEW.label().zh(), true);
    paragraph(out, layout, report.overview().orElse(""), false);
    paragraph(out, layout, FormTable.PROACTIVE_DISCLOSURE.label().zh(), true);
    table(out, layout, two, -1);
    paragraph(out, layout, FormTable.APPLICATIONS.label().zh(), true);
    table(out, layout, three, layout == Layout.HTML_SPLIT ? 15 : -1);
    paragraph(out, layout, FormTable.RECONSIDERATION_AND_LITIGATION.label().zh(), true);
    if (layout == Layout.MARKDOWN) {
      for (CaseGroup group : CaseGroup.values()) {
        paragraph(
            out,
            layout,
            group.groups().isEmpty() ? group.label().zh() : "行政诉讼（" + group.label().zh() + "）",
            true);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (CaseColumn column : CaseColumn.values()) {
          header.add(column.label().zh());
          values.add(value(report, FormCells.cases(group, column), style));
        }
        rows.add(header);
        rows.add(values);
        table(out, layout, rows, -1);
      }
    } else {
      table(out, layout, four, -1);
    }
    paragraph(out, layout, NarrativeSection.PROBLEMS_AND_IMPROVEMENTS.label().zh(), true);
    paragraph(out, layout, report.problemsAndImprovements().orElse(""), false);
    paragraph(out, layout, NarrativeSection.OTHER_MATTERS.label().zh(), true);
    paragraph(out, layout, report.otherMatters().orElse(""), false);
    paragraph(out, layout, report.organ(), false);
    report
        .publishedOn()
        .ifPresent(
            d ->
                paragraph(
                    out,
                    layout,
                    d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
                    false));
    if (html) {
      out.append(
          "</div><div class=\"footer\"><p>主办单位：某某 2024年1月1日</p><table><tr><td>网站标识码</td><td>3590000001</td></tr></table></div></body></html>");
    }
    return out.toString();
  }

  /** A cell of a rendered table: text, row span, column span. */
  static final class Td {
    final String text;
    final int rows;
    final int columns;

    Td(String text, int rows, int columns) {
      this.text = text;
      this.rows = rows;
      this.columns = columns;
    }
  }

  private static List<List<Object>> tableTwo(AnnualReport report, Style style) {
    List<List<Object>> rows = new ArrayList<>();
    Label group = null;
    for (DisclosureItem item : DisclosureItem.values()) {
      if (!item.groups().get(0).equals(group)) {
        group = item.groups().get(0);
        rows.add(Arrays.<Object>asList(new Td(group.zh(), 1, 4)));
        List<Object> header = new ArrayList<>();
        header.add("信息内容");
        for (DisclosureColumn column : item.columns()) {
          header.add(
              item.columns().size() == 1
                  ? new Td(label(column.label().zh(), style), 1, 3)
                  : label(column.label().zh(), style));
        }
        rows.add(header);
      }
      List<Object> row = new ArrayList<>();
      row.add(label(item.label().zh(), style));
      for (DisclosureColumn column : item.columns()) {
        String value = value(report, FormCells.disclosure(item, column), style);
        row.add(item.columns().size() == 1 ? new Td(value, 1, 3) : value);
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<Object>> tableThree(AnnualReport report, Style style) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.<Object>asList(new Td(NOTE, 3, 3), new Td("申请人情况", 1, 7)));
    rows.add(
        Arrays.<Object>asList(new Td("自然人", 2, 1), new Td("法人或其他组织", 1, 5), new Td("总计", 2, 1)));
    List<Object> sub = new ArrayList<>();
    for (ApplicantColumn column : ApplicantColumn.APPLICANTS.subList(1, 6)) {
      sub.add(label(column.label().zh(), style));
    }
    rows.add(sub);
    List<ApplicationRow> all = Arrays.asList(ApplicationRow.values());
    for (ApplicationRow row : all) {
      List<Object> cells = new ArrayList<>();
      for (int level = 0; level < row.groups().size(); level++) {
        Label group = row.groups().get(level);
        int index = all.indexOf(row);
        boolean first =
            index == 0
                || all.get(index - 1).groups().size() <= level
                || !all.get(index - 1).groups().get(level).equals(group);
        if (first) {
          int span = 0;
          for (ApplicationRow other : all) {
            span +=
                other.groups().size() > level && other.groups().get(level).equals(group) ? 1 : 0;
          }
          cells.add(new Td(group.zh(), span, 1));
        } else {
          cells.add(null);
        }
      }
      cells.add(new Td(label(row.label().zh(), style), 1, 3 - row.groups().size()));
      for (ApplicantColumn column : ApplicantColumn.values()) {
        cells.add(value(report, FormCells.applications(row, column), style));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<List<Object>> tableFour(AnnualReport report, Style style) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.<Object>asList(new Td("行政复议", 1, 5), new Td("行政诉讼", 1, 10)));
    List<Object> second = new ArrayList<>();
    for (CaseColumn column : CaseColumn.values()) {
      second.add(new Td(label(column.label().zh(), style), 2, 1));
    }
    second.add(new Td(CaseGroup.LITIGATION_WITHOUT_RECONSIDERATION.label().zh(), 1, 5));
    second.add(new Td(CaseGroup.LITIGATION_AFTER_RECONSIDERATION.label().zh(), 1, 5));
    rows.add(second);
    List<Object> third = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      for (CaseColumn column : CaseColumn.values()) {
        third.add(label(column.label().zh(), style));
      }
    }
    rows.add(third);
    List<Object> values = new ArrayList<>();
    for (CaseGroup group : CaseGroup.values()) {
      for (CaseColumn column : CaseColumn.values()) {
        values.add(value(report, FormCells.cases(group, column), style));
      }
    }
    rows.add(values);
    return rows;
  }

  private static String label(String label, Style style) {
    if (style.breakLabels && label.length() >= 4) {
      return label.substring(0, 2) + "\n" + label.substring(2);
    }
    return label;
  }

  static String value(AnnualReport report, Cell cell, Style style) {
    if (style.blank.contains(cell)) {
      return "";
    }
    if (style.notApplicable.contains(cell)) {
      return "—";
    }
    Number number = cell.value(report);
    String text =
        number instanceof BigDecimal ? ((BigDecimal) number).toPlainString() : number.toString();
    if (style.thousands && !cell.isMoney() && number.longValue() >= 1000) {
      text = String.format(java.util.Locale.ROOT, "%,d", number.longValue());
    }
    if (style.fullWidthDigits) {
      StringBuilder wide = new StringBuilder();
      for (char c : text.toCharArray()) {
        wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uff10') : c);
      }
      text = wide.toString();
    }
    return text;
  }

  private static void paragraph(StringBuilder out, Layout layout, String text, boolean heading) {
    switch (layout) {
      case HTML_WORD:
      case HTML_SPLIT:
        for (String line : text.split("\n", -1)) {
          out.append("<p class=\"MsoNormal\"><span style=\"font-size:16pt\">")
              .append(esc(line))
              .append("<o:p></o:p></span></p>\n");
        }
        break;
      case MARKDOWN:
        out.append(heading ? "## " : "").append(text).append("\n\n");
        break;
      default:
        out.append(text).append("\n\n");
    }
  }

  private static void table(
      StringBuilder out, Layout layout, List<List<Object>> rows, int splitAfter) {
    switch (layout) {
      case HTML_WORD:
      case HTML_SPLIT:
        out.append("<table class=\"MsoNormalTable\" border=\"1\"><tbody>\n");
        int index = 0;
        for (List<Object> row : rows) {
          if (index++ == splitAfter) {
            out.append(
                "</tbody></table>\n<p class=\"MsoNormal\"><br style=\"page-break-before:always\"></p>\n<table class=\"MsoNormalTable\"><tbody>\n");
          }
          out.append("<tr>");
          for (Object cell : row) {
            if (cell == null) {
              continue;
            }
            Td td = cell instanceof Td ? (Td) cell : new Td((String) cell, 1, 1);
            out.append("<td");
            if (td.rows > 1) {
              out.append(" rowspan=\"").append(td.rows).append('"');
            }
            if (td.columns > 1) {
              out.append(" colspan=\"").append(td.columns).append('"');
            }
            out.append("><p class=\"MsoNormal\" align=\"center\"><span>&nbsp;")
                .append(esc(td.text).replace("\n", "<br>"))
                .append("&nbsp;</span></p></td>");
          }
          out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        break;
      case TEXT_CELL_PER_LINE:
        for (List<Object> row : rows) {
          for (Object cell : row) {
            String text = cell == null ? "" : cell instanceof Td ? ((Td) cell).text : (String) cell;
            out.append('\t').append(text).append('\n');
          }
          out.append('\n');
        }
        out.append("\n\n");
        break;
      case TEXT_TAB_ROWS:
        for (List<Object> row : rows) {
          List<String> texts = new ArrayList<>();
          for (Object cell : row) {
            String text = cell == null ? "" : cell instanceof Td ? ((Td) cell).text : (String) cell;
            texts.add(text.replace("\n", ""));
          }
          out.append(String.join("\t", texts)).append('\n');
        }
        out.append('\n');
        break;
      case TEXT_PIPE_ROWS:
        for (List<Object> row : rows) {
          StringBuilder line = new StringBuilder();
          for (Object cell : row) {
            if (cell != null) {
              String text = cell instanceof Td ? ((Td) cell).text : (String) cell;
              line.append(text.replace("\n", " ")).append(" | ");
            }
          }
          out.append(line.toString().trim()).append('\n');
        }
        break;
      case MARKDOWN:
        boolean first = true;
        for (List<Object> row : rows) {
          List<String> texts = new ArrayList<>();
          for (Object cell : row) {
            String text = cell == null ? "" : cell instanceof Td ? ((Td) cell).text : (String) cell;
            texts.add(text.replace("\n", " "));
          }
          out.append("| ").append(String.join(" | ", texts)).append(" |\n");
          if (first) {
            out.append("|");
            for (int i = 0; i < texts.size(); i++) {
              out.append("---|");
            }
            out.append('\n');
            first = false;
          }
        }
        out.append('\n');
        break;
      default:
        throw new AssertionError(layout);
    }
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
