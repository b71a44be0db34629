package io.github.xxgk.report.cli;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Verdict;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The one report of one input, for {@code convert} and {@code render}: read by the same {@link
 * InputFormat}s as {@code validate} (JSON, a published page, copied text, a PDF), with every
 * problem met. An input that holds no report, or more than one, is not a report.
 */
final class OneReport {
  /** The report; null when the input is not exactly one report. */
  final AnnualReport report;

  /**
   * The problems met reading it; with a report, an ERROR among them is one that does not withhold
   * the report (IMPORT-EDITION-2019: a report read exactly from the 2019 template).
   */
  final List<Problem> problems;

  /** Whether reading failed inside the tool: exit status 3, not 2. */
  final boolean internalFailure;

  private OneReport(AnnualReport report, List<Problem> problems, boolean internalFailure) {
    this.report = report;
    this.problems = problems;
    this.internalFailure = internalFailure;
  }

  /**
   * The exit status of an input that gave a report: {@link Main#INVALID} when an ERROR came with it
   * (the 2019 template for a year of 2021 or later), else {@link Main#OK}.
   */
  int writtenStatus() {
    return Main.status(Verdict.of(problems));
  }

  /** The exit status of an input that gave no report. */
  int failureStatus() {
    return internalFailure ? Main.INTERNAL : Main.NOT_A_REPORT;
  }

  /** Reads a file, or standard input for {@code -}; never throws for the content or the file. */
  static OneReport read(String operand, InputStream stdin, Messages messages) {
    final List<Problem> problems = new ArrayList<>();
    final List<AnnualReport> reports = new ArrayList<>(1);
    final int[] records = {0};
    try (InputStream raw =
        operand.equals("-") ? new Unclosed(stdin) : Files.newInputStream(Paths.get(operand))) {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      Head head = Head.of(in);
      InputFormats.of(head)
          .read(
              in,
              head,
              new Input(
                  operand,
                  operand.equals("-") ? null : Paths.get(operand),
                  operand.endsWith(".jsonl")),
              messages,
              record -> {
                problems.addAll(record.problems);
                if (record.report != null) {
                  reports.add(record.report);
                }
                // Two records are enough to say that the input is not one report.
                return ++records[0] < 2;
              });
    } catch (NoSuchFileException e) {
      problems.add(Problem.of(FileRule.FILE_UNREADABLE).variant("missing").build());
    } catch (AccessDeniedException e) {
      problems.add(Problem.of(FileRule.FILE_UNREADABLE).variant("denied").build());
    } catch (IOException | java.nio.file.InvalidPathException e) {
      problems.add(
          Problem.of(FileRule.FILE_UNREADABLE)
              .variant("io")
              .arguments(Escape.text(String.valueOf(e.getMessage())))
              .build());
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(
          Problem.of(FileRule.INTERNAL_ERROR)
              .arguments(e.getClass().getName() + ": " + e.getMessage())
              .build());
      return new OneReport(null, problems, true);
    }
    if (records[0] > 1) {
      problems.add(Problem.of(FileRule.INPUT_FORMAT).variant("not-one").build());
      return new OneReport(null, problems, false);
    }
    if (reports.isEmpty() && !PublishedInput.hasError(problems)) {
      problems.add(Problem.of(FileRule.INPUT_FORMAT).variant("empty").line(1, 1).build());
    }
    return new OneReport(reports.isEmpty() ? null : reports.get(0), problems, false);
  }

  /** Prints the problems on standard error, one line each, as {@code validate} prints findings. */
  void printProblems(String name, PrintStream err, Messages messages) {
    if (problems.isEmpty()) {
      return;
    }
    try {
      BufferedWriter writer =
          new BufferedWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
      TextOutput text = new TextOutput(writer, messages, true);
      FileTally file = new FileTally(name);
      for (Problem problem : problems) {
        text.finding(file, 0, null, null, problem);
      }
      writer.flush();
    } catch (IOException e) {
      // Standard error is gone: there is nowhere left to say so.
    }
  }

  /** Standard input, which reading must leave open for the caller. */
  private static final class Unclosed extends java.io.FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
