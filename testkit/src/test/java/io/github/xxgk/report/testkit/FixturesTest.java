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
   * SHA-256 of the compact JSON of a few fixtures, computed once. A change here means the same
   * seed no longer gives the same fixture: a break for everyone who stored one.
   */
  @Test
  void seedsGiveTheSameFixturesOnEveryJdk() throws Exception {
    assertEquals(GOLDEN_VALID_0, sha256(ReportJson.standard().write(ReportFixtures.valid(0))));
    assertEquals(GOLDEN_VALID_42, sha256(ReportJson.standard().write(ReportFixtures.valid(42))));
    assertEquals(
        GOLDEN_VALID_MINUS_7, sha256(ReportJson.standard().write(ReportFixtures.valid(-7_000_000_000L))));
    assertEquals(
        GOLDEN_INVALID_BALANCE_42,
        sha256(ReportJson.standard().write(ReportFixtures.invalid("APPLICATIONS-BALANCE", 42).report())));
  }

  @Test
  void theRealReportIsTheOnePublished() {
    assertEquals(LinfenYaodu2024.report(), ReportFixtures.linfenYaodu2024());
  }

  @Test
  void unknownRulesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReportFixtures.invalid("NO-SUCH-RULE", 1));
    assertThrows(IllegalArgumentException.class, () -> ReportFixtures.invalid("PUBLICATION-DEADLINE", 1));
    assertThrows(IllegalArgumentException.class, () -> ReportFixtures.brokenConsecutiveYears("NON-NEGATIVE", 3, 1));
    assertThrows(IllegalArgumentException.class, () -> ReportFixtures.brokenConsecutiveYears("CARRY-OVER-CONTINUITY", 1, 1));
  }

  private static final String GOLDEN_VALID_0 =
      "91435c5cbc48b8cf4472154a1de27f688dd0557b47c6cd96f8c7e4d3eb89dbb7";
  private static final String GOLDEN_VALID_42 =
      "9b739d7fe22cb3d03fe25a3eec5ef59de3e30111e301b11efd3d7af252641b08";
  private static final String GOLDEN_VALID_MINUS_7 =
      "6c1fa9b5ea9af8dea50a131e9a96ff64181c342955b8056472d8def4103159ee";
  private static final String GOLDEN_INVALID_BALANCE_42 =
      "6ef2daaa6631219cbe671a6a67a83774816d80e2cefc9f5893432616d183e83a";

  static String sha256(String text) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
