package io.github.xxgk.report.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns operands into inputs: {@code -} is standard input, a file is read whatever its name or kind
 * (FIFOs and devices too), a directory is walked in name order, recursively, for regular files
 * whose name matches an include pattern. Symbolic links are followed; a link that leads back into a
 * directory being walked is reported once, not followed. Only one directory's names are held at a
 * time.
 */
final class InputWalker {
  /** Receives inputs and the operands that cannot be walked. */
  interface Visitor {
    /** An input to read; false to stop walking. */
    boolean input(Input input);

    /** Something that cannot be read, such as a symbolic link loop; false to stop walking. */
    boolean fault(String name, String reason, String detail);
  }

  /**
   * The patterns of files read in directories unless {@code --include} is given: the contract's
   * JSON and the published formats. A folder written by {@code fixtures} holds only its JSON files
   * (its manifest is written beside the folder), so it reads the same as before. Markdown is not
   * among them: a folder's README.md would be an unreadable report; name it with --include.
   */
  static final List<String> DEFAULT_INCLUDES =
      java.util.Arrays.asList("*.json", "*.jsonl", "*.html", "*.htm", "*.txt", "*.pdf");

  /** Deeper directories are reported, not walked: no real batch is nested that deep. */
  static final int MAX_DEPTH = 64;

  private final List<String> globList;

  /** Compiled on the first directory: a glob is a regular expression, which costs at start-up. */
  private List<PathMatcher> includes;

  private final String globs;
  private final boolean jsonLines;

  InputWalker(List<String> globs, boolean jsonLines) throws UsageException {
    this.globList = new ArrayList<>(globs);
    if (!globs.equals(DEFAULT_INCLUDES)) {
      // The user's patterns are checked now, as a usage fault; the defaults are known good.
      try {
        matchers();
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--include: not a pattern: " + Escape.text(String.join(" ", globs)));
      }
    }
    this.globs = String.join(" ", globs);
    this.jsonLines = jsonLines;
  }

  /** Counts what a directory gave, to tell a directory with nothing to read. */
  private static final class Counting implements Visitor {
    private final Visitor visitor;
    int visited;

    Counting(Visitor visitor) {
      this.visitor = visitor;
    }

    @Override
    public boolean input(Input input) {
      visited++;
      return visitor.input(input);
    }

    @Override
    public boolean fault(String name, String reason, String detail) {
      visited++;
      return visitor.fault(name, reason, detail);
    }
  }

  /** Visits the inputs of the operands, in order; false when the visitor stopped. */
  boolean walk(List<String> operands, Visitor visitor) {
    for (String operand : operands) {
      if (operand.equals("-")) {
        if (!visitor.input(new Input("-", null, jsonLines))) {
          return false;
        }
        continue;
      }
      Path path;
      try {
        path = Paths.get(operand);
      } catch (InvalidPathException e) {
        if (!visitor.fault(operand, "not-a-path", e.getReason())) {
          return false;
        }
        continue;
      }
      boolean more;
      if (Files.isDirectory(path)) {
        Counting counting = new Counting(visitor);
        more = directory(operand, path, new HashSet<Object>(), 0, counting);
        if (more && counting.visited == 0) {
          // A directory without a single file to read must not pass as a clean run.
          more = visitor.fault(operand, "no-inputs", globs);
        }
      } else {
        more = visitor.input(input(operand, path));
      }
      if (!more) {
        return false;
      }
    }
    return true;
  }

  private Input input(String name, Path path) {
    Path file = path.getFileName();
    boolean lines = jsonLines || (file != null && file.toString().endsWith(".jsonl"));
    return new Input(name, path, lines);
  }

  private boolean directory(
      String name, Path dir, Set<Object> ancestors, int depth, Visitor visitor) {
    Object key;
    try {
      key = Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      if (key == null) {
        key = dir.toRealPath();
      }
    } catch (IOException e) {
      return visitor.fault(name, "unreadable", e.toString());
    }
    if (!ancestors.add(key)) {
      return visitor.fault(name, "loop", null);
    }
    if (depth >= MAX_DEPTH) {
      return visitor.fault(name, "too-deep", String.valueOf(MAX_DEPTH));
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    } catch (IOException | RuntimeException e) {
      ancestors.remove(key);
      return visitor.fault(name, "unreadable", e.toString());
    }
    Collections.sort(names);
    String prefix =
        name.endsWith("/") || name.endsWith(java.io.File.separator)
            ? name
            : name + java.io.File.separator;
    for (String entryName : names) {
      Path entry = dir.resolve(entryName);
      String shown = prefix + entryName;
      boolean more;
      if (Files.isDirectory(entry)) {
        more = directory(shown, entry, ancestors, depth + 1, visitor);
      } else if (Files.isRegularFile(entry) && included(entry)) {
        more = visitor.input(input(shown, entry));
      } else if (!Files.exists(entry) && Files.isSymbolicLink(entry) && included(entry)) {
        more = visitor.fault(shown, "broken-link", null);
      } else {
        more = true;
      }
      if (!more) {
        return false;
      }
    }
    ancestors.remove(key);
    return true;
  }

  private List<PathMatcher> matchers() {
    if (includes == null) {
      List<PathMatcher> compiled = new ArrayList<>();
      for (String glob : globList) {
        compiled.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      }
      includes = compiled;
    }
    return includes;
  }

  private boolean included(Path file) {
    Path fileName = file.getFileName();
    for (PathMatcher include : matchers()) {
      if (include.matches(fileName)) {
        return true;
      }
    }
    return false;
  }
}
