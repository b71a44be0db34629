package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.MetadataField;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceCell;
import io.github.xxgk.report.publication.read.source.SourceDocument;
import io.github.xxgk.report.publication.read.source.SourceMeta;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.publication.read.source.SourceTable;
import io.github.xxgk.report.validation.PublicationDeadline;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The portal's posting date ({@link PublishedWording#POSTING_DATE}: "发布时间：2022-01-19 09:28"), which
 * pages print in their chrome above the report, in a metadata table there (公开日期 | 2024-01-17) or
 * give in their head ({@code <meta name="PubDate" content="2022-01-19 09:28">}). It is not the
 * report's date: {@code publishedOn} is the date signed at the end (落款日期), and is never filled from
 * it. But the deadline of article 49 is about when the report was published, so a posting date
 * other than the signature's (or one on a page whose signature prints no date) is said, with {@code
 * IMPORT-POSTED-ON} (INFO): both dates, where the posting date was read, and whether it is past the
 * deadline.
 *
 * <p>Only whole dates above the article (before section 一's heading and the first table) or in the
 * page's metadata are read, and only when every posting date there is the same day: two different
 * ones, or one that is no day of the calendar, give nothing. One printed on the page is named
 * before the metadata's.
 */
final class PostingDate {
  /** How far before its colon a field's name starts: four characters, and spaces. */
  private static final int FIELD_BEFORE = 12;

  /** How far after its colon a date ends: the date, and spaces. */
  private static final int DATE_AFTER = 40;

  /** The longest cell that can name a posting date alone: the name, a colon, and spaces. */
  private static final int LABEL_LENGTH = 12;

  /** The message's last argument: printed on the page, or given by its metadata. */
  private static final int PRINTED = 0;

  private static final int IN_METADATA = 1;

  private final LocalDate date;
  private final String field;
  private final SourcePosition at;
  private final int where;

  private PostingDate(LocalDate date, String field, SourcePosition at, int where) {
    this.date = date;
    this.field = field;
    this.at = at;
    this.where = where;
  }

  /**
   * Adds {@code IMPORT-POSTED-ON} to the match when the document's blocks before {@code end} (where
   * the report's own text starts) or its metadata give a posting date that is not the signature's
   * date; {@code match}'s year, organ kind and date signed are read already.
   */
  static void read(SourceDocument document, int end, Match match) {
    Dates dates = new Dates();
    dates.find(document, end);
    PostingDate posted = dates.found;
    if (posted == null || dates.unreadable || posted.date.equals(match.publishedOn)) {
      return;
    }
    OrganKind kind = match.organKind;
    boolean past = match.year != null && PublicationDeadline.isPast(posted.date, match.year, kind);
    match.problems.add(
        ImportRule.IMPORT_POSTED_ON.problem(
            posted.at,
            MetadataField.PUBLISHED_ON.pointer(),
            posted.date.toString(),
            posted.field,
            match.publishedOn == null ? "" : match.publishedOn.toString(),
            match.publishedOn == null ? 0 : 1,
            past ? PublicationDeadline.of(match.year, kind).toString() : "",
            past ? 1 : 0,
            posted.where));
  }

  /** The posting dates of a page: the first one found, and whether any other is not its day. */
  private static final class Dates {
    PostingDate found;

    /** Two different days, or a date that is no day of the calendar: nothing is said. */
    boolean unreadable;

    void find(SourceDocument document, int end) {
      List<SourceBlock> blocks = document.blocks();
      for (int i = 0; i < end && !unreadable; i++) {
        SourceBlock block = blocks.get(i);
        if (block instanceof SourceParagraph) {
          printed(((SourceParagraph) block).text(), block.position());
        } else if (block instanceof SourceTable) {
          List<List<SourceCell>> rows = ((SourceTable) block).rows();
          for (int r = 0; r < rows.size(); r++) {
            cells(rows, r);
          }
        }
      }
      for (SourceMeta meta : document.metadata()) {
        if (meta.name().equalsIgnoreCase(PublishedWording.POSTING_DATE_META)) {
          value(meta.content(), meta.name(), meta.position(), IN_METADATA);
        }
      }
    }

    /**
     * A metadata table's row: "公开日期：2024-01-17" in one cell, the name and the date in two, or the
     * name over the date (索引号 | 发布机构 | 公开日期 as a row of names, their values in the row below).
     */
    private void cells(List<List<SourceCell>> rows, int r) {
      List<SourceCell> row = rows.get(r);
      for (int j = 0; j < row.size(); j++) {
        SourceCell cell = row.get(j);
        String text = cell.text();
        printed(text, cell.position());
        if (text.length() <= LABEL_LENGTH && endsLikeField(text)) {
          Matcher label = PublishedWording.POSTING_DATE_LABEL.matcher(text);
          if (label.matches()) {
            if (j + 1 < row.size()) {
              SourceCell next = row.get(j + 1);
              value(next.text(), label.group(1), next.position(), PRINTED);
            }
            below(rows, r, j, label.group(1));
          }
        }
      }
    }

    /**
     * The dates under a name in a table's row, in the rows below laid out as it is (as many
     * columns, none spanning rows, a cell in the name's place and width), down to the first that is
     * no date: a list of documents' dates under the name gives several, which are then unreadable
     * unless all one day.
     */
    private void below(List<List<SourceCell>> rows, int r, int j, String field) {
      int width = width(rows.get(r));
      int column = 0;
      for (int i = 0; i < j; i++) {
        column += rows.get(r).get(i).columnSpan();
      }
      int span = rows.get(r).get(j).columnSpan();
      for (int below = r + 1; below < rows.size() && width > 0; below++) {
        List<SourceCell> row = rows.get(below);
        SourceCell cell = width(row) == width ? cellAt(row, column, span) : null;
        if (cell == null || !PublishedWording.POSTING_DATE_VALUE.matcher(cell.text()).matches()) {
          return;
        }
        value(cell.text(), field, cell.position(), PRINTED);
      }
    }

    /** A field and its date in running text ("来源：… 时间：2022-01-13 17:48"). */
    private void printed(String text, SourcePosition at) {
      // Tried only at a colon after a field's last character, as every posting date prints it: the
      // pattern tried at every character costs more than the rest of reading a long page's head.
      Matcher printed = null;
      int after = 0;
      for (int colon = colon(text, 0); colon >= 0; colon = colon(text, colon + 1)) {
        if (!afterField(text, colon)) {
          continue;
        }
        if (printed == null) {
          printed = PublishedWording.POSTING_DATE.matcher(text);
          printed.useTransparentBounds(true).useAnchoringBounds(false);
        }
        printed.region(
            Math.max(after, colon - FIELD_BEFORE), Math.min(text.length(), colon + DATE_AFTER));
        if (printed.find()) {
          after = printed.end();
          add(
              Metadata.day(printed.group(2), printed.group(4), printed.group(5)),
              printed.group(1),
              at,
              PRINTED);
        }
      }
    }

    /** A value that is a date and nothing else (and a time); any other value is no posting date. */
    private void value(String text, String field, SourcePosition at, int where) {
      Matcher value = PublishedWording.POSTING_DATE_VALUE.matcher(text);
      if (value.matches()) {
        add(Metadata.day(value.group(1), value.group(3), value.group(4)), field, at, where);
      }
    }

    private void add(LocalDate date, String field, SourcePosition at, int where) {
      if (date == null || found != null && !found.date.equals(date)) {
        unreadable = true;
      } else if (found == null) {
        found = new PostingDate(date, field, at, where);
      }
    }
  }

  /**
   * Whether the last character before a colon, spaces aside, ends a field name of a posting date
   * ({@link PublishedWording#POSTING_DATE_FIELD_ENDS}).
   */
  private static boolean afterField(String text, int colon) {
    int last = colon - 1;
    while (last >= 0 && Character.isWhitespace(text.charAt(last))
        || last >= 0 && Character.isSpaceChar(text.charAt(last))) {
      last--;
    }
    return last >= 0 && PublishedWording.POSTING_DATE_FIELD_ENDS.indexOf(text.charAt(last)) >= 0;
  }

  /** Whether a cell's text, spaces and a colon aside, ends as a posting date's field name does. */
  private static boolean endsLikeField(String text) {
    int last = text.length() - 1;
    while (last >= 0
        && (Character.isWhitespace(text.charAt(last))
            || Character.isSpaceChar(text.charAt(last))
            || text.charAt(last) == ':'
            || text.charAt(last) == '\uff1a')) {
      last--;
    }
    return last >= 0 && PublishedWording.POSTING_DATE_FIELD_ENDS.indexOf(text.charAt(last)) >= 0;
  }

  /**
   * How many columns a row's cells cover; 0 when a cell spans rows, whose columns cannot be told.
   */
  private static int width(List<SourceCell> row) {
    int width = 0;
    for (SourceCell cell : row) {
      if (cell.rowSpan() > 1) {
        return 0;
      }
      width += cell.columnSpan();
    }
    return width;
  }

  /** The cell of a row that starts at {@code column} and covers {@code span} columns; else null. */
  private static SourceCell cellAt(List<SourceCell> row, int column, int span) {
    int at = 0;
    for (SourceCell cell : row) {
      if (at == column) {
        return cell.columnSpan() == span ? cell : null;
      }
      at += cell.columnSpan();
    }
    return null;
  }

  /** The first colon (ASCII or full-width) at or after {@code from}; -1 when none. */
  private static int colon(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '\uff1a') {
        return i;
      }
    }
    return -1;
  }
}
