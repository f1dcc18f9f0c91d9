package io.cwsync.examples.erp;

import org.jspecify.annotations.Nullable;

/**
 * An ERP technician, mapped to a ConnectWise member by the member's identifier.
 *
 * @param id the ERP id
 * @param number the technician number
 * @param name the name
 * @param cwMemberIdentifier the ConnectWise member identifier, or {@code null} while unmapped
 */
public record Technician(long id, String number, String name, @Nullable String cwMemberIdentifier) {}
