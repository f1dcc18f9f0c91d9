package io.cwsync.mapping;

/**
 * A stored profile value that its JSON form cannot carry, thrown while reading; {@link SyncProfileJson}
 * reports it under the path of the object being read plus {@link #property()}.
 */
final class PropertyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String property;

  PropertyException(String property, String message) {
    super(message);
    this.property = property;
  }

  /** The property path relative to the object being read, {@code ""} for the value itself. */
  String property() {
    return property;
  }
}
