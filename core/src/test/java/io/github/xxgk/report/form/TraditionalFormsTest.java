package io.github.xxgk.report.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.report.resource.ShippedResource;
import java.io.File;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TraditionalForms}' data against the catalogue: every CJK character the catalogue's Chinese
 * is written in has its line, no line names a character the catalogue does not hold, and folding
 * leaves the catalogue's own text as it is.
 *
 * <p>The catalogue's characters are gathered by walking every value held by the classes of the
 * {@code form} package (strings, characters, patterns, labels, enum constants, lists and maps) and
 * the text of {@code narrative-phrases.txt}, so that a new caption, variant or phrase is found
 * without this test naming it. Run with {@code -Dxxgk.printCatalogueCharacters=true} to print the
 * characters missing from the data, one a line.
 */
class TraditionalFormsTest {
  @Test
  void everyCharacterOfTheCatalogueHasItsLineAndNoOtherDoes() throws Exception {
    Set<Character> catalogue = catalogueCharacters();
    Map<Character, String> data = data();
    Set<Character> missing = new TreeSet<>(catalogue);
    missing.removeAll(data.keySet());
    if (Boolean.getBoolean("xxgk.printCatalogueCharacters")) {
      StringBuilder out = new StringBuilder();
      for (char c : missing) {
        out.append(c).append('\n');
      }
      System.out.print(out);
    }
    assertTrue(missing.isEmpty(), "characters of the catalogue missing from the data: " + missing);
    Set<Character> foreign = new TreeSet<>(data.keySet());
    foreign.removeAll(catalogue);
    assertTrue(foreign.isEmpty(), "characters in the data the catalogue does not hold: " + foreign);
  }

  @Test
  void theCatalogueFoldsToItselfAndEveryTraditionalFormToItsCharacter() throws Exception {
    Set<Character> catalogue = catalogueCharacters();
    for (char c : catalogue) {
      assertEquals(c, TraditionalForms.simplified(c), "catalogue character " + c);
    }
    int pairs = 0;
    for (Map.Entry<Character, String> line : data().entrySet()) {
      for (char traditional : line.getValue().toCharArray()) {
        assertEquals((char) line.getKey(), TraditionalForms.simplified(traditional));
        pairs++;
      }
    }
    // the form's own words in traditional print: 開, 報, 處, 請, 況 are among the pairs
    assertEquals('开', TraditionalForms.simplified('開'));
    assertEquals('报', TraditionalForms.simplified('報'));
    assertEquals('处', TraditionalForms.simplified('處'));
    assertTrue(pairs > 100, "pairs: " + pairs);
    // a character outside the catalogue is never folded
    assertEquals('龍', TraditionalForms.simplified('龍'));
  }

  /** The data file: each simplified character and its traditional forms. */
  static Map<Character, String> data() {
    Map<Character, String> lines = new TreeMap<>();
    for (String line :
        ShippedResource.text(TraditionalForms.class, "traditional-forms.txt").split("\n")) {
      if (!line.isEmpty() && line.charAt(0) != '#') {
        assertTrue(
            lines.put(line.charAt(0), line.substring(1)) == null, "line twice: " + line.charAt(0));
      }
    }
    return lines;
  }

  /** Every CJK ideograph the catalogue's Chinese is written in. */
  static Set<Character> catalogueCharacters() throws Exception {
    Set<Character> characters = new TreeSet<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    for (Class<?> type : formClasses()) {
      if (type == TraditionalForms.class) {
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          field.setAccessible(true);
          walk(field.get(null), characters, seen, 0);
        }
      }
    }
    add(ShippedResource.text(PhraseTable.class, "narrative-phrases.txt"), characters);
    return characters;
  }

  private static void walk(
      Object value, Set<Character> characters, Map<Object, Boolean> seen, int depth)
      throws IllegalAccessException {
    if (value == null || depth > 8 || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof CharSequence) {
      add(value.toString(), characters);
    } else if (value instanceof Character) {
      add(value.toString(), characters);
    } else if (value instanceof Pattern) {
      add(((Pattern) value).pattern(), characters);
    } else if (value instanceof Collection) {
      for (Object element : (Collection<?>) value) {
        walk(element, characters, seen, depth + 1);
      }
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        walk(entry.getKey(), characters, seen, depth + 1);
        walk(entry.getValue(), characters, seen, depth + 1);
      }
    } else if (value.getClass().isArray()) {
      if (value instanceof char[]) {
        add(new String((char[]) value), characters);
      } else if (!value.getClass().getComponentType().isPrimitive()) {
        for (int i = 0; i < Array.getLength(value); i++) {
          walk(Array.get(value, i), characters, seen, depth + 1);
        }
      }
    } else if (value.getClass().getName().startsWith("io.github.xxgk.report.")) {
      for (Class<?> type = value.getClass();
          type != null && type.getName().startsWith("io.github.xxgk.report.");
          type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            field.setAccessible(true);
            walk(field.get(value), characters, seen, depth + 1);
          }
        }
      }
    }
  }

  private static void add(String text, Set<Character> characters) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u4e00' && c <= '\u9fff') {
        characters.add(c);
      }
    }
  }

  /** The classes of the {@code form} package, nested ones included. */
  private static List<Class<?>> formClasses() throws URISyntaxException, ClassNotFoundException {
    File directory =
        new File(
            new File(Label.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
            Label.class.getPackage().getName().replace('.', File.separatorChar));
    List<Class<?>> classes = new ArrayList<>();
    String[] names = directory.list();
    assertTrue(names != null && names.length > 20, "classes of form in " + directory);
    for (String name : names) {
      if (name.endsWith(".class") && !name.equals("package-info.class")) {
        classes.add(
            Class.forName(
                Label.class.getPackage().getName() + "." + name.substring(0, name.length() - 6)));
      }
    }
    return classes;
  }
}
