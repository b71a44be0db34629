package io.github.xxgk.report.cli;

/** The command line makes no sense: exit status 2, one line on standard error, no stack trace. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
