package io.cwsync.testkit.simulator;

import org.jspecify.annotations.Nullable;

/**
 * One request the simulator answered.
 *
 * @param at simulator clock time of the request
 * @param method HTTP method
 * @param path path below the API base, e.g. {@code company/companies/12}
 * @param endpoint the endpoint template, e.g. {@code company/companies/{id}}
 * @param query the raw query string, empty when none
 * @param status the HTTP status answered, 0 when the connection was reset
 * @param responseBytes bytes of the response body
 * @param member the authenticated member identifier, or null
 * @param fault the injected fault, or null
 */
public record JournalEntry(
    java.time.Instant at,
    String method,
    String path,
    String endpoint,
    String query,
    int status,
    long responseBytes,
    @Nullable String member,
    SimulatedFault.@Nullable Kind fault) {}
