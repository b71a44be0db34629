package io.github.xxgk.report.publication.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The path operators of a content stream, kept only for what tables need: straight horizontal and
 * vertical lines that are stroked, thin filled rectangles (borders Word prints as fills), and other
 * filled upright rectangles (shaded cells, or backgrounds), turned into display space exactly as
 * PDFBox turns text positions. Curves, diagonals and other shapes are dropped.
 */
final class PathRecorder {
  /** The operators recorded: path construction and painting. */
  static final String[] OPERATORS = {
    "m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n", "W",
    "W*", "g", "rg", "k", "cs", "sc", "scn"
  };

  /** A line running this far (points) past the printed area is cut by its edge. */
  private static final float CLIPPED = 2f;

  /** A filled rectangle at most this thick (points) is a ruling line, not a shaded area. */
  private static final float RULE_THICKNESS = 3f;

  /** A stroked line this far from the axis (points) over its length is still straight. */
  private static final float STRAIGHT = 1f;

  private final PDFStreamEngine engine;
  private PageGeometry page;
  private PDRectangle crop;
  private int rotation;
  // the current path in user space, after the CTM
  private final List<float[]> subpaths = new ArrayList<>();
  private float[] subpath = new float[16];
  private int subpathLength;
  // a W or W* seen: the path, once ended, also clips what follows
  private boolean clipPending;
  // what the page prints, in user space after the CTM: the crop box narrowed by the clips in force
  private Rectangle2D printed;
  private final ArrayDeque<Rectangle2D> saved = new ArrayDeque<>();

  /**
   * The fill colour as the content stream sets it (its operator and operands, never converted: two
   * fills are told apart, not their colours named), and the colours saved with the graphics state.
   */
  private String fillColour = "g 0";

  private final ArrayDeque<String> savedColours = new ArrayDeque<>();

  PathRecorder(PDFStreamEngine engine) {
    this.engine = engine;
  }

  void startPage(PageGeometry page, PDRectangle crop, int rotation) {
    this.page = page;
    this.crop = crop;
    this.rotation = rotation;
    subpaths.clear();
    subpathLength = 0;
    clipPending = false;
    printed =
        new Rectangle2D.Float(
            crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight());
    saved.clear();
    fillColour = "g 0";
    savedColours.clear();
  }

  private void moveTo(float x, float y) {
    closeSubpath(false);
    point(x, y);
  }

  private void lineTo(float x, float y) {
    if (subpathLength == 0) {
      point(x, y);
    }
    point(x, y);
  }

  private void point(float x, float y) {
    Point2D.Float p = engine.transformedPoint(x, y);
    if (subpathLength + 2 > subpath.length) {
      subpath = java.util.Arrays.copyOf(subpath, subpath.length * 2);
    }
    subpath[subpathLength++] = (float) p.getX();
    subpath[subpathLength++] = (float) p.getY();
  }

  private void closeSubpath(boolean close) {
    if (close && subpathLength >= 4) {
      point2(subpath[0], subpath[1]);
    }
    if (subpathLength >= 4) {
      subpaths.add(java.util.Arrays.copyOf(subpath, subpathLength));
    }
    subpathLength = 0;
  }

  private void point2(float deviceX, float deviceY) {
    if (subpathLength + 2 > subpath.length) {
      subpath = java.util.Arrays.copyOf(subpath, subpath.length * 2);
    }
    subpath[subpathLength++] = deviceX;
    subpath[subpathLength++] = deviceY;
  }

  private void rectangle(float x, float y, float w, float h) {
    closeSubpath(false);
    point(x, y);
    point(x + w, y);
    point(x + w, y + h);
    point(x, y + h);
    point(x, y);
    closeSubpath(false);
  }

  /** A curve breaks straightness: its end point starts a new run of lines. */
  private void curveTo(float x, float y) {
    closeSubpath(false);
    point(x, y);
  }

  /** The graphics state is saved (q, or a form drawn): the printed area is saved with it. */
  void save() {
    saved.push(printed);
    savedColours.push(fillColour);
  }

  /** The graphics state is restored (Q, or a form's end): so is the printed area. */
  void restore() {
    if (!saved.isEmpty()) {
      printed = saved.pop();
    }
    if (!savedColours.isEmpty()) {
      fillColour = savedColours.pop();
    }
  }

