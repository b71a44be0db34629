package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Pretty output as the contract writes it: two-space indents, {@code \n} line ends and {@code
 * "key": value}. The separator is written here rather than configured with {@code
 * Separators.Spacing}, which only Jackson 2.16 and later have, so that the output is the same byte
 * for byte on every supported version.
 */
final class CanonicalPrettyPrinter extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;

  CanonicalPrettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    indentObjectsWith(indenter);
    indentArraysWith(indenter);
  }

  private CanonicalPrettyPrinter(CanonicalPrettyPrinter base) {
    super(base);
  }

  /** Jackson copies the printer for each document; a subclass must say how. */
  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter(this);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
    generator.writeRaw(": ");
  }
}
