package io.github.xxgk.report.publication.render;

import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import io.github.xxgk.report.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders a report as its published page: one self-contained HTML5 document (no script, no external
 * resource) with the title, sections 一 to 六, the three tables laid out as the paper form ({@link
 * io.github.xxgk.report.form.Paper}) and the signature. All report text is escaped; the page reads
 * on a phone (tables scroll sideways) and prints on A4.
 *
 * <pre>{@code
 * String page = HtmlRenderer.standard().render(report);
 * String checked = HtmlRenderer.standard()
 *     .findings(report, ReportValidator.standard().validate(report), Locale.CHINESE);
 * String custom = HtmlRenderer.builder().language("en").cssClass("portal-article")
 *     .stylesheet(".xxgk-report h1 { color: #8b0000; }").build().render(report);
 * }</pre>
 *
 * <p>The form's captions are always Chinese; the document language ({@code <html lang>}) and the
 * hook for the caller's styles are options. Each value cell has the id {@code cell-N} (N is the
 * cell's place in {@link io.github.xxgk.report.form.FormCells#all()}, from 0) and its JSON Pointer
 * in {@code data-pointer}; a cell the report printed empty renders empty (class {@code blank}), one
 * it marked not applicable renders "/" (class {@code na}). Instances are immutable and thread-safe.
 */
public final class HtmlRenderer {
  private static final HtmlRenderer STANDARD = builder().build();

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private static final Pattern CSS_CLASSES =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)?( [A-Za-z_][A-Za-z0-9_-]*)*");

  private final String language;
  private final String cssClass;
  private final String stylesheet;

  private HtmlRenderer(Builder builder) {
    this.language = builder.language;
    this.cssClass = builder.cssClass;
    this.stylesheet = builder.stylesheet;
  }

  /** Chinese document ({@code zh-CN}), the library's stylesheet only. */
  public static HtmlRenderer standard() {
    return STANDARD;
  }

  /** A builder starting from the standard options. */
  public static Builder builder() {
    return new Builder();
  }

  /** The published page of a report. Never fails for a report the model holds. */
  public String render(AnnualReport report) {
    return new HtmlPage(this, Decoration.NONE, Objects.requireNonNull(report, "report")).write();
  }

  /**
   * The findings view: the published page with every cell that a violation names highlighted by its
   * severity (classes {@code finding error|warning|info}), the messages attached to the cell and
   * listed under its table with links to the cell, and a summary at the top.
   *
   * @param result the validation of this report
   * @param messages the language of the messages and of the summary: Chinese for a Chinese locale,
   *     English for any other
   */
  public String findings(AnnualReport report, ValidationResult result, Locale messages) {
    Objects.requireNonNull(result, "result");
    return findings(report, result.violations(), messages);
  }

  /**
   * The findings view of any problems of a report, of any stage (those of reading it from a
   * published page beside those of validating it, say), in the order given: each cell that a
   * problem's pointer names is highlighted by the worst severity among them, the messages attached
   * to the cell and listed under its table (or section, or at the top for the whole report) with
   * links to the cell, and a summary at the top: valid when no problem is an ERROR.
   *
   * @param problems the problems, numbered in this order
   * @param messages the language of the messages and of the summary: Chinese for a Chinese locale,
   *     English for any other
   */
  public String findings(AnnualReport report, List<Problem> problems, Locale messages) {
    Objects.requireNonNull(report, "report");
    Findings findings =
        new Findings(
            new ArrayList<>(Objects.requireNonNull(problems, "problems")),
            Language.of(Objects.requireNonNull(messages, "messages")));
    return new HtmlPage(this, findings, report).write();
  }

  String language() {
    return language;
  }

  String cssClass() {
    return cssClass;
  }

  String stylesheet() {
    return stylesheet;
  }

  /** Options of a renderer. */
  public static final class Builder {
    private String language = "zh-CN";
    private String cssClass = "";
    private String stylesheet = "";

    private Builder() {}

    /**
     * The document's language, a BCP 47 tag such as {@code zh-CN} (the default) or {@code en}. When
     * it is not Chinese, the report's content is marked {@code lang="zh-CN"} inside the page.
     *
     * @throws IllegalArgumentException if the tag is not well formed
     */
    public Builder language(String tag) {
      if (tag == null || !LANGUAGE.matcher(tag).matches()) {
        throw new IllegalArgumentException("not a BCP 47 language tag: " + tag);
      }
      this.language = tag;
      return this;
    }

    /**
     * Class names added to {@code <body>} beside {@code xxgk-report}, for the caller's styles;
     * space-separated CSS identifiers.
     *
     * @throws IllegalArgumentException if a name is not a plain CSS identifier
     */
    public Builder cssClass(String classes) {
      if (classes == null || !CSS_CLASSES.matcher(classes).matches()) {
        throw new IllegalArgumentException(
            "not space-separated CSS class names ([A-Za-z_][A-Za-z0-9_-]*): " + classes);
      }
      this.cssClass = classes;
      return this;
    }

    /**
     * CSS appended after the library's stylesheet, inside the page's {@code <style>} element. The
     * page stays self-contained only if this CSS loads nothing ({@code url()}, {@code @import}).
     *
     * @throws IllegalArgumentException if the CSS contains {@code <}, which could end the element
     */
    public Builder stylesheet(String css) {
      if (css == null || css.indexOf('<') >= 0) {
        throw new IllegalArgumentException("CSS for the page must not contain '<'");
      }
      this.stylesheet = css;
      return this;
    }

    /** The renderer. */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
