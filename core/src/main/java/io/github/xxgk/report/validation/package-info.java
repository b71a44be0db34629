/**
 * Validation of annual reports: {@link io.github.xxgk.report.validation.ReportValidator} applies
 * the catalogue of {@link io.github.xxgk.report.validation.Rules} (the form's arithmetic as a list
 * of {@link io.github.xxgk.report.validation.Equation}s, signs, metadata, the deadline of 条例第四十九条,
 * completeness, plausibility and year-to-year continuity) and returns every {@link
 * io.github.xxgk.report.problem.Problem} at once, each with a stable rule id, a JSON Pointer into
 * the public contract, the stated and computed numbers and a message in Chinese or English. Every
 * rule, standard or a province's own, is a {@link io.github.xxgk.report.validation.Check} given a
 * {@link io.github.xxgk.report.validation.CheckContext}. Profiles turn rules off, change severities
 * and add a province's own rules by id.
 */
package io.github.xxgk.report.validation;
