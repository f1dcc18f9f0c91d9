package io.cwsync.connectwise.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Defensive copies for record components: absent stays absent, present becomes unmodifiable. */
final class Copies {

  private Copies() {}

  /**
   * Copies a list, keeping {@code null} (property absent) distinct from empty; null elements are kept
   * because ConnectWise can send them and silently dropping data is worse than carrying it.
   */
  static <T> @Nullable List<T> list(@Nullable List<T> list) {
    if (list == null) {
      return null;
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}
