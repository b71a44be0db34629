/**
 * Reading a published report from a PDF's text layer: words with their positions and the page's
 * ruling lines, aligned into tables of rows and cells and into paragraphs, so that the matcher
 * shared with the HTML and text readers resolves the form's cells. Scanned PDFs, fonts without a
 * usable Unicode map, encrypted and broken files end in located problems.
 */
package io.github.xxgk.report.publication.pdf;
