package io.github.xxgk.report.validation;

import io.github.xxgk.report.model.OrganKind;
import java.time.LocalDate;

/**
 * Article 49 of the regulations (条例第四十九条): a government department publishes its report on a year
 * by 31 January of the next year, the report of a people's government by 31 March. An organ of
 * unknown kind is held to the earlier date. The one statement of the rule, for {@code
 * PUBLICATION-DEADLINE} and for readers that compare other dates with it (a portal's posting date).
 */
public final class PublicationDeadline {
  private PublicationDeadline() {}

  /**
   * The last day to publish the report on {@code year}; {@code kind} null when not known.
   *
   * @throws java.time.DateTimeException when the next year is beyond {@link LocalDate}'s range
   */
  public static LocalDate of(int year, OrganKind kind) {
    return LocalDate.of(year + 1, month(kind), 31);
  }

  /**
   * Whether {@code date} is after the deadline for the report on {@code year}; allocates nothing.
   */
  public static boolean isPast(LocalDate date, int year, OrganKind kind) {
    long deadlineYear = (long) year + 1;
    return date.getYear() > deadlineYear
        || (date.getYear() == deadlineYear && date.getMonthValue() > month(kind));
  }

  private static int month(OrganKind kind) {
    return kind == OrganKind.GOVERNMENT ? 3 : 1;
  }
}
