package io.github.xxgk.report.publication.render;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Debian chromium for the browser tests: found on the PATH (or at $XXGK_CHROMIUM), run
 * once per page with a fresh profile and nothing that reaches the network.
 */
final class Chromium {
  private static final long TIMEOUT_SECONDS = 90;

  private final String binary;
  private final Path work;

  Chromium(Path work) {
    this.binary = find();
    this.work = work;
  }

  private static String find() {
    String configured = System.getenv("XXGK_CHROMIUM");
    if (configured != null && !configured.isEmpty()) {
      return configured;
    }
    String path = System.getenv("PATH");
    for (String name : Arrays.asList("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
        File candidate = new File(dir, name);
        if (candidate.canExecute()) {
          return candidate.getPath();
        }
      }
    }
    throw new AssertionError(
        "The browser tests need chromium: apt-get install -y chromium (as .ci/run does), or set"
            + " XXGK_CHROMIUM to a Chromium or Chrome binary.");
  }

  private static void delete(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The DOM of a page after it loaded, at a window width in CSS pixels. */
  String dumpDom(Path page, int width) throws IOException, InterruptedException {
    return run(page, width, 1123, "--dump-dom");
  }

  /** Prints a page to PDF, for a person to look at. */
  void printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
    run(page, 794, 1123, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath());
  }

  /** A screenshot of a page's top at a window size. */
  void screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    run(page, width, height, "--screenshot=" + png.toAbsolutePath());
  }

  private String run(Path page, int width, int height, String... action)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    List<String> command =
        new ArrayList<>(
            Arrays.asList(
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height));
    command.addAll(Arrays.asList(action));
    command.add(page.toUri().toString());
    Path errors = Files.createTempFile(work, "chromium", ".log");
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    process.getOutputStream().close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                  out.write(buffer, 0, n);
                }
              } catch (IOException e) {
                // the process was killed; the exit check below reports it
              }
            });
    reader.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    reader.join();
    delete(profile);
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "chromium exited with "
              + process.exitValue()
              + ": "
              + new String(Files.readAllBytes(errors), StandardCharsets.UTF_8));
    }
    Files.delete(errors);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }
}
