package io.cwsync.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL script on the classpath split into its statements: {@code --} comments removed, statements ending with
 * {@code ;} at the end of a line. Used by the example hosts to create their schemas.
 */
public final class SqlScript {

  private SqlScript() {}

  /**
   * Reads {@code resource} next to {@code owner} and returns its statements.
   *
   * @param owner the class whose package holds the script
   * @param resource the script's name, such as {@code schema.sql}
   * @return the non-blank statements, in order
   * @throws IllegalStateException naming the resource if it is missing or unreadable
   */
  public static List<String> statements(Class<?> owner, String resource) {
    String script;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(owner.getPackageName().replace('.', '/') + "/" + resource
            + " is missing from the classpath");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      int comment = line.indexOf("--");
      withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    List<String> out = new ArrayList<>();
    for (String statement : withoutComments.toString().split(";\\s*\n")) {
      if (!statement.isBlank()) {
        out.add(statement);
      }
    }
    return out;
  }
}
