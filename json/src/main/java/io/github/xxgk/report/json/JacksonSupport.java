package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;

/**
 * What the Jackson on the class path can do, found out once by trying it, never from its version
 * number. The module supports Jackson 2.12 and later; what an older version lacks is done here or
 * by the reader another way, so that reading keeps its limits and its strict UTF-8 everywhere:
 *
 * <ul>
 *   <li>{@link #READ_CONSTRAINTS}: Jackson 2.16's limits on documents, names, strings, numbers and
 *       nesting. Without them the reader checks each token itself ({@link #checkString} and the
 *       others) and bounds documents with {@link BoundedReader}.
 *   <li>{@link #COMBINED_SURROGATES}: writing a character beyond U+FFFF to bytes as itself (Jackson
 *       2.18). Without it, bytes are written through a UTF-8 writer, which never escapes.
 *   <li>{@link #STRICT_UTF8_BYTES}: a byte parser that rejects malformed UTF-8. Without it, bytes
 *       are decoded by {@link Utf8Reader} and read by the char parser.
 *   <li>{@link #location(long, long, int, int)}: a location made by the reader itself. Jackson 2.13
 *       added a constructor taking a {@code ContentReference}, which {@code new JsonLocation(null,
 *       …)} compiled against it selects, and which 2.12 lacks.
 * </ul>
 *
 * <p>No class or member of a newer Jackson is named in the code: they are reached by reflection or
 * by name, so that the module compiles against the lowest supported Jackson too (CI does so, and
 * any use of a newer API fails there) and links on every supported version. Compiling against 2.12
 * does not catch a call that the default Jackson resolves to a newer overload (as {@code new
 * JsonLocation(null, …)} did): {@code LowestJacksonTest} looks for the newer types such a call
 * names, and CI also runs a consumer project on 2.12 with the jars of the default build.
 */
final class JacksonSupport {
  static final boolean READ_CONSTRAINTS = hasReadConstraints();
  static final boolean COMBINED_SURROGATES = hasWriteFeature("COMBINE_UNICODE_SURROGATES_IN_UTF8");
  static final boolean STRICT_UTF8_BYTES = byteParserIsStrict();

  private static final String CONSTRAINTS_EXCEPTION =
      "com.fasterxml.jackson.core.exc.StreamConstraintsException";

  /** {@code (long bytes, long chars, int line, int column) -> JsonLocation}, without a source. */
  private static final MethodHandle NEW_LOCATION = locationConstructor();

  private JacksonSupport() {}

  /** A builder of factories for the reader and writer, with Jackson's limits where it has them. */
  static JsonFactoryBuilder factoryBuilder(long maxDocumentLength, int maxNameLength) {
    JsonFactoryBuilder builder = new JsonFactoryBuilder();
    if (READ_CONSTRAINTS) {
      ReadConstraints.apply(builder, maxDocumentLength, maxNameLength);
    }
    if (COMBINED_SURROGATES) {
      // By name: the constant does not exist before 2.18, and a reference to it would not link.
      builder.enable(JsonWriteFeature.valueOf("COMBINE_UNICODE_SURROGATES_IN_UTF8"));
    }
    return builder;
  }

