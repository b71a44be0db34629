package io.github.xxgk.report.validation;

import io.github.xxgk.report.form.Cell;
import io.github.xxgk.report.form.FormColumn;
import io.github.xxgk.report.form.FormRow;
import io.github.xxgk.report.form.Label;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders violation messages. Arguments are turned into text first, so no format sees user data.
 */
final class Messages {
  private Messages() {}

  static boolean isChinese(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
  }

  static String format(String pattern, Object[] arguments, Locale locale) {
    return new MessageFormat(pattern, isChinese(locale) ? Locale.CHINESE : Locale.ENGLISH)
        .format(texts(arguments, locale));
  }

  /** A custom rule's message: its own placeholders, never a MessageFormat pattern. */
  static String template(String template, Object[] arguments, Locale locale) {
    return MessageTemplate.render(template, texts(arguments, locale));
  }

  private static String[] texts(Object[] arguments, Locale locale) {
    String[] texts = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      texts[i] = text(arguments[i], locale);
    }
    return texts;
  }

  /**
   * An amount as plain digits, or in scientific notation when its scale is so far from zero that
   * the plain digits would run to more than a few hundred characters ({@code 1E+2147483647}).
   */
  static String number(BigDecimal number) {
    int scale = number.scale();
    return scale > PLAIN_SCALE || scale < -PLAIN_SCALE ? number.toString() : number.toPlainString();
  }

  /** How far the scale may be from zero for an amount to be written as plain digits. */
  private static final int PLAIN_SCALE = 200;

  /**
   * Plain strings only: a number is written without grouping ({@code 2024}, not {@code 2,024}), and
   * a string argument is inserted by MessageFormat as it is, never parsed as a pattern.
   */
  private static String text(Object argument, Locale locale) {
    if (argument instanceof Cell) {
      return cell((Cell) argument, locale);
    }
    if (argument instanceof FormRow) {
      FormRow row = (FormRow) argument;
      return join(path(row.groups(), row.label()), separator(locale), locale);
    }
    if (argument instanceof FormColumn) {
      FormColumn column = (FormColumn) argument;
      return join(path(column.groups(), column.label()), separator(locale), locale);
    }
    if (argument instanceof Label) {
      return ((Label) argument).in(locale);
    }
    if (argument instanceof List) {
      // A sum of cells, as a narrative figure names them.
      StringBuilder sum = new StringBuilder();
      for (Object term : (List<?>) argument) {
        sum.append(sum.length() == 0 ? "" : " + ").append(text(term, locale));
      }
      return sum.toString();
    }
    if (argument instanceof BigDecimal) {
      return number((BigDecimal) argument);
    }
    try {
      return String.valueOf(argument);
    } catch (RuntimeException | StackOverflowError e) {
      // A custom check's own argument type whose toString fails: the message still renders.
      return argument.getClass().getName();
    }
  }

  private static String separator(Locale locale) {
    return isChinese(locale) ? "\uFF0F" : " / ";
  }

  private static List<Label> path(List<Label> groups, Label label) {
    List<Label> path = new ArrayList<>(groups);
    path.add(label);
    return path;
  }

  /** A cell named in the form's own terms: its row captions and its column captions. */
  static String cell(Cell cell, Locale locale) {
    boolean chinese = isChinese(locale);
    String separator = separator(locale);
    return new MessageFormat(Rule.bundle(chinese).getString("cell"), locale)
        .format(
            new Object[] {
              join(cell.rowLabels(), separator, locale),
              join(cell.columnLabels(), separator, locale)
            });
  }

  private static String join(List<Label> labels, String separator, Locale locale) {
    StringBuilder text = new StringBuilder();
    for (Label label : labels) {
      if (text.length() > 0) {
        text.append(separator);
      }
      text.append(label.in(locale));
    }
    return text.toString();
  }
}
