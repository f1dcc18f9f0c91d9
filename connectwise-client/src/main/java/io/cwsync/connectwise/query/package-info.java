/**
 * Queries for ConnectWise list and count requests: {@link io.cwsync.connectwise.query.Query} (conditions,
 * child and custom-field conditions, sorting, field selection, paging) and the injection-safe
 * {@link io.cwsync.connectwise.query.Condition} builder.
 *
 * <pre>{@code
 * Query q = Query.builder()
 *     .conditions(Condition.field("company/name").like("Acme%")
 *         .and(Condition.field("lastUpdated").ge(Instant.parse("2025-01-31T08:00:00Z"))))
 *     .orderByAsc("id")
 *     .build();
 * }</pre>
 */
@NullMarked
package io.cwsync.connectwise.query;

import org.jspecify.annotations.NullMarked;
