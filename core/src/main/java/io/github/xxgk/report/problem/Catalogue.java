package io.github.xxgk.report.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every {@link Code} on the class path, of every stage: the validation rules of core, the JSON
 * reader's codes, the codes of reading published reports and PDFs, the command-line tool's file
 * codes, each module registering its own through a {@link Provider}. {@code docs/rules.md} is
 * generated from it.
 *
 * <p>The codes are gathered once, from the class loader that loaded this class. Custom rules of a
 * validation profile are not in the catalogue: they belong to their profile.
 */
public final class Catalogue {
  private Catalogue() {}

  /**
   * The codes of one module. A module lists its provider in {@code
   * META-INF/services/io.github.xxgk.report.problem.Catalogue$Provider}; an implementation is a
   * public class with a public constructor without parameters, as {@link ServiceLoader} requires.
   */
  public interface Provider {
    /** The module's codes. */
    List<? extends Code> codes();
  }

  /**
   * Every code on the class path, by {@link Stage} in order and then by id. Unmodifiable.
   *
   * @throws IllegalStateException if two codes have the same id
   */
  public static List<Code> all() {
    return Codes.ALL;
  }

  /** The code with an id, if one on the class path has it. */
  public static Optional<Code> find(String id) {
    return Optional.ofNullable(Codes.BY_ID.get(Objects.requireNonNull(id, "id")));
  }

  /** Gathered on first use, so that a class path without providers costs nothing until asked. */
  private static final class Codes {
    static final Map<String, Code> BY_ID = new LinkedHashMap<>();
    static final List<Code> ALL;

    static {
      List<Code> codes = new ArrayList<>();
      for (Provider provider :
          ServiceLoader.load(Provider.class, Catalogue.class.getClassLoader())) {
        for (Code code : provider.codes()) {
          Code other = BY_ID.put(code.id(), code);
          if (other != null) {
            throw new IllegalStateException(
                "Two codes with the id "
                    + code.id()
                    + ": "
                    + other.getClass().getName()
                    + " and "
                    + code.getClass().getName());
          }
          codes.add(code);
        }
      }
      Collections.sort(codes, Comparator.comparing(Code::stage).thenComparing(Code::id));
      ALL = Collections.unmodifiableList(codes);
    }
  }
}
