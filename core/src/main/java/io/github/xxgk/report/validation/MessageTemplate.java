package io.github.xxgk.report.validation;

/**
 * The message of a custom rule: text with placeholders {@code {0}}, {@code {1}}, … that are
 * replaced by the check's arguments, each as plain text. An apostrophe is an apostrophe (in {@link
 * java.text.MessageFormat} it quotes, and swallowed the rest of "The organ's name is {0}."); two in
 * a row are one, as MessageFormat writes it, so that such patterns read the same. A brace that is
 * not part of a placeholder is refused when the rule is built, so that rendering a message can
 * never fail.
 */
final class MessageTemplate {
  /** Placeholders go up to {@code {99}}: more arguments than any check reports. */
  private static final int MAX_DIGITS = 2;

  private MessageTemplate() {}

  /**
   * @param arguments how many arguments there are; a placeholder beyond them is refused
   * @throws IllegalArgumentException naming the first brace that is not a placeholder
   */
  static void check(String template, int arguments) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = placeholderEnd(template, i);
        if (end < 0) {
          throw new IllegalArgumentException(
              "a message has only placeholders {0}, {1}, ... between braces; at "
                  + i
                  + ": "
                  + template);
        }
        int index = Integer.parseInt(template.substring(i + 1, end - 1));
        if (index >= arguments) {
          throw new IllegalArgumentException(
              "placeholder {"
                  + index
                  + "} but only "
                  + arguments
                  + " arguments are declared: "
                  + template);
        }
        i = end;
      } else if (c == '}') {
        throw new IllegalArgumentException(
            "a message has only placeholders {0}, {1}, ... between braces; at "
                + i
                + ": "
                + template);
      } else {
        i++;
      }
    }
  }

  /** The index after the placeholder that starts at {@code start}, or -1 if there is none. */
  private static int placeholderEnd(String template, int start) {
    int i = start + 1;
    while (i < template.length() && i - start - 1 < MAX_DIGITS && isDigit(template.charAt(i))) {
      i++;
    }
    return i > start + 1 && i < template.length() && template.charAt(i) == '}' ? i + 1 : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The template with each placeholder replaced; one without an argument is left as it is. */
  static String render(String template, String[] arguments) {
    StringBuilder text = new StringBuilder(template.length() + 16 * arguments.length);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\'' && i + 1 < template.length() && template.charAt(i + 1) == '\'') {
        text.append(c);
        i += 2;
        continue;
      }
      int end = c == '{' ? placeholderEnd(template, i) : -1;
      if (end < 0) {
        text.append(c);
        i++;
        continue;
      }
      int index = Integer.parseInt(template.substring(i + 1, end - 1));
      text.append(index < arguments.length ? arguments[index] : template.substring(i, end));
      i = end;
    }
    return text.toString();
  }
}
