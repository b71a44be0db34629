/**
 * Generators of annual reports for testing systems that handle them: valid reports whose arithmetic
 * holds by construction, invalid ones that break exactly the rules they name, sequences of
 * consecutive years, seeded fixtures for plain JUnit tests and a thin jqwik layer ({@link
 * io.github.xxgk.report.testkit.ReportArbitraries}). Fixture files are written by the command line
 * of {@code xxgk-report-cli}.
 */
package io.github.xxgk.report.testkit;
