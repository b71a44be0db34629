package io.github.xxgk.report.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.testkit.Defects;
import io.github.xxgk.report.testkit.InvalidReport;
import io.github.xxgk.report.testkit.ReportFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code fixtures}: writes generated reports as files for teams that do not use Java, and a
 * manifest that describes them beside the folder, not in it, so that validating the folder checks
 * reports only. Files of an earlier run (by their names) are removed first.
 */
final class FixturesCommand implements Command {
  static final Option VALID = Option.value("valid", Option.NONE);
  static final Option INVALID = Option.value("invalid", Option.NONE);
  static final Option SEED = Option.value("seed", Option.NONE);
  static final Option MANIFEST = Option.value("manifest", Option.NONE);

  static final int MAX_FILES = 1_000_000;

  /** The names this command writes; only these are removed from an earlier run. */
  static final String OWN_FILES = "(valid-[0-9]{4,}|invalid-[0-9]{4,}-[a-z0-9-]+)\\.json";

  /** JSON carries only the 2021 edition, so this rule cannot be broken in a file. */
  static final String EDITION_UNKNOWN = "EDITION-UNKNOWN";

  @Override
  public String name() {
    return "fixtures";
  }

  @Override
  public List<Option> options() {
    return Arrays.asList(Option.OUT, VALID, INVALID, SEED, MANIFEST);
  }

  @Override
  public int run(Arguments arguments, Terminal terminal) throws UsageException {
    if (!arguments.operands().isEmpty()) {
      throw new UsageException(
          "fixtures takes no operand: " + Escape.text(arguments.operands().get(0)));
    }
    String out = arguments.value(Option.OUT, null);
    if (out == null) {
      throw new UsageException("--out DIR is required");
    }
    int valid = (int) arguments.number(VALID, 0, 0, MAX_FILES);
    int invalid = (int) arguments.number(INVALID, 0, 0, MAX_FILES);
    long seed = arguments.number(SEED, 0, Long.MIN_VALUE, Long.MAX_VALUE);
    Path dir;
    Path manifest;
    try {
      dir = Paths.get(out);
      manifest = Paths.get(arguments.value(MANIFEST, defaultManifest(out)));
    } catch (InvalidPathException e) {
      throw new UsageException("not a path: " + Escape.text(e.getInput()));
    }
    PrintStream err = terminal.err;
    try {
      write(dir, manifest, valid, invalid, seed);
    } catch (IOException | RuntimeException e) {
      err.println(
          "xxgk-report fixtures: could not write fixtures to "
              + Escape.text(out)
              + ": "
              + Escape.text(e.toString()));
      return 1;
    }
    err.println(
        "wrote "
            + valid
            + " valid and "
            + invalid
            + " invalid reports to "
            + Escape.text(out)
            + " and the manifest to "
            + Escape.text(manifest.toString()));
    return Main.OK;
  }

  /** {@code DIR.manifest.json} beside the folder. */
  static String defaultManifest(String out) {
    String dir = out;
    while (dir.length() > 1 && (dir.endsWith("/") || dir.endsWith(java.io.File.separator))) {
      dir = dir.substring(0, dir.length() - 1);
    }
    return dir + ".manifest.json";
  }

  /** The rules whose invalid reports go into files, in turn. */
  static List<String> fileRules() {
    List<String> rules = new ArrayList<>(Defects.generable());
    rules.remove(EDITION_UNKNOWN);
    return rules;
  }

  private static void write(Path dir, Path manifest, int valid, int invalid, long seed)
      throws IOException {
    Files.createDirectories(dir);
    removeEarlierRun(dir);
    Path parent = manifest.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ReportJson json = ReportJson.standard();
    List<String> rules = fileRules();
    try (OutputStream out = Files.newOutputStream(manifest);
        JsonGenerator entries = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
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
        String file =
            String.format(Locale.ROOT, "invalid-%04d-%s.json", i, rule.toLowerCase(Locale.ROOT));
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

  private static void removeEarlierRun(Path dir) throws IOException {
    Pattern own = Pattern.compile(OWN_FILES);
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (own.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
          stale.add(entry);
        }
      }
    }
    for (Path file : stale) {
      Files.delete(file);
    }
  }

  private static void writeReport(Path file, ReportJson json, AnnualReport report)
      throws IOException {
    Files.write(file, (json.writePretty(report) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
