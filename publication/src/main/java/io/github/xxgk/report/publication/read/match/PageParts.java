package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.read.source.SourceLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other parts of an article split over several pages, for {@link ReportElsewhere}: the pager's
 * links ("下一页", "上一页", a page's number) or the pager TRS's templates write with a script.
 */
final class PageParts {
  /** The address of a further part of a paged article ("t20240120_123_1.html", "index_2.htm"). */
  private static final Pattern PART_ADDRESS = Pattern.compile("_\\d{1,3}\\.s?html?$");

  /**
   * The pager TRS's templates write with a script: {@code createPageHTML(3, 0, "t20240115_123456",
   * "html")}, the count of pages, this page's index from 0, the file's name and its extension; part
   * {@code n} is {@code t20240115_123456_n.html}, the first the name alone.
   */
  private static final Pattern SCRIPT_PAGER =
      Pattern.compile(
          "createPageHTML\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,"
              + "\\s*[\"']([\\w.-]+)[\"']\\s*,\\s*[\"'](\\w+)[\"']\\s*\\)");

  private PageParts() {}

  /**
   * The link to another part of a paged article: the next ("下一页" and the like) before the previous
   * ("上一页"), else a page number.
   */
  static SourceLink next(List<SourceLink> links) {
    SourceLink previous = null;
    SourceLink number = null;
    for (SourceLink link : links) {
      if (link.kind() == SourceLink.Kind.SCRIPT) {
        SourceLink[] parts = scriptPager(link);
        if (parts[0] != null) {
          return parts[0];
        }
        previous = previous == null ? parts[1] : previous;
        continue;
      }
      if (link.kind() != SourceLink.Kind.LINK) {
        continue;
      }
      String text = Normalizer.compact(link.text());
      if (PublishedWording.PAGE_PART.matcher(text).matches()) {
        if (PublishedWording.NEXT_PAGE_FIRST.indexOf(text.charAt(0)) >= 0) {
          return link;
        }
        previous = previous == null ? link : previous;
      } else if (number == null && isNumber(text) && PART_ADDRESS.matcher(link.target()).find()) {
        number = link;
      }
    }
    return previous != null ? previous : number;
  }

  /**
   * The next and the previous part that a script's {@link #SCRIPT_PAGER} names, each as a link
   * whose text is the script's call; none when the script writes no pager or a pager of one page.
   */
  private static SourceLink[] scriptPager(SourceLink script) {
    SourceLink[] parts = new SourceLink[2];
    String code = script.text();
    int at = code.indexOf("createPageHTML");
    Matcher pager = at < 0 ? null : SCRIPT_PAGER.matcher(code);
    if (pager == null || !pager.find(at)) {
      return parts;
    }
    int count = Integer.parseInt(pager.group(1));
    int index = Integer.parseInt(pager.group(2));
    if (count < 2 || index >= count) {
      return parts;
    }
    String name = pager.group(3);
    String extension = "." + pager.group(4);
    if (index + 1 < count) {
      parts[0] = part(script, pager.group(), name + "_" + (index + 1) + extension);
    }
    if (index > 0) {
      parts[1] =
          part(script, pager.group(), name + (index == 1 ? "" : "_" + (index - 1)) + extension);
    }
    return parts;
  }

  private static SourceLink part(SourceLink script, String call, String target) {
    return new SourceLink(
        SourceLink.Kind.LINK, target, call, "", script.block(), script.position());
  }

  private static boolean isNumber(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** IMPORT-PAGE-PART: which tables this part holds, which it does not, and the other part. */
  static Problem problem(SourceLink next, Set<FormTable> missing) {
    List<String> here = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    for (FormTable table : FormTable.values()) {
      (missing.contains(table) ? elsewhere : here).add("“" + table.label().zh() + "”");
    }
    return ImportRule.IMPORT_PAGE_PART.problem(
        next.position(),
        "",
        here.size(),
        String.join("、", here),
        String.join("、", elsewhere),
        next.text().trim(),
        next.target());
  }
}
