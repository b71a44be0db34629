package io.github.xxgk.report.problem;

/**
 * One code of the {@link Catalogue}: a kind of problem with a stable id, the stage that finds it, a
 * default severity, a title and a basis in both languages, and the messages of its problems.
 *
 * <p>Ids are upper-case words joined by hyphens ({@code APPLICATIONS-ROW-TOTAL}, {@code JSON-TYPE},
 * {@code FILE-UNREADABLE}); they are public, never renamed and never reused. Implementations are
 * immutable and thread-safe; most are enums that keep only their data (id, stage, severity) and
 * name the {@link MessageBundle} of their texts, from which the title, the basis and the messages
 * follow by the bundle's conventions:
 *
 * <pre>{@code
 * public enum FileRule implements Code {
 *   FILE_UNREADABLE;
 *   private static final MessageBundle MESSAGES = MessageBundle.of(FileRule.class, "FileMessages");
 *   public String id() { return name().replace('_', '-'); }
 *   public Stage stage() { return Stage.FILE; }
 *   public Severity severity() { return Severity.ERROR; }
 *   public MessageBundle bundle() { return MESSAGES; }
 * }
 * }</pre>
 *
 * <p>A code that carries its own texts rather than a bundle's (a custom validation rule) overrides
 * {@link #title}, {@link #basis} and {@link #message} instead.
 */
public interface Code {
  /** The stable id, e.g. {@code APPLICATIONS-ROW-TOTAL}; never null. */
  String id();

  /** The stage that finds problems of this code. */
  Stage stage();

  /** The severity of this code's problems unless the one who reports a problem sets another. */
  Severity severity();

  /**
   * The bundle of this code's texts: the title under {@code title.<ID>}, the basis under {@code
   * basis.<ID>}, the messages under the id or the id, a dot and a variant. It is what the default
   * {@link #title}, {@link #basis} and {@link #message} read.
   *
   * @throws UnsupportedOperationException by default: a code either returns its bundle here or
   *     overrides those three methods, as a custom validation rule with its own texts does
   */
  default MessageBundle bundle() {
    throw new UnsupportedOperationException(
        id() + " has no bundle; it overrides title, basis and message");
  }

  /** The title: what kind of problem this is, in a few words; by default from {@link #bundle}. */
  default String title(Language language) {
    return bundle().title(id(), language);
  }

  /**
   * What the code rests on: a note printed in the form, an article of the regulations, a circular
   * such as 国办函〔2020〕109号, or this library's own contract; empty when there is nothing to cite. By
   * default from {@link #bundle}.
   */
  default String basis(Language language) {
    return bundle().basis(id(), language);
  }

  /**
   * Renders a message of this code; by default the pattern under the key in {@link #bundle}, its
   * arguments inserted as plain text. It never throws for a key and arguments this code's own
   * reporter produced.
   *
   * @param key the message key: the id, or the id, a dot and a variant ({@code
   *     PUBLICATION-DEADLINE.kindUnknown})
   * @param arguments the arguments of the message, by position; user data only ever goes here,
   *     never into a pattern
   */
  default String message(String key, Object[] arguments, Language language) {
    return bundle().format(key, language, arguments);
  }

  /**
   * Whether an {@link Severity#ERROR ERROR} of this code means that no report came out of the input
   * (it could not be read as a file, as JSON or as a published report), rather than that a report
   * came out and is invalid. By default true for every stage but {@link Stage#VALIDATION}.
   */
  default boolean withholdsReport() {
    return stage() != Stage.VALIDATION;
  }
}
