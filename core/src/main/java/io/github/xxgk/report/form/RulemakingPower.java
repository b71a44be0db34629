package io.github.xxgk.report.form;

import io.github.xxgk.report.model.OrganKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an organ may make 规章 (立法法第九十一条、第九十三条): only the State Council's departments and the
 * people's governments of provinces, autonomous regions, municipalities, 设区的市 and 自治州 can. This
 * tells only the cases its name makes certain; otherwise it says nothing.
 */
public final class RulemakingPower {
  /** A government below the 设区的市: a county, banner, district, township, town or subdistrict. */
  private static final Pattern BELOW_CITY =
      Pattern.compile("(?:县|旗|(?<!自治)区|乡|镇|街道|苏木)(?:人民政府|政府|办事处)?(?:办公室)?$");

  /** A place name: every local department has one, the State Council's departments do not. */
  private static final Pattern LOCAL = Pattern.compile("省|市|县|(?<!自治)区|自治区|州|盟|旗|乡|镇|街道");

  private RulemakingPower() {}

  /**
   * False when the organ certainly cannot make 规章: a government (or its office) below the 设区的市, or
   * a department of any local government (only the government itself makes 规章). Empty when its name
   * and kind do not make it certain.
   */
  public static Optional<Boolean> canMakeRegulations(String organ, Optional<OrganKind> kind) {
    String name = organ.trim();
    if (BELOW_CITY.matcher(name).find()) {
      return Optional.of(Boolean.FALSE);
    }
    Optional<OrganKind> known = kind.isPresent() ? kind : PublishedWording.organKind(name);
    if (known.isPresent() && known.get() == OrganKind.DEPARTMENT && LOCAL.matcher(name).find()) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }
}
