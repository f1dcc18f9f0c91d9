package io.cwsync.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark main's {@code --name=value} arguments. Each option is read once with its default; {@link #done()}
 * rejects whatever no read asked for, with the main's usage line, so a mistyped option fails instead of silently
 * measuring the default. A later occurrence of an option wins.
 */
final class BenchmarkArgs {

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();
  private final String usage;

  private BenchmarkArgs(String usage) {
    this.usage = usage;
  }

  /**
   * Splits {@code args} at the first {@code =} of each.
   *
   * @param usage the options the main takes, for error messages
   * @throws IllegalArgumentException for an argument that is not {@code --name=value}
   */
  static BenchmarkArgs parse(String[] args, String usage) {
    BenchmarkArgs b = new BenchmarkArgs(usage);
    for (String a : args) {
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0) {
        throw b.unknown(a);
      }
      b.values.put(a.substring(2, eq), a.substring(eq + 1));
    }
    return b;
  }

  String string(String name, String def) {
    read.add(name);
    return values.getOrDefault(name, def);
  }

  int intValue(String name, int def) {
    String v = string(name, null);
    return v == null ? def : Integer.parseInt(v.trim());
  }

  long longValue(String name, long def) {
    String v = string(name, null);
    return v == null ? def : Long.parseLong(v.trim());
  }

  /** A comma-separated list of integers, such as {@code --in-flight=1,4,8}. */
  List<Integer> ints(String name, List<Integer> def) {
    String v = string(name, null);
    if (v == null) {
      return def;
    }
    List<Integer> l = new ArrayList<>();
    for (String s : v.split(",")) {
      l.add(Integer.parseInt(s.trim()));
    }
    return List.copyOf(l);
  }

  /** One of {@code allowed}; {@code def} when absent. */
  String choice(String name, String def, String... allowed) {
    String v = string(name, def);
    if (!Arrays.asList(allowed).contains(v)) {
      throw new IllegalArgumentException("--" + name + " must be " + String.join(" or ", allowed) + ", was " + v);
    }
    return v;
  }

  /** Accepts options that another part of the main reads from the raw arguments. */
  BenchmarkArgs ignore(String... names) {
    read.addAll(Arrays.asList(names));
    return this;
  }

  /** Fails on the first option no read asked for. */
  void done() {
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!read.contains(e.getKey())) {
        throw unknown("--" + e.getKey() + "=" + e.getValue());
      }
    }
  }

  private IllegalArgumentException unknown(String arg) {
    return new IllegalArgumentException("unknown argument " + arg + " (" + usage + ")");
  }
}
