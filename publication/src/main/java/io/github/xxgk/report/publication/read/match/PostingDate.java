package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.MetadataField;
import io.github.xxgk.report.form.PublishedWording;
import io.github.xxgk.report.model.OrganKind;
import io.github.xxgk.report.problem.SourcePosition;
import io.github.xxgk.report.publication.read.source.SourceBlock;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import io.github.xxgk.report.validation.PublicationDeadline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The portal's posting date ({@link PublishedWording#POSTING_DATE}: "发布时间：2022-01-19 09:28"), which
 * pages print in their chrome above the report. It is not the report's date: {@code publishedOn} is
 * the date signed at the end (落款日期), and is never filled from it. But the deadline of article 49 is
 * about when the report was published, so a posting date other than the signature's (or one on a
 * page whose signature prints no date) is said, with {@code IMPORT-POSTED-ON} (INFO): both dates,
 * where the posting date was read, and whether it is past the deadline.
 *
 * <p>Only whole dates above the article (before section 一's heading and the first table) are read,
 * and only when every posting date there is the same day: two different ones, a partial one or one
 * that is no day of the calendar give nothing.
 */
final class PostingDate {
  /** How far before its colon a field's name starts: four characters, and spaces. */
  private static final int FIELD_BEFORE = 12;

  /** How far after its colon a date ends: the date, and spaces. */
  private static final int DATE_AFTER = 40;

  private final LocalDate date;
  private final String field;
  private final SourcePosition at;

  private PostingDate(LocalDate date, String field, SourcePosition at) {
    this.date = date;
    this.field = field;
    this.at = at;
  }

  private PostingDate() {
    this(null, null, SourcePosition.UNKNOWN);
  }

  /** Two different dates or an impossible one: nothing is read, and nothing is looked for after. */
  private static final PostingDate UNREADABLE = new PostingDate();

  /**
   * Adds {@code IMPORT-POSTED-ON} to the match when the blocks before {@code end} (where the
   * report's own text starts) print a posting date that is not the signature's date; {@code
   * match}'s year, organ kind and date signed are read already.
   */
  static void read(List<SourceBlock> blocks, int end, Match match) {
    PostingDate posted = find(blocks, end);
    if (posted == null || posted == UNREADABLE || posted.date.equals(match.publishedOn)) {
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
            past ? 1 : 0));
  }

  /** The one posting date before {@code end}; null when none, UNREADABLE when not one day. */
  private static PostingDate find(List<SourceBlock> blocks, int end) {
    PostingDate found = null;
    for (int i = 0; i < end; i++) {
      if (!(blocks.get(i) instanceof SourceParagraph)) {
        continue;
      }
      SourceParagraph paragraph = (SourceParagraph) blocks.get(i);
      String text = paragraph.text();
      Matcher printed = PublishedWording.POSTING_DATE.matcher(text);
      // Tried only at a colon after a field's last character, as every posting date prints it: the
      // pattern tried at every character costs more than the rest of reading a long page's head.
      printed.useTransparentBounds(true).useAnchoringBounds(false);
      int after = 0;
      for (int colon = colon(text, 0); colon >= 0; colon = colon(text, colon + 1)) {
        if (!afterField(text, colon)) {
          continue;
        }
        printed.region(
            Math.max(after, colon - FIELD_BEFORE), Math.min(text.length(), colon + DATE_AFTER));
        if (!printed.find()) {
          continue;
        }
        after = printed.end();
        LocalDate date = date(printed);
        if (date == null || found != null && !found.date.equals(date)) {
          return UNREADABLE;
        }
        if (found == null) {
          found = new PostingDate(date, printed.group(1), paragraph.position());
        }
      }
    }
    return found;
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

  private static LocalDate date(Matcher printed) {
    try {
      return LocalDate.of(
          Integer.parseInt(printed.group(2)),
          Integer.parseInt(printed.group(4)),
          Integer.parseInt(printed.group(5)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
