/**
 * Problems of every stage, in one shape: a {@link io.github.xxgk.report.problem.Problem} is of a
 * {@link io.github.xxgk.report.problem.Code} of the {@link io.github.xxgk.report.problem.Catalogue}
 * (a file that could not be read, a JSON reading error, a published report that could not be read
 * exactly, a validation rule), with a {@link io.github.xxgk.report.problem.Severity}, a location
 * and a message in either {@link io.github.xxgk.report.problem.Language}, made from a {@link
 * io.github.xxgk.report.problem.MessageBundle}. The problems of one input give its {@link
 * io.github.xxgk.report.problem.Verdict}.
 */
package io.github.xxgk.report.problem;
