/**
 * The command-line tool of the standalone jar: {@code validate} checks reports in files,
 * directories or standard input (JSON, published pages, copied text, PDF) and prints every finding
 * as it is found, {@code convert} turns published reports into the contract's JSON, {@code render}
 * writes a report's published page or findings view, {@code schema} prints the JSON Schema, {@code
 * fixtures} writes generated reports. Start at {@link io.github.xxgk.report.cli.Main}. Commands
 * implement {@code Command}; input formats implement {@code InputFormat}. Nothing here is meant as
 * a library API besides {@code Main.run}.
 */
package io.github.xxgk.report.cli;
