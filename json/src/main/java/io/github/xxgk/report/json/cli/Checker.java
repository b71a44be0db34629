package io.github.xxgk.report.json.cli;

import io.github.xxgk.report.json.JsonProblem;
import io.github.xxgk.report.json.ReportFormatException;
import io.github.xxgk.report.json.ReportJson;
import io.github.xxgk.report.json.ReportRecord;
import io.github.xxgk.report.json.ReportStream;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import io.github.xxgk.report.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;

/** Reads each input and validates every report in it; nothing here stops the other inputs. */
final class Checker {
  /** The rule id of an input that could not be opened or read. */
  static final String UNREADABLE_FILE = "FILE-UNREADABLE";

  private final ReportJson json = ReportJson.standard();
  private final ReportValidator validator = ReportValidator.standard();
  private final Options options;
  private final InputStream stdin;
  private AnnualReport previous;

  Checker(Options options, InputStream stdin) {
    this.options = options;
    this.stdin = stdin;
  }

  /** Reads the previous year's report; a fault is returned as the result of that file. */
  FileResult loadPrevious() {
    FileResult result = new FileResult(options.previous);
    try (InputStream in = Files.newInputStream(Paths.get(options.previous))) {
      previous = json.read(in);
      result.records = 1;
      result.reports = 1;
    } catch (ReportFormatException e) {
      for (JsonProblem problem : e.problems()) {
        result.findings.add(Finding.of(problem, 0, options.locale));
      }
    } catch (IOException | UncheckedIOException e) {
      result.findings.add(Finding.unreadable(UNREADABLE_FILE, ioMessage(e)));
    }
    return result;
  }

  FileResult check(String file) {
    FileResult result = new FileResult(file);
    try (InputStream in = file.equals("-") ? new Unclosed(stdin) : Files.newInputStream(Paths.get(file));
        ReportStream records = options.jsonLines ? json.readLines(in) : json.readAll(in)) {
      while (records.hasNext()) {
        ReportRecord record = records.next();
        result.records++;
        if (record.isReport()) {
          result.reports++;
          AnnualReport report = record.report().get();
          ValidationResult validation =
              previous == null ? validator.validate(report) : validator.validate(previous, report);
          for (Violation violation : validation.violations()) {
            result.findings.add(Finding.of(violation, record.index(), record.line(), options.locale));
          }
        } else {
          for (JsonProblem problem : record.problems()) {
            result.findings.add(Finding.of(problem, record.index(), options.locale));
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      result.findings.add(Finding.unreadable(UNREADABLE_FILE, ioMessage(e)));
    }
    if (result.records == 0 && result.findings.isEmpty()) {
      // An empty or blank file, or an empty array: nothing was checked, so it is not valid.
      result.findings.add(Finding.noReport(options.locale));
    }
    return result;
  }

  private String ioMessage(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String what = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return Locale.CHINESE.getLanguage().equals(options.locale.getLanguage())
        ? "无法读取文件（" + what + "）"
        : "cannot read the file (" + what + ")";
  }

  /** Standard input, which closing a stream of records must leave open. */
  private static final class Unclosed extends java.io.FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller owns standard input.
    }
  }
}
