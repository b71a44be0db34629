package io.github.xxgk.report.problem;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormColumn;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.resource.ShippedResource;
import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one way to make messages: a pair of resource files {@code <baseName>_zh.properties} and
 * {@code <baseName>_en.properties} next to a class, written in UTF-8 (readable Chinese in the
 * source tree, no backslash-u escapes) and read as UTF-8 on every Java version, once, when first
 * needed.
 *
 * <p>Values are {@link MessageFormat} patterns: arguments by position, and a single quote is
 * written twice ({@code year''s}). Arguments are turned into plain text before they are inserted
 * (see {@link #text(Object, Language)}), so that user data is never read as a pattern and numbers
 * are never grouped ({@code 2024}, not {@code 2,024}); only an argument whose placeholder asks for
 * a format ({@code {1,choice,0#page|1#text}}) is passed to that format as it is.
 *
 * <p>Titles and bases of codes follow a convention: the keys {@code title.<ID>} and {@code
 * basis.<ID>} in the same bundle, so that {@link Code#title} and {@link Code#basis} of an enum are
 * one-liners ({@link #title(String, Language)}, {@link #basis(String, Language)}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MessageBundle {
  private static final ConcurrentMap<String, MessageBundle> BUNDLES = new ConcurrentHashMap<>();

  /** The texts of the library itself that messages share: how a cell is named, for one. */
  private static final MessageBundle SHARED = of(MessageBundle.class, "Texts");

  private final Class<?> anchor;
  private final String baseName;
  // Loaded on first use; an EnumMap of Properties, never changed after it is published.
  private volatile Map<Language, Properties> texts;

  private MessageBundle(Class<?> anchor, String baseName) {
    this.anchor = anchor;
    this.baseName = baseName;
  }

  /**
   * The bundle {@code baseName} next to {@code anchor}: its files are {@code
   * baseName_zh.properties} and {@code baseName_en.properties} in the anchor's package. The files
   * are read when a message is first asked for.
   *
   * @param anchor a class of the package the files are in; they are loaded by its class loader
   * @param baseName the name of the files without language and extension, e.g. {@code Messages}
   */
  public static MessageBundle of(Class<?> anchor, String baseName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(baseName, "baseName");
    String key =
        anchor.getName() + '@' + System.identityHashCode(anchor.getClassLoader()) + '/' + baseName;
    return BUNDLES.computeIfAbsent(key, k -> new MessageBundle(anchor, baseName));
  }

  /**
   * The pattern under a key.
   *
   * @throws IllegalStateException if the bundle has no such key, or its file is missing: a bug that
   *     a test of the bundle catches, never a condition of the input
   */
  public String pattern(String key, Language language) {
    Objects.requireNonNull(key, "key");
    String pattern = properties(language).getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException(
          "No message "
              + key
              + " in "
              + resource(language)
              + " (next to "
              + anchor.getName()
              + ")");
    }
    return pattern;
  }

  /** Whether the bundle has a key in a language. */
  public boolean contains(String key, Language language) {
    return properties(language).getProperty(Objects.requireNonNull(key, "key")) != null;
  }

  /** Every key of the bundle in a language, sorted: for the tests that compare the two files. */
  public Set<String> keys(Language language) {
    return Collections.unmodifiableSet(new TreeSet<>(properties(language).stringPropertyNames()));
  }

  /**
   * The message under a key, its arguments inserted as plain text.
   *
   * @throws IllegalStateException if the bundle has no such key
   * @throws IllegalArgumentException if the pattern does not parse: a bug a test catches
   */
  public String format(String key, Language language, Object... arguments) {
    return format(pattern(key, language), arguments, language);
  }

  /**
   * Formats a pattern in a language: {@link MessageFormat} in the language's locale, over the
   * arguments turned into plain text, except those whose placeholder names a format.
   */
  public static String format(String pattern, Object[] arguments, Language language) {
    MessageFormat format = new MessageFormat(pattern, language.locale());
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] values = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      boolean formatted = i < formats.length && formats[i] != null;
      values[i] = formatted ? arguments[i] : text(arguments[i], language);
    }
    return format.format(values);
  }

  /** The title of a code, under the key {@code title.<id>}. */
  public String title(String id, Language language) {
    return pattern("title." + id, language);
  }

  /** The basis of a code, under the key {@code basis.<id>}; empty when the bundle has none. */
  public String basis(String id, Language language) {
    String basis = properties(language).getProperty("basis." + id);
    return basis == null ? "" : basis;
  }

  /**
   * An argument as the plain text a message shows: a {@link Cell} by its row and column captions, a
   * {@link FormRow} or {@link FormColumn} by its captions, a {@link Label} in the language, a
   * {@link List} as the sum of its elements ({@code a + b}), a {@link BigDecimal} as plain digits
   * ({@link #number(BigDecimal)}), anything else as {@link String#valueOf(Object)}, or its class
   * name if its {@code toString} fails.
   */
  public static String text(Object argument, Language language) {
    if (argument instanceof Cell) {
      Cell cell = (Cell) argument;
      String separator = SHARED.pattern("separator", language);
      return SHARED.format(
          "cell",
          language,
          join(cell.rowLabels(), separator, language),
          join(cell.columnLabels(), separator, language));
    }
    if (argument instanceof FormRow) {
      FormRow row = (FormRow) argument;
      return path(row.groups(), row.label(), language);
    }
    if (argument instanceof FormColumn) {
      FormColumn column = (FormColumn) argument;
      return path(column.groups(), column.label(), language);
    }
    if (argument instanceof Label) {
      return ((Label) argument).in(language);
    }
    if (argument instanceof List) {
      StringBuilder sum = new StringBuilder();
      for (Object term : (List<?>) argument) {
        sum.append(sum.length() == 0 ? "" : " + ").append(text(term, language));
      }
      return sum.toString();
    }
    if (argument instanceof BigDecimal) {
      return number((BigDecimal) argument);
    }
    try {
      return String.valueOf(argument);
    } catch (RuntimeException | StackOverflowError e) {
      // An argument of a custom check whose toString fails: the message still renders.
      return argument.getClass().getName();
    }
  }

  /**
   * An amount as plain digits, or in scientific notation when its scale is so far from zero that
   * the plain digits would run to more than a few hundred characters ({@code 1E+2147483647}).
   */
  public static String number(BigDecimal number) {
    int scale = number.scale();
    return scale > PLAIN_SCALE || scale < -PLAIN_SCALE ? number.toString() : number.toPlainString();
  }

  /** How far the scale may be from zero for an amount to be written as plain digits. */
  private static final int PLAIN_SCALE = 200;

  private static String path(List<Label> groups, Label label, Language language) {
    String separator = SHARED.pattern("separator", language);
    StringBuilder text = new StringBuilder(join(groups, separator, language));
    return text.append(text.length() == 0 ? "" : separator).append(label.in(language)).toString();
  }

  private static String join(List<Label> labels, String separator, Language language) {
    StringBuilder text = new StringBuilder();
    for (Label label : labels) {
      if (text.length() > 0) {
        text.append(separator);
      }
      text.append(label.in(language));
    }
    return text.toString();
  }

  private Properties properties(Language language) {
    Objects.requireNonNull(language, "language");
    Map<Language, Properties> loaded = texts;
    if (loaded == null) {
      Map<Language, Properties> all = new EnumMap<>(Language.class);
      for (Language each : Language.values()) {
        all.put(each, load(each));
      }
      texts = loaded = all;
    }
    return loaded.get(language);
  }

  private Properties load(Language language) {
    return ShippedResource.properties(anchor, resource(language));
  }

  private String resource(Language language) {
    return baseName + "_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
  }

  /** The anchor and base name. */
  @Override
  public String toString() {
    return anchor.getPackage() == null
        ? baseName
        : anchor.getPackage().getName().replace('.', '/') + "/" + baseName;
  }
}
