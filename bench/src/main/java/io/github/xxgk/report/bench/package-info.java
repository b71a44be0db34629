/**
 * JMH benchmarks of the library against the floor of the work it must do: reading every cell once
 * for validation, a bare streaming pass over the bytes for JSON. Results are in bench/README.md.
 */
package io.github.xxgk.report.bench;
