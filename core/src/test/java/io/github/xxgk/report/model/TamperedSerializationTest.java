package io.github.xxgk.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.examples.LinfenYaodu2024;
import io.github.xxgk.report.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Java serialization against tampering: a stream with any part nulled, made with nothing but {@link
 * ObjectOutputStream#replaceObject}, is refused with {@link InvalidObjectException}, or reads back
 * into a report that every operation handles.
 */
class TamperedSerializationTest {
  private static final AnnualReport REPORT = LinfenYaodu2024.report();

  /** Writes objects, replacing each that {@code nulled} names (by class) with null. */
  private static final class Nulling extends ObjectOutputStream {
    final Set<Class<?>> seen = new LinkedHashSet<>();
    private final Class<?> nulled;
    private final int skip;
    private int found;

    Nulling(OutputStream out, Class<?> nulled, int skip) throws IOException {
      super(out);
      this.nulled = nulled;
      this.skip = skip;
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object object) {
      seen.add(object.getClass());
      if (object.getClass() == nulled && found++ == skip) {
        return null;
      }
      return object;
    }
  }

  private static byte[] write(Class<?> nulled, int skip, Set<Class<?>> seen) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Nulling out = new Nulling(bytes, nulled, skip)) {
      out.writeObject(REPORT);
      seen.addAll(out.seen);
    }
    return bytes.toByteArray();
  }

  @Test
  void anyPartNulledIsRefusedOrReadWhole() throws Exception {
    Set<Class<?>> classes = new LinkedHashSet<>();
    write(Void.class, 0, classes);
    assertFalse(classes.isEmpty());
    int refused = 0;
    for (Class<?> nulled : classes) {
      for (int skip = 0; skip < 3; skip++) {
        byte[] bytes = write(nulled, skip, new LinkedHashSet<>());
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
          back = in.readObject();
        } catch (java.io.ObjectStreamException e) {
          refused++;
          continue;
        }
        if (back == null) {
          continue;
        }
        AnnualReport report = (AnnualReport) back;
        // Whatever came back works: equality, hashing, validation, copying.
        assertEquals(report, AnnualReport.builder().from(report).build(), nulled::getName);
        assertEquals(report.hashCode(), AnnualReport.builder().from(report).build().hashCode());
        ReportValidator.standard().validate(report);
        assertTrue(report.toString().length() > 0);
      }
    }
    assertTrue(refused > 0, "no tampered stream was refused");
  }

  @Test
  void aStreamOfTheReportsFieldsIsRefused() throws Exception {
    // The serialized form holds no report object at all; a stream that does was made by hand.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(REPORT);
    }
    String stream = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(
        stream.contains("ImmutableAnnualReport"), "the report's own class is in the stream");
    assertFalse(
        stream.contains("ImmutableProactiveDisclosure"), "a part's own class is in the stream");
  }

  @Test
  void aRoundTripKeepsEveryValue() throws Exception {
    AnnualReport bare =
        AnnualReport.builder()
            .from(REPORT)
            .organKind(java.util.Optional.empty())
            .publishedOn(java.util.Optional.empty())
            .overview(java.util.Optional.empty())
            .build();
    for (AnnualReport report : new AnnualReport[] {REPORT, bare}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(report);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertEquals(report, in.readObject());
      }
    }
    assertThrows(NullPointerException.class, () -> new SerializedReport(null));
  }
}
