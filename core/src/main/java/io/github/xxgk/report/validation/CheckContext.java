package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.CellGrid;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Check} sees of one validation: the report, the previous year's report when there is
 * one, the value of every cell (read once for all rules), and where to report a violation of the
 * rule being checked.
 *
 * <p>A context is valid only while the check it was given to runs; the validator reuses it, so a
 * valid report costs no allocation. A violation reported through a context kept after its check
 * returned is refused.
 */
public final class CheckContext {
  private final CellGrid grid;
  private AnnualReport report;
  private AnnualReport previous;
  // The validator's rules and their severities, and the index of the one being checked: an index
  // per rule rather than two references, whose stores (with the collector's barriers) were a
  // tenth of a valid report's validation.
  private Rule[] rules;
  private Severity[] severities;
  private int current;
  private List<Problem> found;
  private boolean open;
  // Whether a validation on this thread is using this context: a check that validates another
  // report inside its own validation gets a context of its own.
  boolean busy;

  CheckContext() {
    this(new CellGrid());
  }

  private CheckContext(CellGrid grid) {
    this.grid = grid;
  }

  /** Reads the report's cells; throws when the report is one the builders could not have made. */
  void start(AnnualReport report, AnnualReport previous, Rule[] rules, Severity[] severities) {
    this.report = report;
    this.previous = previous;
    this.rules = rules;
    this.severities = severities;
    this.found = null;
    grid.read(report);
  }

  /** A context for a custom check: same report and cells, violations kept apart. */
  CheckContext forCustom() {
    CheckContext context = new CheckContext(grid);
    context.report = report;
    context.previous = previous;
    context.rules = rules;
    context.severities = severities;
    return context;
  }

  /** Starts the check of the validator's rule at an index of the arrays given to start. */
  void begin(int rule) {
    this.current = rule;
    this.open = true;
  }

  void end() {
    open = false;
  }

  /** How many violations were reported so far, to drop those of a check that throws. */
  int size() {
    return found == null ? 0 : found.size();
  }

  void truncate(int size) {
    while (found != null && found.size() > size) {
      found.remove(found.size() - 1);
    }
  }

  /** The violations reported, or null if none; the context is then free for the next report. */
  List<Problem> finish() {
    List<Problem> result = found;
    found = null;
    report = null;
    previous = null;
    // The rules stay: a context kept by its check still names its rule, and refuses a violation
    // with IllegalStateException rather than failing on a missing rule.
    return result;
  }

  void addAll(List<Problem> violations) {
    if (violations != null) {
      for (Problem violation : violations) {
        add(violation);
      }
    }
  }

  void add(Problem violation) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(violation);
  }

  /** The report being validated. */
  public AnnualReport report() {
    return report;
  }

  /** The previous year's report, when the validator was given one. */
  public Optional<AnnualReport> previousYear() {
    return Optional.ofNullable(previous);
  }

  /** The previous year's report, or null: for the rules that need it, which run only with it. */
  AnnualReport previous() {
    return previous;
  }

  /**
   * The count in a cell of the report, from the cells read once for all rules: much cheaper than
   * {@link Cell#count}.
   *
   * @throws UnsupportedOperationException for the money cell; use {@link #amount}
   */
  public int count(Cell cell) {
    return grid.count(cell);
  }

  /** The report's cells, for the standard rules' loops. */
  CellGrid grid() {
    return grid;
  }

  /** The exact value of a cell of the report, a count or money. */
  public BigDecimal amount(Cell cell) {
    return grid.amount(cell);
  }

  /** The rule being checked. */
  public Rule rule() {
    return rules == null ? null : rules[current];
  }

  /** The severity the validator's profile gives the rule being checked. */
  public Severity severity() {
    return severities == null ? null : severities[current];
  }

  /**
   * Starts a violation of the rule being checked, located at a JSON Pointer of the contract ({@code
   * ""} for the whole report); {@link ViolationBuilder#add()} reports it.
   */
  public ViolationBuilder violation(String pointer) {
    return new ViolationBuilder(
        this, rule(), severity(), Objects.requireNonNull(pointer, "pointer"));
  }

  /** Starts a violation located at a cell. */
  public ViolationBuilder violation(Cell cell) {
    return violation(cell.pointer());
  }

  /** Adds a finished violation, if the check that started it is still running. */
  void report(Problem violation, Rule from) {
    if (!open || from != rules[current]) {
      throw new IllegalStateException("Rule " + from.id() + " reported after its check returned");
    }
    add(violation);
  }
}
