package io.github.xxgk.report.cli;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The input formats, in the order they are asked; the last takes anything. */
final class InputFormats {
  /**
   * The formats the tool reads; {@link NotJson} must stay last. The readers of published reports
   * come after JSON, so that their classes load only for inputs that are not JSON.
   */
  static final List<InputFormat> ALL =
      Collections.unmodifiableList(
          Arrays.<InputFormat>asList(
              new JsonInput(), new PdfInput(), new PublishedInput(), new NotJson()));

  private InputFormats() {}

  /** The first format that recognises the head. */
  static InputFormat of(Head head) {
    for (InputFormat format : ALL) {
      if (format.recognises(head)) {
        return format;
      }
    }
    throw new IllegalStateException("the last format takes any input");
  }
}
