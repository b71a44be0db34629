/** The HTML producer of the intermediate form: a published page, parsed by jsoup. */
package io.github.xxgk.report.publication.read.html;
