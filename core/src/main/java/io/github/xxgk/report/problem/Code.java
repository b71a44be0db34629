package io.github.xxgk.report.problem;

/**
 * One code of the {@link Catalogue}: a kind of problem with a stable id, the stage that finds it, a
 * default severity, a title and a basis in both languages, and the messages of its problems.
 *
 * <p>Ids are upper-case words joined by hyphens ({@code APPLICATIONS-ROW-TOTAL}, {@code JSON-TYPE},
 * {@code FILE-UNREADABLE}); they are public, never renamed and never reused. Implementations are
 * immutable and thread-safe; most are enums whose texts come from a {@link MessageBundle}:
 *
 * <pre>{@code
 * public enum FileRule implements Code {
 *   FILE_UNREADABLE;
 *   private static final MessageBundle MESSAGES = MessageBundle.of(FileRule.class, "FileMessages");
 *   public String id() { return name().replace('_', '-'); }
 *   public Stage stage() { return Stage.FILE; }
 *   public Severity severity() { return Severity.ERROR; }
 *   public String title(Language language) { return MESSAGES.title(id(), language); }
 *   public String basis(Language language) { return MESSAGES.basis(id(), language); }
 *   public String message(String key, Object[] arguments, Language language) {
 *     return MESSAGES.format(key, language, arguments);
 *   }
 * }
 * }</pre>
 */
public interface Code {
  /** The stable id, e.g. {@code APPLICATIONS-ROW-TOTAL}; never null. */
  String id();

  /** The stage that finds problems of this code. */
  Stage stage();

  /** The severity of this code's problems unless the one who reports a problem sets another. */
  Severity severity();

  /** The title: what kind of problem this is, in a few words. */
  String title(Language language);

  /**
   * What the code rests on: a note printed in the form, an article of the regulations, a circular
   * such as 国办函〔2020〕109号, or this library's own contract; empty when there is nothing to cite.
   */
  String basis(Language language);

  /**
   * Renders a message of this code. It never throws for a key and arguments this code's own
   * reporter produced.
   *
   * @param key the message key: the id, or the id, a dot and a variant ({@code
   *     PUBLICATION-DEADLINE.kindUnknown})
   * @param arguments the arguments of the message, by position; user data only ever goes here,
   *     never into a pattern
   */
  String message(String key, Object[] arguments, Language language);

  /**
   * Whether an {@link Severity#ERROR ERROR} of this code means that no report came out of the input
   * (it could not be read as a file, as JSON or as a published report), rather than that a report
   * came out and is invalid. By default true for every stage but {@link Stage#VALIDATION}.
   */
  default boolean withholdsReport() {
    return stage() != Stage.VALIDATION;
  }
}
