package io.github.xxgk.report.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Whether standard output or error is a terminal. Java 8 can only say whether both standard input
 * and output are ({@code System.console()}); on Linux the file descriptors tell each one.
 */
final class Terminals {
  private Terminals() {}

  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  private static boolean isTerminal(int fd) {
    Path link = Paths.get("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | RuntimeException e) {
      // Not Linux, or not allowed to look: fall back below.
    }
    return System.console() != null;
  }
}
