/**
 * The example host application: a small quoting CRM with its own tables in an embedded H2 database,
 * reached through plain JDBC repositories.
 *
 * <p>This is the "host" side of the SDK: the kind of application a cwsync user already has. Nothing
 * in this package knows about ConnectWise or cwsync except the columns the integration needs (the
 * ConnectWise id written back, the sync opt-out switch, the "CW Status" custom field) and change
 * tracking ({@code modified_at} plus a monotonic change sequence), which any application that wants
 * incremental sync has to offer.
 *
 * <pre>{@code
 * try (CrmDatabase db = CrmDatabase.inMemory(Clock.systemUTC())) {
 *   ClientCompany acme = db.companies().insert(ClientCompany.draft("Acme"), Actor.USER);
 *   List<ClientCompany> changed = db.companies().changesSince(0, 100);
 * }
 * }</pre>
 */
@NullMarked
package io.cwsync.examples.crm;

import org.jspecify.annotations.NullMarked;
