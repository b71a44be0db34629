/**
 * The command-line validator of the {@code standalone} jar: it reads reports in the contract's
 * JSON form, checks them with the standard validator and prints what it found, as text or JSON,
 * with an exit status that a CI job can act on. Start at {@link
 * io.github.xxgk.report.json.cli.Main}.
 */
package io.github.xxgk.report.json.cli;
