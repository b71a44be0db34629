package io.github.xxgk.report.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree back as text with one structural edit at one JSON Pointer, one member per
 * line, and remembers the line of the edit so that tests can check where a problem is located.
 */
final class Documents {
  static final ObjectMapper TREES = trees();

  /** The key of an added member; the contract has no such key anywhere. */
  static final String UNKNOWN_KEY = "zz-unknown";

  private Documents() {}

  /**
   * Amounts as written: stripping zeros could push a scale beyond the reader's limit. Jackson 2.14
   * has a feature for it; older versions a flag of the node factory (reached by reflection and by
   * name, since the tests are also compiled against Jackson 2.12).
   */
  @SuppressWarnings("deprecation")
  private static ObjectMapper trees() {
    JsonMapper.Builder builder =
        JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    try {
      Class<?> feature = Class.forName("com.fasterxml.jackson.databind.cfg.JsonNodeFeature");
      Class<?> datatypeFeature =
          Class.forName("com.fasterxml.jackson.databind.cfg.DatatypeFeature");
      Object strip = feature.getField("STRIP_TRAILING_BIGDECIMAL_ZEROES").get(null);
      Object features = java.lang.reflect.Array.newInstance(datatypeFeature, 1);
      java.lang.reflect.Array.set(features, 0, strip);
      JsonMapper.Builder.class.getMethod("disable", features.getClass()).invoke(builder, features);
    } catch (ClassNotFoundException e) {
      builder.nodeFactory(
          com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return builder.build();
  }

  /** What to do at the target. */
  enum Op {
    /** Nothing: the document as it is. */
    NONE,
    /** Write the raw text instead of the value at the target. */
    REPLACE,
    /** Leave the member at the target out. */
    REMOVE,
    /** Write the member at the target twice; the second time with the raw text as its value. */
    DUPLICATE,
    /** Add the member {@code "zz-unknown": raw} to the object at the target. */
    ADD
  }

  /** An edited document and the 1-based lines of its edit. */
  static final class Edited {
    final String text;

    /** The line of the edited member (the second one for a duplicate, the added one for add). */
    final int line;

    /** The line where the object holding the target starts. */
    final int parentLine;

    Edited(String text, int line, int parentLine) {
      this.text = text;
      this.line = line;
      this.parentLine = parentLine;
    }

    byte[] bytes() {
      return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * The real example with its three narrative sections cut to a short text that still has Chinese,
   * an escaped quote and a line break: the same structure, read ten times faster.
   */
  static JsonNode slimExample() {
    com.fasterxml.jackson.databind.node.ObjectNode slim =
        (com.fasterxml.jackson.databind.node.ObjectNode) tree(Hostile.EXAMPLE);
    for (String key : new String[] {"overview", "problemsAndImprovements", "otherMatters"}) {
      slim.put(key, "（一）主动公开情况。\n“尧都区人民政府”门户网站 \"9812\" 条");
    }
    return slim;
  }

  static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pointers of every value of a tree, the root ({@code ""}) first, in document order. */
  static List<String> pointers(JsonNode root) {
    List<String> all = new ArrayList<>();
    collect(root, "", all);
    return all;
  }

  private static void collect(JsonNode node, String pointer, List<String> all) {
    all.add(pointer);
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      collect(field.getValue(), pointer + "/" + TextValues.escape(field.getKey()), all);
    }
  }

  static String parent(String pointer) {
    return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
  }

  static Edited edit(JsonNode root, Op op, String target, String raw) {
    Writer writer = new Writer(op, target, raw);
    writer.value(root, "");
    return new Edited(writer.text.toString(), writer.line, writer.parentLine);
  }

  private static final class Writer {
    final Op op;
    final String target;
    final String raw;
    final StringBuilder text = new StringBuilder();
    int lines = 1;
    int line = 1;
    int parentLine = 1;

    Writer(Op op, String target, String raw) {
      this.op = op;
      this.target = target;
      this.raw = raw;
    }

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '\n') {
          lines++;
        }
      }
      text.append(s);
    }

    void value(JsonNode node, String pointer) {
      if (op == Op.REPLACE && pointer.equals(target)) {
        append(raw);
        return;
      }
      if (!node.isObject()) {
        append(node.toString());
        return;
      }
      if (pointer.equals(parent(target))) {
        parentLine = lines;
      }
      append("{");
      boolean first = true;
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = pointer + "/" + TextValues.escape(field.getKey());
        boolean here = child.equals(target);
        if (here && op == Op.REMOVE) {
          continue;
        }
        first = member(first, field.getKey(), field.getValue(), child, here && op == Op.REPLACE);
        if (here && op == Op.DUPLICATE) {
          separator(first);
          line = lines;
          append(quote(field.getKey()) + ": " + raw);
        }
      }
      if (op == Op.ADD && pointer.equals(target)) {
        separator(first);
        first = false;
        line = lines;
        append(quote(UNKNOWN_KEY) + ": " + raw);
      }
      append("\n}");
    }

    private boolean member(
        boolean first, String key, JsonNode value, String pointer, boolean mark) {
      separator(first);
      if (mark || pointer.equals(target)) {
        line = lines;
      }
      append(quote(key) + ": ");
      value(value, pointer);
      return false;
    }

    private void separator(boolean first) {
      append(first ? "\n" : ",\n");
    }
  }

  static String quote(String key) {
    try {
      return TREES.writeValueAsString(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