  /**
   * The path just ended clips what follows when W or W* preceded: its bounds narrow the printed
   * area. Only the bounds are kept, one rectangle per saved state: PDFBox's own clipping paths copy
   * every clip in force at each new one, which a hostile page of nested clips makes quadratic.
   */
  private void endPath() {
    if (!clipPending) {
      return;
    }
    clipPending = false;
    float minX = Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (float[] points : subpaths) {
      for (int i = 0; i + 1 < points.length; i += 2) {
        minX = Math.min(minX, points[i]);
        maxX = Math.max(maxX, points[i]);
        minY = Math.min(minY, points[i + 1]);
        maxY = Math.max(maxY, points[i + 1]);
      }
    }
    if (minX <= maxX) {
      printed =
          printed.createIntersection(new Rectangle2D.Float(minX, minY, maxX - minX, maxY - minY));
    }
  }

  private void paint(boolean stroke, boolean fill) {
    closeSubpath(false);
    endPath();
    for (float[] points : subpaths) {
      if (stroke) {
        strokeLines(points);
      } else if (fill) {
        fillRule(points);
      }
    }
    subpaths.clear();
  }

  private void strokeLines(float[] points) {
    for (int i = 0; i + 3 < points.length; i += 2) {
      addSegment(points[i], points[i + 1], points[i + 2], points[i + 3]);
    }
  }

  private void fillRule(float[] points) {
    float minX = Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (int i = 0; i + 1 < points.length; i += 2) {
      minX = Math.min(minX, points[i]);
      maxX = Math.max(maxX, points[i]);
      minY = Math.min(minY, points[i + 1]);
      maxY = Math.max(maxY, points[i + 1]);
    }
    float w = maxX - minX;
    float h = maxY - minY;
    if (h <= RULE_THICKNESS && w > h) {
      addSegment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
    } else if (w <= RULE_THICKNESS && h > w) {
      addSegment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
    } else if (upright(points, minX, minY, maxX, maxY)) {
      addFill(minX, minY, maxX, maxY);
    }
  }

  /** Whether every point of a subpath is a corner of its bounds: an upright rectangle. */
  private static boolean upright(float[] points, float minX, float minY, float maxX, float maxY) {
    if (points.length < 8 || points.length > 10) {
      return false;
    }
    for (int i = 0; i + 1 < points.length; i += 2) {
      boolean x = Math.abs(points[i] - minX) <= STRAIGHT || Math.abs(points[i] - maxX) <= STRAIGHT;
      boolean y =
          Math.abs(points[i + 1] - minY) <= STRAIGHT || Math.abs(points[i + 1] - maxY) <= STRAIGHT;
      if (!x || !y) {
        return false;
      }
    }
    return true;
  }

  /**
   * A filled rectangle, as much of it as is printed, kept in display space: a shaded cell, or a
   * background around other things ({@link ShadedCells} tells them apart once the page is read).
   */
  private void addFill(float x1, float y1, float x2, float y2) {
    if (page.fills.size() >= ShadedCells.MAX_FILLS) {
      return;
    }
    float minX = Math.max(x1, (float) printed.getMinX());
    float maxX = Math.min(x2, (float) printed.getMaxX());
    float minY = Math.max(y1, (float) printed.getMinY());
    float maxY = Math.min(y2, (float) printed.getMaxY());
    if (maxX - minX <= RULE_THICKNESS || maxY - minY <= RULE_THICKNESS) {
      return;
    }
    float[] a = display(minX, minY);
    float[] b = display(maxX, maxY);
    page.fills.add(
        new ShadedCells.Fill(
            Math.min(a[0], b[0]),
            Math.min(a[1], b[1]),
            Math.max(a[0], b[0]),
            Math.max(a[1], b[1]),
            fillColour));
  }

