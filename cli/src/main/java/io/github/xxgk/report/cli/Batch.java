package io.github.xxgk.report.cli;

import io.github.xxgk.report.json.JsonRule;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ReportValidator;
import io.github.xxgk.report.validation.ValidationResult;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;

/**
 * One run of {@code validate} over its inputs: the validator, last year's reports, the counts. Each
 * input is read by its {@link InputFormat}, each report validated, and each finding handed to the
 * {@link Output} at once; nothing of an input is kept after it but its counts.
 */
final class Batch {
  private final ReportValidator validator = ReportValidator.standard();
  private final Output output;
  private final Messages messages;
  private final long maxFindings;
  private final long maxRecords;
  private final Progress progress;
  private final InputStream stdin;
  private final PreviousYears previous = new PreviousYears();
  final Summary summary = new Summary();
  private long listed;

  Batch(
      Output output,
      Messages messages,
      long maxFindings,
      long maxRecords,
      Progress progress,
      InputStream stdin) {
    this.output = output;
    this.messages = messages;
    this.maxFindings = maxFindings;
    this.maxRecords = maxRecords;
    this.progress = progress;
    this.stdin = stdin;
  }

  /** Reads last year's reports; an input of them that is not readable is printed as any other. */
  void loadPrevious(InputWalker walker, String operand) throws IOException {
    summary.previousGiven = true;
    walker.walk(Arrays.asList(operand), checking(true));
  }

  void checkAll(InputWalker walker, List<String> operands) {
    walker.walk(operands, checking(false));
  }

  /** Checks every input the walker finds, and prints every fault it meets; never stops it. */
  private InputWalker.Visitor checking(boolean asPrevious) {
    return new InputWalker.Visitor() {
      @Override
      public boolean input(Input input) {
        check(input, asPrevious);
        return true;
      }

      @Override
      public boolean fault(String name, String reason, String detail) {
        walkFault(name, reason, detail);
        return true;
      }
    };
  }

  /**
   * The file could not be read at all: a finding of the file, not of a record; the variant of
   * {@code FILE-UNREADABLE} says why.
   */
  private void unreadable(FileTally file, String variant, String... arguments) {
    Problem message =
        Problem.of(FileRule.FILE_UNREADABLE)
            .variant(variant)
            .arguments((Object[]) arguments)
            .build();
    emit(file, -1, null, null, message);
  }

  private void walkFault(String name, String reason, String detail) {
    FileTally file = new FileTally(name);
    start(file);
    unreadable(file, "walk." + reason, detail == null ? "" : Escape.text(detail));
    end(file);
  }

  /**
   * Checks one input; as previous years, its reports are kept instead, and only its problems are
   * printed.
   */
  private void check(final Input input, final boolean asPrevious) {
    final FileTally file = new FileTally(input.name);
    if (!asPrevious) {
      start(file);
    }
    try (InputStream raw = open(input)) {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      Head head = Head.of(in);
      InputFormat format = InputFormats.of(head);
      format.read(
          in,
          head,
          input,
          messages,
          new InputFormat.RecordSink() {
            @Override
            public boolean accept(Record record) {
              return take(file, record, asPrevious);
            }
          });
      if (file.records == 0 && !file.notReport()) {
        emit(
            file,
            -1,
            null,
            null,
            Problem.of(JsonRule.SYNTAX).variant("noReport").line(1, 1).build());
      }
    } catch (Guarded.Failed e) {
      throw e;
    } catch (NoSuchFileException e) {
      unreadable(file, "missing");
    } catch (AccessDeniedException e) {
      unreadable(file, "denied");
    } catch (IOException e) {
      unreadable(file, "io", Escape.text(String.valueOf(e.getMessage())));
    } catch (RuntimeException | Error e) {
      file.internalFailure = true;
      emit(
          file,
          -1,
          null,
          null,
          Problem.of(FileRule.INTERNAL_ERROR)
              .arguments(e.getClass().getName() + ": " + e.getMessage())
              .build());
    }
    end(file);
  }

  private InputStream open(Input input) throws IOException {
    if (input.path == null) {
      return new Unclosed(stdin);
    }
    if (!Files.exists(input.path) || Files.isRegularFile(input.path)) {
      return Files.newInputStream(input.path);
    }
    // A FIFO or a device: a channel's stream asks for its position, which a pipe does not have.
    return new java.io.FileInputStream(input.path.toFile());
  }

  /** Handles one record; false to stop reading the input. */
  private boolean take(FileTally file, Record record, boolean asPrevious) {
    if (record.index >= 0 && file.records >= maxRecords) {
      Problem.Builder tooMany =
          Problem.of(JsonRule.LIMIT).variant("records").arguments(String.valueOf(maxRecords));
      emit(
          file,
          record.index,
          null,
          null,
          (record.line > 0 ? tooMany.line(record.line) : tooMany).build());
      return false;
    }
    if (record.index >= 0) {
      file.records++;
    }
    if (record.report == null) {
      for (Problem problem : record.problems) {
        emit(file, record.index, null, null, problem);
      }
      return true;
    }
    file.reports++;
    AnnualReport report = record.report;
    // An ERROR of the reading that came with the report (the 2019 template for 2021 or later)
    // makes it invalid, as the validator's own errors do.
    long errorsBefore = file.errors;
    for (Problem problem : record.problems) {
      emit(file, record.index, report.organ(), report.year(), problem);
    }
    if (asPrevious) {
      previous.add(report);
      file.validReports++;
      return true;
    }
    AnnualReport before = previous.isEmpty() ? null : previous.before(report);
    if (before != null) {
      summary.withPrevious++;
    }
    ValidationResult result =
        before == null ? validator.validate(report) : validator.validate(before, report);
    for (Problem violation : result.violations()) {
      int[] at = record.position(violation.pointer());
      int line = at != null ? at[0] : record.line;
      int column = at != null ? at[1] : 0;
      Problem.Builder located = violation.toBuilder();
      if (line > 0) {
        located = column > 0 ? located.line(line, column) : located.line(line);
      }
      emit(file, record.index, report.organ(), report.year(), located.build());
    }
    if (file.errors == errorsBefore) {
      file.validReports++;
    }
    progress.update(summary, file.reports);
    return true;
  }

  private void start(FileTally file) {
    listed = 0;
    file.started = true;
    try {
      output.startFile(file);
    } catch (IOException e) {
      throw new Guarded.Failed(e);
    }
  }

  private void emit(FileTally file, int record, String organ, Integer year, Problem finding) {
    if (!file.started) {
      start(file);
    }
    file.count(finding);
    summary.count(finding);
    if (listed >= maxFindings) {
      file.omitted++;
      return;
    }
    listed++;
    try {
      output.finding(file, record, organ, year, finding);
    } catch (IOException e) {
      throw new Guarded.Failed(e);
    }
  }

  private void end(FileTally file) {
    if (!file.started) {
      return;
    }
    summary.add(file);
    try {
      output.endFile(file);
    } catch (IOException e) {
      throw new Guarded.Failed(e);
    }
    progress.update(summary, 0);
  }

  /** Standard input, which closing one input must leave open for the caller. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller owns standard input.
    }
  }
}
