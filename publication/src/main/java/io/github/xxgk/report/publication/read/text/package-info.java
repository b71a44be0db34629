/** The plain-text producer of the intermediate form: copied pages, tab-separated rows, Markdown. */
package io.github.xxgk.report.publication.read.text;
