/**
 * Generators of annual reports for testing systems that handle them: valid reports whose
 * arithmetic holds by construction, invalid ones that break exactly the rules they name, sequences
 * of consecutive years, seeded fixtures for plain JUnit tests, a thin jqwik layer ({@link
 * io.github.xxgk.report.testkit.ReportArbitraries}) and a command line that writes fixture files
 * ({@link io.github.xxgk.report.testkit.FixtureFiles}).
 */
package io.github.xxgk.report.testkit;
