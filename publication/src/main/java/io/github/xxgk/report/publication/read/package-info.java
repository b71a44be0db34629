/**
 * Reading published reports (HTML pages, copied text, Markdown) back into the model, exactly or not
 * at all: {@link io.github.xxgk.report.publication.read.PublishedReports} is the entry point.
 */
package io.github.xxgk.report.publication.read;
