package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceLink;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the report is when a page does not hold its tables as text: linked as an attachment,
 * printed as images, split over several pages, written by a script from its data, or shown in a
 * frame from another address. Each of these, found among the page's {@link SourceLink}s (or, for an
 * attachment, a line naming its file, as copied text keeps it), replaces the IMPORT-TABLE-MISSING
 * problems it explains with one that says where the report is, located at the link, image, frame or
 * line (and, for the whole report elsewhere, the sections' IMPORT-NARRATIVE-MISSING with it). Runs
 * only when a table of the form is missing: a page that holds its tables reads as before whatever
 * it links.
 */
final class ReportElsewhere {
  /** The address or name of a document to download rather than a page: the file's extension. */
  private static final Pattern DOCUMENT =
      Pattern.compile("(?i)\\.(?:pdf|docx?|wps|xlsx?|et|ofd|zip|rar|7z)(?:$|[?#&])");

  /**
   * The address of a static page ("….html", "…/"), not of a file to download; a script's address
   * ("download.jsp?id=5") may be either, and is taken for a download.
   */
  private static final Pattern PAGE_ADDRESS = Pattern.compile("(?i)(?:\\.s?html?|/)(?:$|[?#])");

  /** The shortest script looked at for the article's data: shorter code holds no report. */
  private static final int SCRIPT_DATA = 200;

  /** The most characters of a paragraph looked at for the report's title. */
  private static final int TITLE_LENGTH = 120;

  private ReportElsewhere() {}

  /** Replaces the match's IMPORT-TABLE-MISSING problems by where the tables are, when known. */
  static void explain(SourceDocument source, Object[] headings, Match match) {
    Set<FormTable> missing = EnumSet.noneOf(FormTable.class);
    for (Problem problem : match.problems) {
      if (problem.code() == ImportRule.IMPORT_TABLE_MISSING) {
        missing.add(table(problem.pointer()));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    boolean none = missing.size() == FormTable.values().length;
    List<SourceLink> links = source.links();
    List<Problem> found = new ArrayList<>();
    SourceLink attachment = none ? attachment(links, true) : null;
    if (attachment != null) {
      found.add(attachment(attachment));
    } else {
      images(source, headings, missing, found);
      if (!missing.isEmpty()) {
        SourceLink next = PageParts.next(links);
        if (next != null) {
          found.add(PageParts.problem(next, missing));
        } else if (none) {
          SourceLink other = attachment(links, false);
          Problem line = other == null ? attachmentLine(source.blocks()) : null;
          SourceLink script = other == null && line == null ? script(links) : null;
          SourceLink frame = other == null && line == null && script == null ? frame(links) : null;
          if (other != null) {
            found.add(attachment(other));
          } else if (line != null) {
            found.add(line);
          } else if (script != null) {
            found.add(ImportRule.IMPORT_CONTENT_SCRIPT.problem(script.position(), ""));
          } else if (frame != null) {
            found.add(
                ImportRule.IMPORT_CONTENT_FRAME.problem(frame.position(), "", frame.target()));
          }
        }
      }
    }
    if (found.isEmpty()) {
      return;
    }
    boolean whole = found.get(0).code() != ImportRule.IMPORT_TABLE_IMAGE || none;
    for (Iterator<Problem> i = match.problems.iterator(); i.hasNext(); ) {
      Problem problem = i.next();
      if ((problem.code() == ImportRule.IMPORT_TABLE_MISSING && explained(problem, found))
          || (whole && problem.code() == ImportRule.IMPORT_NARRATIVE_MISSING)) {
        i.remove();
      }
    }
    match.problems.addAll(found);
  }

  /** Whether a table's IMPORT-TABLE-MISSING is explained by a problem found here. */
  private static boolean explained(Problem missing, List<Problem> found) {
    for (Problem problem : found) {
      if (problem.code() != ImportRule.IMPORT_TABLE_IMAGE
          || problem.pointer().equals(missing.pointer())) {
        return true;
      }
    }
    return false;
  }

  private static FormTable table(String pointer) {
    for (FormTable table : FormTable.values()) {
      if (table.pointer().equals(pointer)) {
        return table;
      }
    }
    throw new IllegalStateException("no table at " + pointer);
  }

  /**
   * The link to a document that is the report: one whose text names the report, or (when {@code
   * named} is false) one offered as an attachment ("附件：", "点击下载"). A document is told by its
   * address or text ("….pdf"), or, for a link that names the report and is offered as an
   * attachment, by an address that is no page's (a script's download, "javascript:down(12)"). A
   * link to a document that is neither, as a portal's menu links its guide, is no report.
   */
  private static SourceLink attachment(List<SourceLink> links, boolean named) {
    for (SourceLink link : links) {
      if (link.kind() != SourceLink.Kind.LINK) {
        continue;
      }
      boolean document =
          DOCUMENT.matcher(link.target()).find() || DOCUMENT.matcher(link.text()).find();
      if (!document && (!named || PAGE_ADDRESS.matcher(link.target()).find())) {
        continue;
      }
      String text = Normalizer.compact(link.text());
      boolean offered =
          PublishedWording.ATTACHMENT.matcher(text).find()
              || PublishedWording.ATTACHMENT.matcher(Normalizer.compact(link.lead())).find();
      if (named
          ? PublishedWording.REPORT_NAMED.matcher(text).find() && (document || offered)
          : offered) {
        return link;
      }
    }
    return null;
  }

  /**
   * A line that names the report's file without linking it, as copied text keeps a page's
   * attachment ("附件：某县2023年政府信息公开工作年度报告.pdf"): a file's name (its extension) offered as an
   * attachment or naming the report. The problem names the line and the file.
   */
  private static Problem attachmentLine(List<SourceBlock> blocks) {
    for (SourceBlock block : blocks) {
      if (!(block instanceof SourceParagraph)) {
        continue;
      }
      String line = ((SourceParagraph) block).text().trim();
      if (line.length() > TITLE_LENGTH || !DOCUMENT.matcher(line).find()) {
        continue;
      }
      String text = Normalizer.compact(line);
      if (PublishedWording.ATTACHMENT.matcher(text).find()
          || PublishedWording.REPORT_NAMED.matcher(text).find()) {
        int colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('\uff1a'));
        return ImportRule.IMPORT_ATTACHMENT.problem(
            block.position(), "", line, line.substring(colon + 1).trim());
      }
    }
    return null;
  }

  private static Problem attachment(SourceLink link) {
    return ImportRule.IMPORT_ATTACHMENT.problem(
        link.position(), "", link.text().trim(), link.target());
  }

  /**
   * The images where missing tables should be: under a table's heading, before the next heading;
   * or, when the page heads no table and holds none, after the report's title, the whole report
   * printed as images. Each table so found is removed from {@code missing}.
   */
  private static void images(
      SourceDocument source, Object[] headings, Set<FormTable> missing, List<Problem> found) {
    List<SourceBlock> blocks = source.blocks();
    boolean headed = false;
    for (int i = 0; i < headings.length; i++) {
      if (!(headings[i] instanceof FormTable)) {
        continue;
      }
      headed = true;
      FormTable table = (FormTable) headings[i];
      int end = i + 1;
      while (end < headings.length && headings[end] == null) {
        end++;
      }
      SourceLink image = holdsTable(blocks, i + 1, end) ? null : image(source.links(), i + 1, end);
      if (image != null && missing.remove(table)) {
        found.add(tableImage(table, image, 0));
      }
    }
    if (headed || missing.size() < FormTable.values().length) {
      return;
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof SourceParagraph && isTitle((SourceParagraph) blocks.get(i))) {
        SourceLink image =
            holdsTable(blocks, i + 1, blocks.size())
                ? null
                : image(source.links(), i + 1, blocks.size());
        if (image != null) {
          for (FormTable table : missing) {
            found.add(tableImage(table, image, 1));
          }
          missing.clear();
        }
        return;
      }
    }
  }

  /**
   * Whether a table of more than two rows stands among the blocks from {@code from} up to {@code
   * to}: a table printed there that was not read as the form's is no image, whatever else is.
   */
  private static boolean holdsTable(List<SourceBlock> blocks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (blocks.get(i) instanceof SourceTable && ((SourceTable) blocks.get(i)).rows().size() > 2) {
        return true;
      }
    }
    return false;
  }

  /** The first image with at least {@code from} and at most {@code to} blocks before it. */
  private static SourceLink image(List<SourceLink> links, int from, int to) {
    for (SourceLink link : links) {
      if (link.kind() == SourceLink.Kind.IMAGE && link.block() >= from && link.block() <= to) {
        return link;
      }
    }
    return null;
  }

  private static Problem tableImage(FormTable table, SourceLink image, int wholeReport) {
    return ImportRule.IMPORT_TABLE_IMAGE.problem(
        image.position(), table.pointer(), table.label().zh(), image.target(), wholeReport);
  }

  private static boolean isTitle(SourceParagraph paragraph) {
    String text = Normalizer.compactAtMost(paragraph.text(), TITLE_LENGTH);
    return text != null && PublishedWording.TITLE.matcher(text).find();
  }

  /**
   * The first script written in the page whose code holds the heading of a table of the form, as
   * printed or escaped ("\\u6536\\u5230…"): the article is data that the script writes into the
   * page.
   */
  private static SourceLink script(List<SourceLink> links) {
    for (SourceLink link : links) {
      if (link.kind() == SourceLink.Kind.SCRIPT
          && link.text().length() >= SCRIPT_DATA
          && holdsHeading(link.text())) {
        return link;
      }
    }
    return null;
  }

  private static boolean holdsHeading(String code) {
    String text = code.contains("\\u") ? unescape(code) : code;
    for (FormTable table : FormTable.values()) {
      String label = table.label().zh();
      if (text.contains(label.substring(label.indexOf('、') + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The code with each escape {@code \\uXXXX} of a script's strings replaced by its character. */
  private static String unescape(String code) {
    StringBuilder text = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\\' && i + 5 < code.length() && code.charAt(i + 1) == 'u') {
        try {
          text.append((char) Integer.parseInt(code.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        } catch (NumberFormatException notAnEscape) {
          // kept as printed
        }
      }
      text.append(c);
    }
    return text.toString();
  }

  /** The first frame whose address is one (not a script's or a blank page). */
  private static SourceLink frame(List<SourceLink> links) {
    for (SourceLink link : links) {
      String target = link.target().toLowerCase(java.util.Locale.ROOT);
      if (link.kind() == SourceLink.Kind.FRAME
          && !target.startsWith("javascript:")
          && !target.startsWith("about:")) {
        return link;
      }
    }
    return null;
  }
}
