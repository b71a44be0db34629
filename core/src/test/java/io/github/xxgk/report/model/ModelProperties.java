package io.github.xxgk.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.github.xxgk.report.form.ReportsWithCells;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ModelProperties {

  @Provide
  Arbitrary<AnnualReport> reports() {
    return ReportsWithCells.reports(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @Provide
  Arbitrary<Integer> counts() {
    // Small enough that the sum of six fits in an int, so the default total can be computed.
    return Arbitraries.integers().between(-300_000_000, 300_000_000);
  }

  @Property(tries = 200)
  void builderCopyGivesAnEqualValue(@ForAll("reports") AnnualReport report) {
    AnnualReport copy = AnnualReport.builder().from(report).build();
    assertEquals(report, copy);
    assertEquals(report.hashCode(), copy.hashCode());
    assertEquals(report.toString(), copy.toString());
  }

  @Property(tries = 200)
  void copyWithOneChangeDiffersOnlyThere(@ForAll("reports") AnnualReport report) {
    AnnualReport later = AnnualReport.builder().from(report).year(report.year() + 1).build();
    assertEquals(report.year() + 1, later.year());
    assertEquals(report.applications(), later.applications());
    assertEquals(report, AnnualReport.builder().from(later).year(report.year()).build());
  }

  @Property(tries = 100)
  void javaSerializationRoundTrips(@ForAll("reports") AnnualReport report)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(report);
    }
    Object back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertNotSame(report, back);
    assertEquals(report, back);
  }

  @Property
  void aRowTotalDefaultsToTheSumOfItsColumns(
      @ForAll("counts") int a,
      @ForAll("counts") int b,
      @ForAll("counts") int c,
      @ForAll("counts") int d,
      @ForAll("counts") int e,
      @ForAll("counts") int f) {
    ApplicantCounts row = ApplicantCounts.of(a, b, c, d, e, f);
    long sum = (long) a + b + c + d + e + f;
    assertEquals(sum, row.total());
    assertEquals(sum, row.computedTotal());
  }

  @Property
  void aStatedRowTotalIsKeptAsStated(
      @ForAll("counts") int a, @ForAll("counts") int b, @ForAll int stated) {
    ApplicantCounts row =
        ApplicantCounts.builder().from(ApplicantCounts.of(a, b, 0, 0, 0, 0)).total(stated).build();
    assertEquals(stated, row.total());
    assertEquals((long) a + b, row.computedTotal());
  }

  @Property
  void aCaseTotalDefaultsToTheSumOfTheResults(
      @ForAll("counts") int upheld,
      @ForAll("counts") int corrected,
      @ForAll("counts") int other,
      @ForAll("counts") int pending) {
    CaseResults results = CaseResults.of(upheld, corrected, other, pending);
    assertEquals((long) upheld + corrected + other + pending, results.total());
    assertEquals(results.computedTotal(), results.total());
  }

  @Property(tries = 200)
  void theOutcomeTotalRowDefaultsToTheColumnSums(@ForAll("smallReports") AnnualReport report) {
    Outcomes stated = report.applications().outcomes();
    Outcomes defaulted =
        Outcomes.builder()
            .disclosed(stated.disclosed())
            .partiallyDisclosed(stated.partiallyDisclosed())
            .notDisclosed(stated.notDisclosed())
            .unableToProvide(stated.unableToProvide())
            .notProcessed(stated.notProcessed())
            .otherHandling(stated.otherHandling())
            .build();
    ApplicantSums sums = stated.computedTotal();
    ApplicantCounts total = defaulted.total();
    assertEquals(sums.naturalPerson(), total.naturalPerson());
    assertEquals(sums.commercialEnterprise(), total.commercialEnterprise());
    assertEquals(sums.researchInstitution(), total.researchInstitution());
    assertEquals(sums.socialWelfareOrganization(), total.socialWelfareOrganization());
    assertEquals(sums.legalServiceAgency(), total.legalServiceAgency());
    assertEquals(sums.otherOrganization(), total.otherOrganization());
    assertEquals(sums.total(), total.total());
    long naturalPersons = 0;
    for (ApplicantCounts row : stated.rows()) {
      naturalPersons += row.naturalPerson();
    }
    assertEquals(naturalPersons, sums.naturalPerson());
    assertEquals(Outcomes.OUTCOME_ROW_COUNT, stated.rows().size());
  }

  @Provide
  Arbitrary<AnnualReport> smallReports() {
    // 22 rows of at most 10^7 each cannot overflow an int column.
    return ReportsWithCells.reports(-10_000_000, 10_000_000);
  }
}
