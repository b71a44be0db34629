package io.github.xxgk.report.testkit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of the standalone jar: writes fixture files for teams that do not use Java.
 *
 * <pre>
 * java -jar xxgk-report-testkit-VERSION-standalone.jar --valid 20 --invalid 30 --seed 7 --out fixtures
 * </pre>
 *
 * <p>It writes one pretty-printed JSON report per file and {@code manifest.json}, an array with one
 * entry per file: {@code {"file", "valid", "brokenRules": [...], "defect"}}. {@code
 * valid-0003.json} is {@code ReportFixtures.valid(seed + 3)}; {@code invalid-0003-*.json} is {@code
 * ReportFixtures.invalid(rule, seed + 3)}, the rules taken in turn from {@link
 * Defects#generable()} except EDITION-UNKNOWN, which JSON cannot carry. Exit codes: 0 done, 1 the files could not be written, 2 bad usage.
 */
public final class FixtureFiles {
  static final String USAGE =
      "Usage: java -jar xxgk-report-testkit-standalone.jar --out DIR [--valid N] [--invalid M] [--seed S]\n"
          + "  --out DIR     directory to write into (created if missing)\n"
          + "  --valid N     number of valid reports (default 0)\n"
          + "  --invalid M   number of invalid reports, each breaking one rule (default 0)\n"
          + "  --seed S      seed of the first file (default 0); file i uses seed S + i\n"
          + "  --help        print this message\n"
          + "Writes one JSON report per file and DIR/manifest.json: "
          + "[{\"file\", \"valid\", \"brokenRules\": [...], \"defect\"}, ...]\n";

  private static final int MAX_FILES = 1_000_000;

  private FixtureFiles() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments, see {@link #USAGE}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @param out where {@code --help} and the summary go
   * @param err where problems go
   * @return 0 when done, 1 when files could not be written, 2 on bad usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    int valid = 0;
    int invalid = 0;
    long seed = 0;
    Path dir = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--help") || option.equals("-h")) {
          out.print(USAGE);
          return 0;
        }
        if (!option.equals("--valid") && !option.equals("--invalid") && !option.equals("--seed") && !option.equals("--out")) {
          return usage(err, "unknown argument: " + option);
        }
        if (i + 1 >= args.length) {
          return usage(err, option + " needs a value");
        }
        String value = args[++i];
        if (option.equals("--out")) {
          dir = Paths.get(value);
        } else if (option.equals("--seed")) {
          seed = Long.parseLong(value);
        } else {
          int count = Integer.parseInt(value);
          if (count < 0 || count > MAX_FILES) {
            return usage(err, option + " must be between 0 and " + MAX_FILES + ": " + value);
          }
          if (option.equals("--valid")) {
            valid = count;
          } else {
            invalid = count;
          }
        }
      }
    } catch (NumberFormatException e) {
      return usage(err, "not a whole number: " + e.getMessage());
    } catch (java.nio.file.InvalidPathException e) {
      return usage(err, "not a path: " + e.getMessage());
    }
    if (dir == null) {
      return usage(err, "--out DIR is required");
    }
    try {
      write(dir, valid, invalid, seed);
    } catch (IOException | RuntimeException e) {
      err.println("xxgk-report-testkit: could not write fixtures to " + dir + ": " + e);
      return 1;
    }
    out.println("wrote " + valid + " valid and " + invalid + " invalid reports and manifest.json to " + dir);
    return 0;
  }

  /**
   * The rules whose invalid reports go into files: all generable ones but EDITION-UNKNOWN, since
   * the JSON contract knows only the 2021 edition and {@link ReportJson} refuses to write another.
   */
  static List<String> fileRules() {
    List<String> rules = new ArrayList<>(Defects.generable());
    rules.remove(Defects.EDITION_UNKNOWN);
    return rules;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("xxgk-report-testkit: " + problem);
    err.print(USAGE);
    return 2;
  }

  private static void write(Path dir, int valid, int invalid, long seed) throws IOException {
    Files.createDirectories(dir);
    ReportJson json = ReportJson.standard();
    List<String> rules = fileRules();
    try (OutputStream manifest = Files.newOutputStream(dir.resolve("manifest.json"));
        JsonGenerator entries = new JsonFactory().createGenerator(manifest, JsonEncoding.UTF8)) {
      entries.useDefaultPrettyPrinter();
      entries.writeStartArray();
      for (int i = 0; i < valid; i++) {
        String file = String.format(Locale.ROOT, "valid-%04d.json", i);
        writeReport(dir.resolve(file), json, ReportFixtures.valid(seed + i));
        entries.writeStartObject();
        entries.writeStringField("file", file);
        entries.writeBooleanField("valid", true);
        entries.writeArrayFieldStart("brokenRules");
        entries.writeEndArray();
        entries.writeNullField("defect");
        entries.writeEndObject();
      }
      for (int i = 0; i < invalid; i++) {
        String rule = rules.get(i % rules.size());
        String file = String.format(Locale.ROOT, "invalid-%04d-%s.json", i, rule.toLowerCase(Locale.ROOT));
        InvalidReport broken = ReportFixtures.invalid(rule, seed + i);
        writeReport(dir.resolve(file), json, broken.report());
        entries.writeStartObject();
        entries.writeStringField("file", file);
        entries.writeBooleanField("valid", false);
        entries.writeArrayFieldStart("brokenRules");
        for (String id : broken.brokenRules()) {
          entries.writeString(id);
        }
        entries.writeEndArray();
        entries.writeStringField("defect", broken.defect());
        entries.writeEndObject();
      }
      entries.writeEndArray();
      entries.writeRaw('\n');
    }
  }

  private static void writeReport(Path file, ReportJson json, AnnualReport report) throws IOException {
    Files.write(file, (json.writePretty(report) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
