package io.github.xxgk.report.publication.pdf;

/**
 * Bounds on what reading one PDF may cost, so that a hostile file ends in a {@link PdfRule#LIMIT}
 * problem rather than an exhausted heap or a hang. The defaults are far above any annual report (a
 * few pages, a few thousand glyphs each, a few hundred kilobytes):
 *
 * <ul>
 *   <li>{@link #maxBytes()} 64 MiB of file;
 *   <li>{@link #maxMainMemoryBytes()} 32 MiB of PDFBox stream buffers in memory, then
 *   <li>{@link #maxScratchBytes()} 256 MiB in a scratch file (PDFBox's {@code MemoryUsageSetting});
 *   <li>{@link #maxPages()} 200 pages read;
 *   <li>{@link #maxGlyphsPerPage()} 100,000 glyphs and {@link #maxOperatorsPerPage()} 1,000,000
 *       content-stream operators on one page;
 *   <li>{@link #maxGlyphs()} 1,000,000 glyphs in the whole file.
 * </ul>
 *
 * <p>Time is bounded through these counts: every step is at most linear in them, except the sorting
 * of one page's glyphs ({@code n log n}).
 */
public final class PdfLimits {
  private static final PdfLimits DEFAULTS =
      new PdfLimits(64L << 20, 32L << 20, 256L << 20, 200, 100_000, 1_000_000, 1_000_000);

  private final long maxBytes;
  private final long maxMainMemoryBytes;
  private final long maxScratchBytes;
  private final int maxPages;
  private final int maxGlyphsPerPage;
  private final int maxOperatorsPerPage;
  private final int maxGlyphs;

  private PdfLimits(
      long maxBytes,
      long maxMainMemoryBytes,
      long maxScratchBytes,
      int maxPages,
      int maxGlyphsPerPage,
      int maxOperatorsPerPage,
      int maxGlyphs) {
    this.maxBytes = positive(maxBytes);
    this.maxMainMemoryBytes = positive(maxMainMemoryBytes);
    this.maxScratchBytes = positive(maxScratchBytes);
    this.maxPages = (int) positive(maxPages);
    this.maxGlyphsPerPage = (int) positive(maxGlyphsPerPage);
    this.maxOperatorsPerPage = (int) positive(maxOperatorsPerPage);
    this.maxGlyphs = (int) positive(maxGlyphs);
  }

  private static long positive(long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("a limit must be positive: " + value);
    }
    return value;
  }

  /** The defaults listed above. */
  public static PdfLimits defaults() {
    return DEFAULTS;
  }

  /** The largest file read, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The stream buffers PDFBox may keep in memory, in bytes, before it uses a scratch file. */
  public long maxMainMemoryBytes() {
    return maxMainMemoryBytes;
  }

  /** The largest scratch file PDFBox may write, in bytes. */
  public long maxScratchBytes() {
    return maxScratchBytes;
  }

  /** The most pages read; a longer file is read up to here, with a problem. */
  public int maxPages() {
    return maxPages;
  }

  /** The most glyphs on one page; a page with more is not read, with a problem. */
  public int maxGlyphsPerPage() {
    return maxGlyphsPerPage;
  }

  /**
   * The most content-stream operators on one page; a page with more is not read, with a problem.
   */
  public int maxOperatorsPerPage() {
    return maxOperatorsPerPage;
  }

  /** The most glyphs in the whole file; later pages are not read, with a problem. */
  public int maxGlyphs() {
    return maxGlyphs;
  }

  /** These limits with another file size limit. */
  public PdfLimits withMaxBytes(long value) {
    return new PdfLimits(
        value,
        maxMainMemoryBytes,
        maxScratchBytes,
        maxPages,
        maxGlyphsPerPage,
        maxOperatorsPerPage,
        maxGlyphs);
  }

  /** These limits with other memory and scratch file limits for PDFBox's buffers. */
  public PdfLimits withBuffers(long mainMemoryBytes, long scratchBytes) {
    return new PdfLimits(
        maxBytes,
        mainMemoryBytes,
        scratchBytes,
        maxPages,
        maxGlyphsPerPage,
        maxOperatorsPerPage,
        maxGlyphs);
  }

  /** These limits with another page limit. */
  public PdfLimits withMaxPages(int value) {
    return new PdfLimits(
        maxBytes,
        maxMainMemoryBytes,
        maxScratchBytes,
        value,
        maxGlyphsPerPage,
        maxOperatorsPerPage,
        maxGlyphs);
  }

  /** These limits with other glyph limits, per page and per file. */
  public PdfLimits withMaxGlyphs(int perPage, int total) {
    return new PdfLimits(
        maxBytes,
        maxMainMemoryBytes,
        maxScratchBytes,
        maxPages,
        perPage,
        maxOperatorsPerPage,
        total);
  }

  /** These limits with another operator limit per page. */
  public PdfLimits withMaxOperatorsPerPage(int value) {
    return new PdfLimits(
        maxBytes,
        maxMainMemoryBytes,
        maxScratchBytes,
        maxPages,
        maxGlyphsPerPage,
        value,
        maxGlyphs);
  }
}
