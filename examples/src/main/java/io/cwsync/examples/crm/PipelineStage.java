package io.cwsync.examples.crm;

import static java.util.Objects.requireNonNull;

/**
 * A stage of the CRM's sales pipeline.
 *
 * @param name the stage name, unique
 * @param kind open, won or lost
 * @param sortOrder the position in the pipeline
 */
public record PipelineStage(String name, StageKind kind, int sortOrder) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code name} or {@code kind} is null
   */
  public PipelineStage {
    requireNonNull(name, "name == null");
    requireNonNull(kind, "kind == null");
  }
}
