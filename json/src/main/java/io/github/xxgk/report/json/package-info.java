/**
 * The contract's JSON form of the annual report: {@link io.github.xxgk.report.json.ReportJson}
 * reads it strictly and safely, locating every fault as a {@link
 * io.github.xxgk.report.problem.Problem} of a {@link io.github.xxgk.report.json.JsonRule}, writes
 * it canonically, and reads batches lazily; {@link io.github.xxgk.report.json.ReportModule} is the
 * Jackson module behind it, for callers with a mapper of their own; {@link
 * io.github.xxgk.report.json.ReportSchema} is the JSON Schema.
 */
package io.github.xxgk.report.json;
