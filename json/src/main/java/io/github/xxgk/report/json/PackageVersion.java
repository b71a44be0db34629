package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this module, as Jackson reports it for {@link ReportModule}. It is read from a
 * resource that the build fills in, so it cannot drift from the POM.
 */
public final class PackageVersion implements Versioned {
  /** This module's version. */
  public static final Version VERSION = load();

  /** An instance, for APIs that want a {@link Versioned}. */
  public PackageVersion() {}

  /** This module's version, {@link #VERSION}. */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"),
        properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
