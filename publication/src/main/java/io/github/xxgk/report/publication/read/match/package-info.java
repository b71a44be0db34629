/**
 * The matcher: reads the intermediate form of a published report against the form's catalogue
 * (captions with their variants), cell by cell, with provenance and located problems.
 */
package io.github.xxgk.report.publication.read.match;