  /** Whether a parser's fault is an exceeded limit, Jackson's or the reader's own. */
  static boolean isLimit(Throwable e) {
    if (e instanceof ReaderLimitException) {
      return true;
    }
    // By name: the class does not exist before Jackson 2.15.
    for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals(CONSTRAINTS_EXCEPTION)) {
        return true;
      }
    }
    return false;
  }

  /** Where the parser is; {@code currentLocation()} is Jackson 2.13's name for it. */
  @SuppressWarnings("deprecation")
  static JsonLocation location(JsonParser parser) {
    return parser.getCurrentLocation();
  }

  /** Where the current token starts; {@code currentTokenLocation()} is Jackson 2.13's name. */
  @SuppressWarnings("deprecation")
  static JsonLocation tokenLocation(JsonParser parser) {
    return parser.getTokenLocation();
  }

  /**
   * A location in an input without a source reference, as the reader finds it itself; -1 for an
   * offset it does not know. Never call a {@code JsonLocation} constructor elsewhere: which one a
   * call links to depends on the Jackson it was compiled against.
   */
  static JsonLocation location(long bytes, long chars, int line, int column) {
    try {
      return (JsonLocation) NEW_LOCATION.invokeExact(bytes, chars, line, column);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      // A constructor of JsonLocation declares no checked exception.
      throw new IllegalStateException(e);
    }
  }

  /** Holds the current string to {@link ReportJson#MAX_STRING_LENGTH} where Jackson does not. */
  static void checkString(JsonParser parser) throws IOException {
    checkLength(parser, "String", Limits.STRING_LENGTH);
  }

  /**
   * Holds the current number to {@link ReportJson#MAX_NUMBER_LENGTH} where Jackson does not, before
   * its value is computed: an old Jackson would parse a number of any length.
   */
  static void checkNumber(JsonParser parser) throws IOException {
    checkLength(parser, "Number", Limits.NUMBER_LENGTH);
  }

  /** Holds the current token's text to {@code limit} characters, in Jackson's words when not. */
  private static void checkLength(JsonParser parser, String kind, int limit) throws IOException {
    if (!READ_CONSTRAINTS && parser.getTextLength() > limit) {
      throw new ReaderLimitException(
          kind
              + " value length ("
              + parser.getTextLength()
              + ") exceeds the maximum allowed ("
              + limit
              + " characters)");
    }
  }

  /** Holds the nesting at the current token to {@link ReportJson#MAX_NESTING_DEPTH}. */
  static void checkDepth(JsonParser parser) throws IOException {
    if (READ_CONSTRAINTS) {
      return;
    }
    int depth = 0;
    for (JsonStreamContext at = parser.getParsingContext(); at != null; at = at.getParent()) {
      if (at.inObject() || at.inArray()) {
        depth++;
      }
    }
    if (depth > Limits.NESTING_DEPTH) {
      throw new ReaderLimitException(
          "Document nesting depth ("
              + depth
              + ") exceeds the maximum allowed ("
              + Limits.NESTING_DEPTH
              + ")");
    }
  }

  /**
   * Jackson 2.13+'s {@code JsonLocation(ContentReference, long, long, int, int)} with a null
   * reference (which it takes as unknown), or 2.12's {@code (Object, long, long, int, int)}.
   */
  private static MethodHandle locationConstructor() {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Class<?> source;
    try {
      source = Class.forName("com.fasterxml.jackson.core.io.ContentReference");
    } catch (ClassNotFoundException | LinkageError e) {
      source = Object.class;
    }
    try {
      MethodHandle constructor =
          lookup.findConstructor(
              JsonLocation.class,
              MethodType.methodType(
                  void.class, source, long.class, long.class, int.class, int.class));
      return MethodHandles.insertArguments(constructor, 0, (Object) null);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("this Jackson has no known JsonLocation constructor", e);
    }
  }

  private static boolean hasReadConstraints() {
    try {
      Class<?> builder = Class.forName("com.fasterxml.jackson.core.StreamReadConstraints$Builder");
      builder.getMethod("maxDocumentLength", long.class);
      builder.getMethod("maxNameLength", int.class);
      builder.getMethod("maxNestingDepth", int.class);
      JsonFactoryBuilder.class.getMethod(
          "streamReadConstraints",
          Class.forName("com.fasterxml.jackson.core.StreamReadConstraints"));
      return true;
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      return false;
    }
  }

  private static boolean hasWriteFeature(String name) {
    for (JsonWriteFeature feature : JsonWriteFeature.values()) {
      if (feature.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the byte parser refuses what a strict UTF-8 decoder refuses: an overlong form, an
   * encoded surrogate and a code point beyond U+10FFFF. Tried on a parser, since older versions
   * accept some of these without an error.
   */
  private static boolean byteParserIsStrict() {
    JsonFactory factory = new JsonFactory();
    int[][] malformed = {{0xC0, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}};
    for (int[] sequence : malformed) {
      if (!rejects(factory, sequence)) {
        return false;
      }
    }
    return true;
  }

  private static boolean rejects(JsonFactory factory, int[] sequence) {
    byte[] open = "[\"".getBytes(StandardCharsets.US_ASCII);
    byte[] json = new byte[open.length + sequence.length + 2];
    System.arraycopy(open, 0, json, 0, open.length);
    for (int i = 0; i < sequence.length; i++) {
      json[open.length + i] = (byte) sequence[i];
    }
    json[json.length - 2] = '"';
    json[json.length - 1] = ']';
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          parser.getText();
        }
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Jackson 2.16's {@code StreamReadConstraints}, set through reflection once per factory: the
   * class is missing from older versions, which the module compiles against in CI.
   */
  private static final class ReadConstraints {
    static void apply(JsonFactoryBuilder factory, long maxDocumentLength, int maxNameLength) {
      try {
        Class<?> constraints = Class.forName("com.fasterxml.jackson.core.StreamReadConstraints");
        Object builder = constraints.getMethod("builder").invoke(null);
        Class<?> type = builder.getClass();
        type.getMethod("maxDocumentLength", long.class).invoke(builder, maxDocumentLength);
        type.getMethod("maxNestingDepth", int.class).invoke(builder, Limits.NESTING_DEPTH);
        type.getMethod("maxStringLength", int.class).invoke(builder, Limits.STRING_LENGTH);
        type.getMethod("maxNameLength", int.class).invoke(builder, maxNameLength);
        type.getMethod("maxNumberLength", int.class).invoke(builder, Limits.NUMBER_LENGTH);
        Object built = type.getMethod("build").invoke(builder);
        JsonFactoryBuilder.class
            .getMethod("streamReadConstraints", constraints)
            .invoke(factory, built);
      } catch (ReflectiveOperationException e) {
        // hasReadConstraints() found every one of these members.
        throw new IllegalStateException("cannot set Jackson's read constraints", e);
      }
    }
  }
}
