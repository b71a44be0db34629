package io.github.xxgk.report.cli;

import io.github.xxgk.report.json.ReportSchema;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/** {@code schema}: prints the JSON Schema of the report. */
final class SchemaCommand implements Command {
  @Override
  public String name() {
    return "schema";
  }

  @Override
  public List<Option> options() {
    return Collections.emptyList();
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws UsageException {
    if (!arguments.operands().isEmpty()) {
      throw new UsageException(
          "schema takes no operand: " + Escape.text(arguments.operands().get(0)));
    }
    Guarded out = new Guarded(terminal.out);
    try {
      out.write(ReportSchema.text().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (Guarded.Failed e) {
      return Main.INTERNAL;
    }
    return Main.OK;
  }
}
