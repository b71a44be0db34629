package io.github.xxgk.report.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed arguments of one command, GNU style: {@code --name value}, {@code --name=value},
 * {@code -x value}, {@code -xVALUE}, grouped one-letter switches ({@code -qh}), {@code --} to end
 * the options, and {@code -} as an operand (standard input). Options may come after operands.
 */
final class Arguments {
  /** The option that every command has. */
  static final Option HELP = Option.flag("help", 'h');

  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<String> operands = new ArrayList<>();

  private Arguments() {}

  static Arguments parse(List<String> args, List<Option> declared) throws UsageException {
    List<Option> options = new ArrayList<>(declared);
    options.add(HELP);
    Arguments parsed = new Arguments();
    boolean onlyOperands = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyOperands || arg.equals("-") || !arg.startsWith("-")) {
        parsed.operands.add(arg);
      } else if (arg.equals("--")) {
        onlyOperands = true;
      } else if (arg.startsWith("--")) {
        int equals = arg.indexOf('=');
        String name = arg.substring(2, equals < 0 ? arg.length() : equals);
        Option option = byName(options, name);
        if (option == null) {
          throw new UsageException("unknown option --" + name);
        }
        if (!option.takesValue) {
          if (equals >= 0) {
            throw new UsageException("--" + name + " takes no value");
          }
          parsed.add(option, "");
        } else if (equals >= 0) {
          parsed.add(option, arg.substring(equals + 1));
        } else if (i + 1 < args.size()) {
          parsed.add(option, args.get(++i));
        } else {
          throw new UsageException("--" + name + " needs a value");
        }
      } else {
        for (int j = 1; j < arg.length(); j++) {
          Option option = byLetter(options, arg.charAt(j));
          if (option == null) {
            throw new UsageException("unknown option -" + arg.charAt(j));
          }
          if (!option.takesValue) {
            parsed.add(option, "");
            continue;
          }
          if (j + 1 < arg.length()) {
            parsed.add(option, arg.substring(j + 1));
          } else if (i + 1 < args.size()) {
            parsed.add(option, args.get(++i));
          } else {
            throw new UsageException("-" + option.letter + " needs a value");
          }
          break;
        }
      }
    }
    return parsed;
  }

  private void add(Option option, String value) throws UsageException {
    List<String> list = values.get(option.name);
    if (list == null) {
      list = new ArrayList<>(1);
      values.put(option.name, list);
    } else if (!option.repeatable) {
      throw new UsageException("--" + option.name + " is given twice");
    }
    list.add(value);
  }

  private static Option byName(List<Option> options, String name) {
    for (Option option : options) {
      if (option.name.equals(name)) {
        return option;
      }
    }
    return null;
  }

  private static Option byLetter(List<Option> options, char letter) {
    for (Option option : options) {
      if (option.letter != Option.NONE && option.letter == letter) {
        return option;
      }
    }
    return null;
  }

  /** Whether the option was given. */
  boolean has(Option option) {
    return values.containsKey(option.name);
  }

  /** The option's value, or the default when it was not given. */
  String value(Option option, String defaultValue) {
    List<String> list = values.get(option.name);
    return list == null ? defaultValue : list.get(0);
  }

  /** The values of a repeatable option, in the order given; empty when it was not given. */
  List<String> all(Option option) {
    List<String> list = values.get(option.name);
    return list == null ? Collections.<String>emptyList() : Collections.unmodifiableList(list);
  }

  /** The option's value as a whole number in a range. */
  long number(Option option, long defaultValue, long min, long max) throws UsageException {
    String text = value(option, null);
    if (text == null) {
      return defaultValue;
    }
    long number;
    try {
      number = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--" + option.name + " needs a whole number, not " + Escape.text(text));
    }
    if (number < min || number > max) {
      throw new UsageException(
          "--" + option.name + " must be from " + min + " to " + max + ", not " + number);
    }
    return number;
  }

  /** The option's value, which must be one of the choices. */
  String choice(Option option, String defaultValue, String... choices) throws UsageException {
    String text = value(option, defaultValue);
    for (String choice : choices) {
      if (choice.equals(text)) {
        return text;
      }
    }
    throw new UsageException(
        "--"
            + option.name
            + " must be one of "
            + String.join(", ", choices)
            + ", not "
            + Escape.text(text));
  }

  /** The operands: everything that is not an option or its value. */
  List<String> operands() {
    return Collections.unmodifiableList(operands);
  }
}
