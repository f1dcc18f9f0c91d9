package io.cwsync.examples.erp;

import org.jspecify.annotations.Nullable;

/**
 * One line of the "CW Mapped Customers" view: an ERP customer and the ConnectWise record it is linked to
 * (a company for a main customer, a site for a location customer).
 *
 * @param customerId the ERP customer
 * @param number the customer number
 * @param name the name
 * @param location whether it is a location (child) customer
 * @param cwCompanyId the company (the parent's company for a location), or {@code null}
 * @param cwSiteId the site of a location customer, or {@code null}
 */
public record MappedCustomer(long customerId, String number, String name, boolean location,
    @Nullable Long cwCompanyId, @Nullable Long cwSiteId) {}
