/**
 * The intermediate form of a published report: paragraphs and tables (rows of cells with their
 * spans) in reading order, each with its position in the source. Producers for HTML, text and PDF
 * write it; the matcher in {@code read.match} reads it against the form's catalogue.
 */
package io.github.xxgk.report.publication.read.source;
