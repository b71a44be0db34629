/**
 * Rendering a report as it is published: the HTML page laid out as the paper form ({@link
 * io.github.xxgk.report.publication.render.HtmlRenderer}), the same page with a validator's
 * findings on it, and the text of a copied page ({@link
 * io.github.xxgk.report.publication.render.TextRenderer}).
 */
package io.github.xxgk.report.publication.render;
