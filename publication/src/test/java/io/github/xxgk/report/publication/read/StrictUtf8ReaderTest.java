package io.github.xxgk.report.publication.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link StrictUtf8Reader}, which a page's parser reads instead of the text of the whole page,
 * holds to a strict UTF-8 decoder of all the bytes at once, whatever the sizes of the reads (a pair
 * of surrogates asked for with one place left included); and a page that turns out not to be UTF-8
 * deep inside is read as before, in the encoding {@link Decoding} finds.
 */
class StrictUtf8ReaderTest {
  private static String definition(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return "not UTF-8";
    }
  }

  private static String read(byte[] bytes, List<Integer> sizes) {
    StrictUtf8Reader reader = new StrictUtf8Reader(bytes, bytes.length);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[16];
    try {
      for (int i = 0; ; i++) {
        int size = sizes.get(i % sizes.size());
        int offset = i % 3;
        int n = reader.read(buffer, offset, size);
        if (n < 0) {
          return text.toString();
        }
        text.append(buffer, offset, n);
      }
    } catch (CharacterCodingException notUtf8) {
      return "not UTF-8";
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> piece =
        Arbitraries.oneOf(
            Arbitraries.of("a", "<", "公开", "\ufffd", "\ud83d\ude00", "\u00e9", "\n")
                .map(text -> text.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.bytes().map(b -> new byte[] {b}),
            Arbitraries.of(
                new byte[] {(byte) 0xe5, (byte) 0x85},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}));
    return piece.list().ofMaxSize(20).map(DecodingTest::join);
  }

  @Property(tries = 3000)
  void readsAsAStrictDecoderOfTheWholeDecodes(
      @ForAll("bytes") byte[] bytes,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 13) Integer> sizes) {
    assertEquals(definition(bytes), read(bytes, sizes));
  }

  @Example
  void aPairOfSurrogatesWithOnePlaceLeftIsGivenAcrossTwoReads() {
    byte[] bytes = "a\ud83d\ude00b".getBytes(StandardCharsets.UTF_8);
    assertEquals("a\ud83d\ude00b", read(bytes, java.util.Arrays.asList(1)));
  }

  /**
   * A real page of UTF-8 with one byte that is not, far past the parser's first buffers: the whole
   * page is then read as {@link Decoding} decodes it (GB18030, as the page declares no other): the
   * same cells and problems as the text so decoded, and the count of bytes it could not decode.
   */
  @Example
  void aPageNotUtf8DeepInsideIsReadInTheEncodingFound() throws IOException {
    byte[] page = RealReportsTest.resource("shuyang-fagaiju-2023.html");
    String end = "</html>";
    String html = new String(page, StandardCharsets.UTF_8);
    int at = html.lastIndexOf(end);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = html.substring(0, at).getBytes(StandardCharsets.UTF_8);
    out.write(head, 0, head.length);
    out.write(new byte[] {'<', 'p', '>', (byte) 0xb9, (byte) 0xab, '<', '/', 'p', '>'}, 0, 9);
    byte[] tail = html.substring(at).getBytes(StandardCharsets.UTF_8);
    out.write(tail, 0, tail.length);
    byte[] bytes = out.toByteArray();

    ReadResult result = PublishedReports.read(bytes);
    Charset found = result.charset();
    ReadResult expected = PublishedReports.read(new String(bytes, found));
    assertEquals("GB18030", found.name());
    assertEquals(expected.cells().toString(), result.cells().toString());
    // and the bytes GB18030 could not decode are counted, as for any page in an encoding found
    assertEquals("IMPORT-ENCODING", result.problems().get(0).ruleId());
    assertEquals(
        expected.problems().toString(),
        result.problems().subList(1, result.problems().size()).toString());
  }
}
