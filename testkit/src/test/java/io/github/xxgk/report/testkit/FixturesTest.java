package io.github.xxgk.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.json.ReportJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;

class FixturesTest {
  /**
   * SHA-256 of the compact JSON of a few fixtures, computed once (again in issue 16, when the
   * generated narratives began to state figures, and when they stated the applicant columns and the
   * results of reconsiderations too). A change here means the same seed no longer gives the same
   * fixture: a break for everyone who stored one.
   */
  @Test
  void seedsGiveTheSameFixturesOnEveryJdk() throws Exception {
    assertEquals(GOLDEN_VALID_0, sha256(ReportJson.standard().write(ReportFixtures.valid(0))));
    assertEquals(GOLDEN_VALID_42, sha256(ReportJson.standard().write(ReportFixtures.valid(42))));
    assertEquals(
        GOLDEN_VALID_MINUS_7,
        sha256(ReportJson.standard().write(ReportFixtures.valid(-7_000_000_000L))));
    assertEquals(
        GOLDEN_INVALID_BALANCE_42,
        sha256(
            ReportJson.standard()
                .write(ReportFixtures.invalid("APPLICATIONS-BALANCE", 42).report())));
  }

  @Test
  void theRealReportIsTheOnePublished() {
    assertEquals(LinfenYaodu2024.report(), ReportFixtures.linfenYaodu2024());
  }

  @Test
  void unknownRulesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReportFixtures.invalid("NO-SUCH-RULE", 1));
    assertThrows(
        IllegalArgumentException.class, () -> ReportFixtures.invalid("PUBLICATION-DEADLINE", 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportFixtures.brokenConsecutiveYears("NON-NEGATIVE", 3, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportFixtures.brokenConsecutiveYears("CARRY-OVER-CONTINUITY", 1, 1));
  }

  private static final String GOLDEN_VALID_0 =
      "b8a33437d8a8e0fa7d8ef43200179c49df733731e25654c8b2419bd47bc97768";
  private static final String GOLDEN_VALID_42 =
      "811485d6ec50ff836ad2075998b24840e4993b5567d98c846d7686746c4dfe4b";
  private static final String GOLDEN_VALID_MINUS_7 =
      "d22626c81262b57b635498c5b9e37f02dc3969fd775880de844d053ce045a39e";
  private static final String GOLDEN_INVALID_BALANCE_42 =
      "bf04966d19eb2f91f196d39099e628d6e14d74e851df6aeac03058226fbf6001";

  static String sha256(String text) throws NoSuchAlgorithmException {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
