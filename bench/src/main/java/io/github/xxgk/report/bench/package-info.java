/**
 * JMH benchmarks of the library against the floor of the work it must do: reading every cell once
 * for validation, a bare streaming pass over the bytes for JSON, jsoup's own parse for a published
 * page, PDFBox's own text for a PDF. {@code PairedRounds} compares two builds in one JVM, {@code
 * CliMemoryRun} and {@code ScaleRun} watch the command line's heap on large batches. Results are in
 * bench/README.md.
 */
package io.github.xxgk.report.bench;
