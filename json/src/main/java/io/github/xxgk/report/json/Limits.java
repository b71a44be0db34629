package io.github.xxgk.report.json;

/**
 * What the reader holds its input to, in one place: every other class of the module takes the
 * limits from here, and {@link ReportJson} publishes them as its {@code MAX_…} constants. Each
 * exceeded limit is a {@link JsonRule#LIMIT} problem, never an error from deep inside Jackson.
 */
final class Limits {
  /** Characters of one document, or of one record of a batch. */
  static final int DOCUMENT_LENGTH = 16 * 1024 * 1024;

  /** Nesting depth of objects and arrays; the contract needs 5. */
  static final int NESTING_DEPTH = 32;

  /** Characters of one string value, enough for a long narrative section. */
  static final int STRING_LENGTH = 4 * 1024 * 1024;

  /** Characters of one property name. */
  static final int NAME_LENGTH = 256;

  /** Characters of one number. */
  static final int NUMBER_LENGTH = 64;

  /** Absolute scale of the money amount, so that {@code 1e-999999999} is refused. */
  static final int MONEY_SCALE = 100;

  /** Problems listed for one report; more are counted in one last problem. */
  static final int PROBLEMS = 100;

  private Limits() {}
}
