package io.cwsync.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs {@link Demo} in-process as a user would and keeps what it printed: the tests' one copy of the captured
 * standard output and error. One instance per test; not thread-safe.
 */
final class DemoOutput {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

  /** Runs the demo with no environment variables and returns its exit status. */
  int run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs the demo with these environment variables and returns its exit status. */
  int run(Map<String, String> env, String... args) {
    return Demo.run(args, env, outStream, errStream);
  }

  /** The stream standing in for standard output, for the overloads of {@link Demo#run} this class does not cover. */
  PrintStream out() {
    return outStream;
  }

  /** The stream standing in for standard error. */
  PrintStream err() {
    return errStream;
  }

  /** What the demo printed to standard output so far. */
  String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the demo printed to standard error so far. */
  String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
