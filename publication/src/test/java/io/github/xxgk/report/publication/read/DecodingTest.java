package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Decoding} tells valid UTF-8 by the JDK's fast decoding and a look for the replacement
 * character; this holds it to its definition, a strict UTF-8 decoder that reports malformed input
 * (else GB18030, no charset being declared), on bytes made of valid sequences, U+FFFD itself, and
 * stray or truncated bytes.
 */
class DecodingTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static String definition(byte[] bytes) {
    try {
      return "UTF-8 "
          + StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      return GB18030.name() + " " + new String(bytes, GB18030);
    }
  }

  private static String decoded(byte[] bytes) {
    Decoding decoding = Decoding.of(bytes);
    return decoding.charset.name() + " " + decoding.text;
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> piece =
        Arbitraries.oneOf(
            Arbitraries.of("a", "1", "公开", "\ufffd", "\ud83d\ude00", "\u00e9", " ")
                .map(text -> text.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.bytes().map(b -> new byte[] {b}),
            Arbitraries.of(
                new byte[] {(byte) 0xe5, (byte) 0x85},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
    return piece.list().ofMaxSize(12).map(DecodingTest::join);
  }

  /** The pieces one after another: a generated source of bytes. */
  static byte[] join(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] piece : pieces) {
      out.write(piece, 0, piece.length);
    }
    return out.toByteArray();
  }

  @Property(tries = 3000)
  void utf8IsToldAsAStrictDecoderTellsIt(@ForAll("bytes") byte[] bytes) {
    if (bytes.length > 0 && ((bytes[0] & 0xff) == 0xef || (bytes[0] & 0xfe) == 0xfe)) {
      return; // a byte-order mark decides before UTF-8 is tried
    }
    assertEquals(definition(bytes), decoded(bytes));
  }

  @Example
  void aReplacementCharacterReallyEncodedIsValidUtf8() {
    byte[] bytes = "a\ufffdb".getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8 a\ufffdb", decoded(bytes));
    Decoding decoding = Decoding.of(bytes);
    assertEquals(0, decoding.replaced);
  }
}
