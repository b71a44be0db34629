package io.github.xxgk.report.cli;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Code;
import io.github.xxgk.report.problem.MessageBundle;
import io.github.xxgk.report.problem.Severity;
import io.github.xxgk.report.problem.Stage;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line tool's own codes, of stage {@link Stage#FILE}: an input that yields no report
 * before any reader of a format could say why. Their titles and messages are in the tool's bundle
 * ({@link Messages}), under {@code title.<ID>} and {@code <ID>} or {@code <ID>.<variant>}.
 */
public enum FileRule implements Code {
  /**
   * The input cannot be opened or read: a missing file, no permission, an I/O error, a path or a
   * directory that cannot be walked.
   */
  FILE_UNREADABLE,
  /**
   * The input is not a report the tool reads: another format, no report at all, more than one where
   * one is wanted, or a published report the reader could not read and gave no reason.
   */
  INPUT_FORMAT,
  /** Checking the input failed inside the tool; the exit status is 3. */
  INTERNAL_ERROR;

  @Override
  public String id() {
    return name().replace('_', '-');
  }

  @Override
  public Stage stage() {
    return Stage.FILE;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  /** The tool's bundle, {@link Messages#BUNDLE}. */
  @Override
  public MessageBundle bundle() {
    return Messages.BUNDLE;
  }

  /**
   * Registers the tool's codes in the {@link Catalogue}; found by {@link java.util.ServiceLoader}.
   */
  public static final class Provider implements Catalogue.Provider {
    /** For {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public List<? extends Code> codes() {
      return Arrays.asList(values());
    }
  }
}
