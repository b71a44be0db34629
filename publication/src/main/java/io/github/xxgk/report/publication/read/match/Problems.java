package io.github.xxgk.report.publication.read.match;

import io.github.xxgk.report.problem.SourcePosition;

/** Where the parts of the matcher add their problems (bounded by the matcher). */
interface Problems {
  /** Adds a problem of a rule with the rule's severity. */
  void add(ImportRule rule, SourcePosition at, String pointer, Object... arguments);
}
