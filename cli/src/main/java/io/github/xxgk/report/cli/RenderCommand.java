package io.github.xxgk.report.cli;

import io.github.xxgk.report.publication.render.HtmlRenderer;
import io.github.xxgk.report.publication.render.TextRenderer;
import io.github.xxgk.report.validation.ReportValidator;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code render}: writes the published page of one report (read from any format the tool reads) to
 * standard output: the HTML page, the findings view ({@code --findings}: the page with every cell a
 * violation names highlighted and the messages in {@code --lang}), or the text of a copied page.
 * The problems met reading the input are printed on standard error; an input that is not one report
 * exactly is exit status 2 and no page; a report read with an ERROR that does not withhold it (the
 * 2019 template for 2021 or later) is rendered, exit status 1.
 */
final class RenderCommand implements Command {
  static final Option FINDINGS = Option.flag("findings", Option.NONE);

  @Override
  public String name() {
    return "render";
  }

  @Override
  public List<Option> options() {
    return Arrays.asList(Option.TO, FINDINGS, Messages.LANG);
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws UsageException {
    String to = arguments.choice(Option.TO, "html", "html", "text");
    Messages messages = Messages.of(arguments);
    boolean findings = arguments.has(FINDINGS);
    if (findings && to.equals("text")) {
      throw new UsageException(
          "--findings is a view of the HTML page; it does not go with --to text");
    }
    List<String> operands = arguments.operands();
    if (operands.size() != 1) {
      throw new UsageException(
          operands.isEmpty()
              ? "no input: name one report file, or - for standard input"
              : "one input only: " + Escape.text(operands.get(1)));
    }
    OneReport read = OneReport.read(operands.get(0), terminal.in, messages);
    read.printProblems(operands.get(0), terminal.err, messages);
    if (read.report == null) {
      return read.failureStatus();
    }
    String page =
        to.equals("text")
            ? TextRenderer.render(read.report)
            : findings
                ? HtmlRenderer.standard()
                    .findings(
                        read.report,
                        ReportValidator.standard().validate(read.report),
                        messages.language().locale())
                : HtmlRenderer.standard().render(read.report);
    Guarded out = new Guarded(terminal.out);
    try {
      out.write(page.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (Guarded.Failed e) {
      return Main.INTERNAL;
    }
    return read.writtenStatus();
  }
}
