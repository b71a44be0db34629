/**
 * The command-line tool of the standalone jar: {@code validate} checks reports in files,
 * directories or standard input and prints every finding as it is found, {@code schema} prints the
 * JSON Schema, {@code fixtures} writes generated reports. Start at {@link
 * io.github.xxgk.report.cli.Main}. Commands implement {@code Command}; input formats implement
 * {@code InputFormat}. Nothing here is meant as a library API besides {@code Main.run}.
 */
package io.github.xxgk.report.cli;