  /**
   * Adds a straight segment given in user space, turned into display space as text positions are.
   */
  private void addSegment(float x1, float y1, float x2, float y2) {
    if (x1 == x2 || y1 == y2) {
      // only what is printed is a line; where the printed area cuts it, the table is cut off
      float minX = (float) printed.getMinX();
      float maxX = (float) printed.getMaxX();
      float minY = (float) printed.getMinY();
      float maxY = (float) printed.getMaxY();
      if (Math.max(x1, x2) < minX
          || Math.min(x1, x2) > maxX
          || Math.max(y1, y2) < minY
          || Math.min(y1, y2) > maxY) {
        return;
      }
      float[] cut = null;
      if (Math.min(x1, x2) < minX - CLIPPED) {
        cut = new float[] {minX, y1};
      } else if (Math.max(x1, x2) > maxX + CLIPPED) {
        cut = new float[] {maxX, y1};
      } else if (Math.min(y1, y2) < minY - CLIPPED) {
        cut = new float[] {x1, minY};
      } else if (Math.max(y1, y2) > maxY + CLIPPED) {
        cut = new float[] {x1, maxY};
      }
      if (cut != null) {
        page.clippedEnds.add(display(cut[0], cut[1]));
      }
      x1 = clamp(x1, minX, maxX);
      x2 = clamp(x2, minX, maxX);
      y1 = clamp(y1, minY, maxY);
      y2 = clamp(y2, minY, maxY);
    }
    float[] a = display(x1, y1);
    float[] b = display(x2, y2);
    if (Math.abs(a[1] - b[1]) <= STRAIGHT && Math.abs(a[0] - b[0]) > STRAIGHT) {
      page.segments.add(new Segment(true, (a[1] + b[1]) / 2, a[0], b[0]));
    } else if (Math.abs(a[0] - b[0]) <= STRAIGHT && Math.abs(a[1] - b[1]) > STRAIGHT) {
      page.segments.add(new Segment(false, (a[0] + b[0]) / 2, a[1], b[1]));
    }
  }

  private static float clamp(float value, float min, float max) {
    return Math.max(min, Math.min(max, value));
  }

  /** User space to display space: the crop box's origin, then the page's rotation, y downwards. */
  private float[] display(float x, float y) {
    float ux = x - crop.getLowerLeftX();
    float uy = y - crop.getLowerLeftY();
    float w = crop.getWidth();
    float h = crop.getHeight();
    switch (rotation) {
      case 90:
        return new float[] {uy, ux};
      case 180:
        return new float[] {w - ux, uy};
      case 270:
        return new float[] {h - uy, w - ux};
      default:
        return new float[] {ux, h - uy};
    }
  }

  OperatorProcessor operator(String name) {
    return new PathOperator(engine, this, name);
  }

  private static final class PathOperator extends OperatorProcessor {
    private final PathRecorder collector;
    private final String name;

    PathOperator(PDFStreamEngine engine, PathRecorder collector, String name) {
      super(engine);
      this.collector = collector;
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      if (COLOURS.contains(name)) {
        collector.fillColour = colour(name, operands);
        return;
      }
      float[] n = numbers(operands);
      switch (name) {
        case "m":
          if (n.length >= 2) {
            collector.moveTo(n[0], n[1]);
          }
          break;
        case "l":
          if (n.length >= 2) {
            collector.lineTo(n[0], n[1]);
          }
          break;
        case "c":
          if (n.length >= 6) {
            collector.curveTo(n[4], n[5]);
          }
          break;
        case "v":
        case "y":
          if (n.length >= 4) {
            collector.curveTo(n[2], n[3]);
          }
          break;
        case "re":
          if (n.length >= 4) {
            collector.rectangle(n[0], n[1], n[2], n[3]);
          }
          break;
        case "h":
          collector.closeSubpath(true);
          break;
        case "S":
        case "s":
          collector.closeSubpath("s".equals(name));
          collector.paint(true, false);
          break;
        case "f":
        case "F":
        case "f*":
          collector.paint(false, true);
          break;
        case "B":
        case "B*":
        case "b":
        case "b*":
          collector.closeSubpath(name.startsWith("b"));
          collector.paint(true, true);
          break;
        case "W":
        case "W*":
          collector.clipPending = true;
          break;
        default: // "n": the path only clips
          collector.closeSubpath(false);
          collector.endPath();
          collector.subpaths.clear();
      }
    }

    /** The operators setting the fill colour (non-stroking): gray, RGB, CMYK, a space, a colour. */
    private static final List<String> COLOURS =
        java.util.Arrays.asList("g", "rg", "k", "cs", "sc", "scn");

    /** The colour set, as written: operator and operands (a few, bounded for a hostile stream). */
    private static String colour(String name, List<COSBase> operands) {
      StringBuilder key = new StringBuilder(name);
      for (int i = 0; i < operands.size() && i < 8; i++) {
        key.append(' ').append(operands.get(i));
      }
      return key.toString();
    }

    private static float[] numbers(List<COSBase> operands) {
      float[] values = new float[operands.size()];
      int count = 0;
      for (COSBase operand : operands) {
        if (!(operand instanceof COSNumber)) {
          return new float[0];
        }
        values[count++] = ((COSNumber) operand).floatValue();
      }
      return values;
    }
  }
}
