package io.github.xxgk.report.validation;

import io.github.xxgk.report.problem.Catalogue;
import io.github.xxgk.report.problem.Code;
import java.util.List;

/**
 * Registers the standard rules ({@link Rules#standard()}) in the {@link Catalogue}; found by {@link
 * java.util.ServiceLoader}, not meant to be called.
 */
public final class StandardRules implements Catalogue.Provider {
  /** For {@link java.util.ServiceLoader}. */
  public StandardRules() {}

  @Override
  public List<? extends Code> codes() {
    return Rules.standard();
  }
}
