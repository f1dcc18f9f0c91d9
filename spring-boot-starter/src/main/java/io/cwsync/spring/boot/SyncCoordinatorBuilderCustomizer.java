package io.cwsync.spring.boot;

import io.cwsync.core.SyncCoordinator;

/**
 * Adjusts the {@link SyncCoordinator.Builder} the auto-configuration builds from, after the properties, the
 * required beans and the stores are applied; beans of this type run in {@link org.springframework.core.Ordered}
 * order. Use it for settings that have no property, or to supply stores of your own:
 *
 * <pre>{@code
 * @Bean SyncCoordinatorBuilderCustomizer myStores(MyLinkStore links) {
 *   return builder -> builder.linkStore(links);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SyncCoordinatorBuilderCustomizer {

  /**
   * Adjusts the builder.
   *
   * @param builder the builder, to change in place
   */
  void customize(SyncCoordinator.Builder builder);
}
