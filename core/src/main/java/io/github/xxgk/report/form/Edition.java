package io.github.xxgk.report.form;

/**
 * An edition of the form: the template that the State Council's office issued, which fixes the
 * tables, their rows and their columns.
 *
 * <p>The model follows {@link #V2021} only. {@link #V2019} is known so that a report published on
 * the older trial template can be recognised and refused by name rather than misread.
 */
public enum Edition {
  /** The 2019 trial template, 国办公开办函〔2019〕60号, used for the years 2019 and 2020. */
  V2019("2019", "国办公开办函〔2019〕60号", 2019),
  /** The current template, 国办公开办函〔2021〕30号, used for the year 2021 and later. */
  V2021("2021", "国办公开办函〔2021〕30号", 2021);

  private final String code;
  private final String document;
  private final int firstYear;

  Edition(String code, String document, int firstYear) {
    this.code = code;
    this.document = document;
    this.firstYear = firstYear;
  }

  /** The edition's code in the JSON contract's {@code edition} key, e.g. {@code "2021"}. */
  public String code() {
    return code;
  }

  /** The number of the document that issued the template, e.g. 国办公开办函〔2021〕30号. */
  public String document() {
    return document;
  }

  /** The first report year for which the template is used. */
  public int firstYear() {
    return firstYear;
  }
}
