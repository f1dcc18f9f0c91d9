/**
 * The example CRM's side of cwsync: one core {@link io.cwsync.core.spi.HostAdapter} per synced kind,
 * each a thin translation between a JDBC repository of {@link io.cwsync.examples.crm} and core's
 * neutral {@link io.cwsync.core.model.HostRecord}. This is the code a host application writes to plug
 * in cwsync.
 *
 * <pre>{@code
 * CrmDatabase db = CrmDatabase.inMemory(Clock.systemUTC());
 * HostAdapterRegistry hosts = CrmAdapters.registry(db);
 * }</pre>
 *
 * <p>Records use the field names of {@link io.cwsync.mapping.HostFields}, the vocabulary the mapping
 * rules read, plus {@link io.cwsync.examples.adapter.CrmAdapters#PRODUCT_CODE_FIELD} and
 * {@link io.cwsync.examples.adapter.CrmAdapters#CW_STATUS_FIELD}, which the profile names.
 */
@NullMarked
package io.cwsync.examples.adapter;

import org.jspecify.annotations.NullMarked;
