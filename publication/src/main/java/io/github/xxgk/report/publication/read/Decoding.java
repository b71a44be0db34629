package io.github.xxgk.report.publication.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the encoding of a source's bytes: a byte-order mark, else UTF-8 when the bytes are valid
 * UTF-8, else the charset a {@code <meta>} declares, else GB18030 (which covers GBK and GB2312, as
 * many portals still serve). Bytes invalid in the chosen encoding are replaced and counted.
 */
final class Decoding {
  private static final Pattern META_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset GB18030 = Charset.forName("GB18030");

  final String text;
  final Charset charset;
  final int replaced;

  private Decoding(String text, Charset charset, int replaced) {
    this.text = text;
    this.charset = charset;
    this.replaced = replaced;
  }

  static Decoding of(byte[] bytes) {
    return of(bytes, bytes.length);
  }

  /** The first {@code length} bytes decoded. */
  static Decoding of(byte[] bytes, int length) {
    if (length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return lenient(bytes, 3, length, StandardCharsets.UTF_8);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return lenient(bytes, 2, length, StandardCharsets.UTF_16LE);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return lenient(bytes, 2, length, StandardCharsets.UTF_16BE);
    }
    // The common case, valid UTF-8, in the JDK's own fast decoding: it replaces what is malformed,
    // so text without a replacement character was valid. Text with one (malformed, or a U+FFFD
    // really encoded) is decoded again strictly to tell which.
    String fast = new String(bytes, 0, length, StandardCharsets.UTF_8);
    if (fast.indexOf('\ufffd') < 0) {
      return new Decoding(fast, StandardCharsets.UTF_8, 0);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, length))
              .toString();
      return new Decoding(text, StandardCharsets.UTF_8, 0);
    } catch (CharacterCodingException notUtf8) {
      Charset declared = declared(bytes, length);
      return lenient(
          bytes,
          0,
          length,
          declared == null || declared.equals(StandardCharsets.UTF_8) ? GB18030 : declared);
    }
  }

  /**
   * The first bytes of a longer source decoded, cut before a UTF-8 sequence that the cut would
   * split: otherwise the split character would make valid UTF-8 look like another encoding.
   */
  static Decoding prefix(byte[] bytes, int length) {
    int lead = length - 1;
    while (lead >= 0 && lead > length - 4 && (bytes[lead] & 0xc0) == 0x80) {
      lead--;
    }
    if (lead >= 0) {
      int first = bytes[lead] & 0xff;
      int needed = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
      if (lead + needed > length) {
        return of(bytes, lead);
      }
    }
    return of(bytes, length);
  }

  /** The charset a {@code <meta>} declares in the first 4 KB, when Java knows it. */
  private static Charset declared(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (!meta.find()) {
      return null;
    }
    String name = meta.group(1).toUpperCase(Locale.ROOT);
    if (name.equals("GB2312") || name.equals("GBK") || name.equals("X-GBK")) {
      return GB18030;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static Decoding lenient(byte[] bytes, int offset, int length, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer chars;
    try {
      chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length - offset));
    } catch (CharacterCodingException cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
    String text = chars.toString();
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\ufffd') {
        replaced++;
      }
    }
    return new Decoding(text, charset, replaced);
  }
}
