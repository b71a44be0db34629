/**
 * The report as it is published on a portal: rendered to HTML and text laid out as the paper form
 * of the catalogue, and read back from published HTML pages and copied text.
 */
package io.github.xxgk.report.publication;
