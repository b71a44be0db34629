package io.github.xxgk.report.json.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parsed command line of {@code validate}; a usage fault is an {@link IllegalArgumentException}. */
final class Options {
  boolean json;
  Locale locale = Locale.CHINESE;
  String previous;
  boolean jsonLines;
  final List<String> files = new ArrayList<>();

  static Options parse(List<String> args) {
    Options options = new Options();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--format":
          String format = value(args, ++i, arg);
          if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be text or json, not " + format);
          }
          options.json = format.equals("json");
          break;
        case "--lang":
          String lang = value(args, ++i, arg);
          if (!lang.equals("zh") && !lang.equals("en")) {
            throw new IllegalArgumentException("--lang must be zh or en, not " + lang);
          }
          options.locale = lang.equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
          break;
        case "--previous":
          options.previous = value(args, ++i, arg);
          break;
        case "--jsonl":
          options.jsonLines = true;
          break;
        default:
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          options.files.add(arg);
      }
    }
    if (options.files.isEmpty()) {
      throw new IllegalArgumentException("no input: name one or more files, or - for standard input");
    }
    return options;
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }
}
