/**
 * Typed ConnectWise Manage records: immutable Java records named and spelled as ConnectWise names them
 * ({@link io.cwsync.connectwise.model.Company}, {@link io.cwsync.connectwise.model.Opportunity},
 * {@link io.cwsync.connectwise.model.SalesOrder} for the schema {@code Order}, ...), each implementing
 * {@link io.cwsync.connectwise.model.ConnectWiseRecord}, plus the shared shapes
 * {@link io.cwsync.connectwise.model.Reference}, {@link io.cwsync.connectwise.model.Info} and
 * {@link io.cwsync.connectwise.model.CustomField}, and the lenient Jackson configuration
 * {@link io.cwsync.connectwise.model.ConnectWiseJson}.
 *
 * <p>Every record component is nullable, because ConnectWise omits nulls and a partial record is the normal
 * way to write. Reading ignores unknown properties. Writes omit nulls.
 *
 * <pre>{@code
 * Opportunity create = Opportunity.builder()
 *     .name("Acme firewall refresh")
 *     .company(Reference.of(250)).contact(Reference.of(57919)).primarySalesRep(Reference.of(176))
 *     .locationId(2).businessUnitId(10)
 *     .expectedCloseDate(Instant.parse("2025-03-31T00:00:00Z"))
 *     .build();
 * }</pre>
 */
@NullMarked
package io.cwsync.connectwise.model;

import org.jspecify.annotations.NullMarked;
