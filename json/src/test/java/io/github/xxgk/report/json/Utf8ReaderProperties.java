package io.github.xxgk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Utf8ReaderProperties {

  /** Whatever the sizes asked for, the text decoded is the text encoded, to the last character. */
  @Property(tries = 300)
  void decodesWhatWasEncoded(@ForAll String text, @ForAll @IntRange(min = 1, max = 9000) int chunk)
      throws IOException {
    String valid = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    Utf8Reader reader =
        new Utf8Reader(new ByteArrayInputStream(valid.getBytes(StandardCharsets.UTF_8)));
    StringBuilder read = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n; (n = reader.read(buffer, 0, buffer.length)) != -1; ) {
      read.append(buffer, 0, n);
    }
    assertEquals(valid, read.toString());
    assertEquals(-1, reader.read(buffer, 0, buffer.length));
  }

  /** The characters before a malformed byte come first; the fault is thrown on the next call. */
  @Test
  void returnsTheTextBeforeAFaultThenThrows() throws IOException {
    byte[] good = "第一行\n".getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[good.length + 2];
    System.arraycopy(good, 0, input, 0, good.length);
    input[good.length] = (byte) 0xC3;
    input[good.length + 1] = (byte) 0x28;
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(input));
    char[] buffer = new char[100];
    assertEquals("第一行\n", new String(buffer, 0, reader.read(buffer, 0, buffer.length)));
    assertThrows(MalformedInputException.class, () -> reader.read(buffer, 0, buffer.length));
  }

  @Test
  void aTruncatedSequenceAtTheEndIsAFault() {
    byte[] input = {'a', (byte) 0xE4, (byte) 0xB8};
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(input));
    char[] buffer = new char[10];
    assertThrows(
        MalformedInputException.class,
        () -> {
          while (reader.read(buffer, 0, buffer.length) != -1) {
            // reading to the end must fail on the incomplete character
          }
        });
  }
}
