package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.form.ApplicationRow;
import io.github.xxgk.report.form.FormTable;
import io.github.xxgk.report.form.TrialTemplateLabel;
import io.github.xxgk.report.publication.read.source.SourceParagraph;
import java.util.List;

/**
 * The captions of the 2019 trial template ({@link TrialTemplateLabel}) where a document's tables
 * show them: in a header of table 二, as a row's caption, or on a line under table 二's heading of a
 * table not laid out as one. Each names the template ({@code IMPORT-EDITION-2019}, at the place it
 * was seen first), so that a report printed on it is recognised rather than misread as the 2021
 * form; table 三's single （六）其他处理 row is read as the 2021 form's （六）其他处理 其他 row. What the template
 * leaves out of the 2021 form is settled at the end ({@link Completion}). {@link TableRows} and
 * {@link TableHeaders} tell where a caption stands.
 */
final class TrialTemplate {
  private TrialTemplate() {}

  /**
   * A line under table 二's heading printing a caption of the 2019 template (本年新制作数量 …) and no
   * sentence: its table was copied without being laid out as one (values spaced on the captions'
   * lines, which {@link SpacedRows} leaves whole, or no values), so the template is named as when a
   * table shows it, and its rows stay unread.
   */
  static void line(FormRows rows, SourceParagraph paragraph, String compact) {
    if (compact.indexOf('\u3002') < 0
        && compact.indexOf(',') < 0
        && compact.indexOf(';') < 0
        && RunTogetherCaptions.holdsTrial(compact)) {
      rows.unknownRows = true;
      rows.trial(paragraph.position(), FormTable.PROACTIVE_DISCLOSURE);
    }
  }

  /** A column of table 二's header captioned as in the 2019 template. */
  static void column(FormRows rows, Grid.Entry entry) {
    rows.trialDisclosure = true;
    rows.trial(entry.cell.position(), FormTable.PROACTIVE_DISCLOSURE);
  }

  /**
   * A row under a caption of the 2019 template, its value cells {@code row[from..]}: table 三's
   * （六）其他处理 is read as the 2021 row it sums; a row of table 二 is not read.
   */
  static void row(
      FormRows rows,
      Object what,
      Grid.Entry caption,
      List<Grid.Entry> row,
      int from,
      ApplicantHeader applicantHeader) {
    if (what == TrialTemplateLabel.OTHER_HANDLING) {
      rows.trialOtherHandling = true;
      rows.trial(caption.cell.position(), FormTable.APPLICATIONS);
      rows.applicationRow(ApplicationRow.OTHER_HANDLING_OTHER, caption, row, from, applicantHeader);
    } else {
      rows.trialDisclosure = true;
      rows.trial(caption.cell.position(), FormTable.PROACTIVE_DISCLOSURE);
    }
  }
}
