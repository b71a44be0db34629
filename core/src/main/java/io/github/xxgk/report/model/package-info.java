/**
 * The immutable model of the annual report on open government information (政府信息公开工作年度报告), edition
 * 2021 (国办公开办函〔2021〕30号).
 *
 * <p>Every type follows the public JSON contract: {@link io.github.xxgk.report.model.AnnualReport}
 * holds the six sections of the form, and the three tables are {@link
 * io.github.xxgk.report.model.ProactiveDisclosure} (二), {@link
 * io.github.xxgk.report.model.Applications} (三) and {@link
 * io.github.xxgk.report.model.ReconsiderationAndLitigation} (四). A total that a report states is
 * kept as stated beside the sum the library computes, so a report whose arithmetic is wrong can
 * still be held; finding such faults is the job of the validator, not of the model. Values are
 * deeply immutable, thread-safe and {@link java.io.Serializable}. Only structural faults (a missing
 * part, a {@code null}, a cell marked both blank and not applicable, a marked cell that holds a
 * number) fail at {@code build()}.
 *
 * <p>The marks of a report read from its published form ({@link
 * io.github.xxgk.report.model.AnnualReport#blankCells()}, {@link
 * io.github.xxgk.report.model.AnnualReport#notApplicableCells()}) are cells of the catalogue,
 * {@link io.github.xxgk.report.form.Cell}, so this package and {@code form} refer to each other.
 * That cycle is deliberate and stays inside the one module: the catalogue is the form's own
 * definition of what a cell is, and the alternative, cells named by strings in the model, would let
 * any typo into a report and make every user look cells up again. Only the type {@code Cell} is
 * used here.
 */
@ReportStyle
package io.github.xxgk.report.model;
