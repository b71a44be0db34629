package io.github.xxgk.report.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.model.OrganKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Article 49's deadline: 31 January for a department (and an organ of unknown kind), 31 March. */
class PublicationDeadlineTest {
  @Test
  void aDepartmentOrAnOrganOfUnknownKindPublishesBy31JanuaryAGovernmentBy31March() {
    assertEquals(LocalDate.of(2022, 1, 31), PublicationDeadline.of(2021, OrganKind.DEPARTMENT));
    assertEquals(LocalDate.of(2022, 1, 31), PublicationDeadline.of(2021, null));
    assertEquals(LocalDate.of(2022, 3, 31), PublicationDeadline.of(2021, OrganKind.GOVERNMENT));
  }

  @Test
  void theDeadlineItselfIsInTimeTheDayAfterIsPastIt() {
    assertFalse(PublicationDeadline.isPast(LocalDate.of(2022, 1, 31), 2021, null));
    assertTrue(PublicationDeadline.isPast(LocalDate.of(2022, 2, 1), 2021, null));
    assertTrue(PublicationDeadline.isPast(LocalDate.of(2022, 2, 1), 2021, OrganKind.DEPARTMENT));
    assertFalse(PublicationDeadline.isPast(LocalDate.of(2022, 3, 31), 2021, OrganKind.GOVERNMENT));
    assertTrue(PublicationDeadline.isPast(LocalDate.of(2022, 4, 1), 2021, OrganKind.GOVERNMENT));
    assertTrue(PublicationDeadline.isPast(LocalDate.of(2023, 1, 1), 2021, OrganKind.GOVERNMENT));
    assertFalse(PublicationDeadline.isPast(LocalDate.of(2021, 12, 31), 2021, null));
  }

  @Test
  void aYearWithoutANextYearHasNoDeadlineDate() {
    assertThrows(DateTimeException.class, () -> PublicationDeadline.of(Integer.MAX_VALUE, null));
    assertFalse(PublicationDeadline.isPast(LocalDate.MAX, Integer.MAX_VALUE, null));
  }
}
