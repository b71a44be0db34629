package io.github.xxgk.report.cli;

import io.github.xxgk.report.form.Label;
import io.github.xxgk.report.problem.Language;
import io.github.xxgk.report.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * The fallback: an input that no format reads is one finding, {@code INPUT-FORMAT} ({@link
 * FileRule#INPUT_FORMAT}), saying what it looks like (a PDF, an HTML page, plain text, text in
 * another encoding, binary data), read no further than its head. Until readers of published reports
 * exist, this is what {@code validate} says about them.
 */
final class NotJson implements InputFormat {
  @Override
  public boolean recognises(Head head) {
    return true;
  }

  @Override
  public void read(InputStream in, Head head, Input input, Messages messages, RecordSink sink)
      throws IOException {
    String looks = "looks." + looksLike(head);
    // What it looks like, in both languages: the problem's message is made in either.
    Label looksLike =
        Label.of(
            Messages.BUNDLE.pattern(looks, Language.ZH),
            Messages.BUNDLE.pattern(looks, Language.EN));
    sink.accept(
        Record.problems(
            -1,
            1,
            Collections.singletonList(
                Problem.of(FileRule.INPUT_FORMAT).line(1, 1).arguments(looksLike).build())));
  }

  /** What the head looks like, as the suffix of a message key {@code looks.*}. */
  static String looksLike(Head head) {
    if (head.startsWith('%', 'P', 'D', 'F', '-')) {
      return "pdf";
    }
    if (head.startsWith('P', 'K', 3, 4)) {
      return "zip";
    }
    if (head.startsWith(0xD0, 0xCF, 0x11, 0xE0)) {
      return "office";
    }
    if (head.startsWith(0xFE, 0xFF) || head.startsWith(0xFF, 0xFE) || alternatingZeros(head)) {
      return "utf16";
    }
    int first = head.firstNonBlank();
    if (first < head.length() && head.at(first) == '<') {
      String start = new String(head.copy(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      return start.contains("<html") || start.contains("<!doctype html") ? "html" : "markup";
    }
    if (binary(head)) {
      return "binary";
    }
    if (decodes(head, StandardCharsets.UTF_8)) {
      return "text";
    }
    if (decodes(head, Charset.forName("GB18030"))) {
      return "gb18030";
    }
    return "binary";
  }

  /** NUL or other controls that text does not hold. */
  private static boolean binary(Head head) {
    int controls = 0;
    for (int i = 0; i < head.length(); i++) {
      int b = head.at(i);
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return controls * 20 > head.length();
  }

  private static boolean alternatingZeros(Head head) {
    int zeros = 0;
    for (int i = 1; i < Math.min(head.length(), 64); i += 2) {
      if (head.at(i) == 0 || head.at(i - 1) == 0) {
        zeros++;
      }
    }
    return head.length() >= 8 && zeros * 2 >= Math.min(head.length(), 64) / 2 && !allZero(head);
  }

  private static boolean allZero(Head head) {
    for (int i = 0; i < Math.min(head.length(), 64); i++) {
      if (head.at(i) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the head decodes strictly, allowing a character cut at its end. */
  private static boolean decodes(Head head, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] bytes = head.copy();
    int cut = head.length() == Head.SIZE ? 4 : 0;
    for (int drop = 0; drop <= cut; drop++) {
      try {
        decoder.reset();
        decoder.decode(ByteBuffer.wrap(bytes, 0, bytes.length - drop));
        return true;
      } catch (CharacterCodingException e) {
        // try with the last bytes dropped: the head may end inside a character
      }
    }
    return false;
  }
}
