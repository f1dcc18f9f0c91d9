/**
 * A typed, resilient client for the ConnectWise Manage (PSA) REST API.
 *
 * <p>Start with {@link io.cwsync.connectwise.ConnectWiseClient}:
 *
 * <pre>{@code
 * ConnectWiseClient cw = ConnectWiseClient.builder()
 *     .site("na.myconnectwise.net")
 *     .companyId("acme").publicKey("...").privateKey("...").clientId("...")
 *     .build();
 * for (Company c : cw.companies().listAll(Query.all())) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link io.cwsync.connectwise.ConnectWiseException}: a
 * {@link io.cwsync.connectwise.ConnectWiseServiceException} when ConnectWise answered with an error,
 * a {@link io.cwsync.connectwise.ConnectWiseClientException} when there was no usable answer.
 */
@NullMarked
package io.cwsync.connectwise;

import org.jspecify.annotations.NullMarked;
