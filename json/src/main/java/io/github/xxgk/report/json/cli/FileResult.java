package io.github.xxgk.report.json.cli;

import io.github.xxgk.report.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/** What was found in one input file. */
final class FileResult {
  final String file;
  final List<Finding> findings = new ArrayList<>();
  int reports;
  int records;

  FileResult(String file) {
    this.file = file;
  }

  long count(Severity severity) {
    long count = 0;
    for (Finding finding : findings) {
      if (finding.severity == severity) {
        count++;
      }
    }
    return count;
  }

  boolean unreadable() {
    for (Finding finding : findings) {
      if (finding.unreadable) {
        return true;
      }
    }
    return false;
  }

  /** Valid when every record is a report and none has an error. */
  boolean valid() {
    return count(Severity.ERROR) == 0;
  }

  /** 2 when an input was not a report, else 1 for an error, else 0. */
  int exitStatus() {
    return unreadable() ? Main.UNREADABLE : valid() ? Main.OK : Main.INVALID;
  }
}
