package io.cwsync.mapping;

/**
 * Applies stored settings to a section builder one setter at a time, each named by its property
 * path. {@link SyncProfile#toBuilder()} runs the setters as they are; {@link SyncProfileJson} turns a
 * rejection into an error naming the path ({@code stageMapping.stages.Won: ...}). One replay per
 * section serves both, so a setting is read back in one place.
 */
@FunctionalInterface
interface Replay {

  /** Runs each setter as it is: the settings of a built profile were checked when it was built. */
  Replay DIRECT = (property, setter) -> setter.run();

  /**
   * Runs one setter.
   *
   * @param property the property path relative to this replay, {@code ""} for the object itself
   * @param setter the builder call
   */
  void set(String property, Runnable setter);

  /**
   * Returns this replay for the properties of a nested object.
   *
   * @param object the nested object's property name
   * @return the nested replay
   */
  default Replay in(String object) {
    return (property, setter) -> set(property.isEmpty() ? object : object + "." + property, setter);
  }
}
