/**
 * The paper form as data: its three tables, their rows and columns, and the catalogue of its 200
 * numeric cells ({@link io.github.xxgk.report.form.FormCells}) with its printed sums, a mutable
 * grid of their values ({@link io.github.xxgk.report.form.CellGrid}), each table's printed layout
 * with its spans and note ({@link io.github.xxgk.report.form.Paper}), and the report's metadata
 * fields ({@link io.github.xxgk.report.form.MetadataField}).
 *
 * <p>This package is the only place where the official Chinese labels of the form live, each beside
 * its English rendering. Validation messages, the JSON Schema, documentation and generators take
 * them from here. Every cell is located by the JSON Pointer of the public contract, for example
 * {@code /applications/outcomes/notDisclosed/stateSecret/naturalPerson}, and can read its value
 * from a report.
 */
package io.github.xxgk.report.form;
