package io.cwsync.examples.erp;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.UpdatePolicy;
import java.util.List;

/**
 * The flows of the ERP integration, in the order the seed prescribes: the customer sync first (every
 * other flow needs its customer mapping), then agreements and their invoices, ERP calls sent to
 * ConnectWise, tickets imported as calls, completed tickets written back to the calls that created them,
 * project invoices as calls, and sales orders.
 *
 * <p>Thread-safety: stateless.
 */
public final class ErpFlows {
  /** Flow id of main customers to companies (push). */
  public static final String CUSTOMERS = "customers";
  /** Flow id of location customers to company sites (push, child of {@link #CUSTOMERS}). */
  public static final String LOCATIONS = "locations";
  /** Flow id of agreements to contracts (pull). */
  public static final String AGREEMENTS = "agreements";
  /** Flow id of agreement invoices to contract billing (pull). */
  public static final String AGREEMENT_INVOICES = "agreement-invoices";
  /** Flow id of ERP calls to new tickets (push). */
  public static final String CALL_TICKETS = "call-tickets";
  /** Flow id of tickets with time entries to service calls (pull). */
  public static final String TICKETS = "tickets";
  /** Flow id of completed tickets back to the ERP calls that created them (pull). */
  public static final String CALL_COMPLETIONS = "call-completions";
  /** Flow id of project invoices to project service calls (pull). */
  public static final String PROJECT_INVOICES = "project-invoices";
  /** Flow id of sales orders (pull). */
  public static final String SALES_ORDERS = "sales-orders";

  /** Entity type of ERP calls sent to ConnectWise as tickets. */
  public static final EntityType CALL_TICKET = EntityType.of("call_ticket");
  /** Entity type of project invoices imported as service calls. */
  public static final EntityType PROJECT_INVOICE = EntityType.of("project_invoice");
  /** Entity type of completed tickets written back to their ERP calls. */
  public static final EntityType CALL_COMPLETION = EntityType.of("call_completion");

  private ErpFlows() {}

  /**
   * Returns the flows, dependencies first.
   *
   * @return the flows
   */
  public static List<Flow> all() {
    return List.of(
        Flow.builder(CUSTOMERS, EntityType.COMPANY, Resources.COMPANIES).hostKind("customer")
            .direction(Direction.PUSH).pushPolicy(UpdatePolicy.CREATE_AND_UPDATE).build(),
        Flow.builder(LOCATIONS, EntityType.SITE, Resources.COMPANY_SITES).hostKind("location customer")
            .direction(Direction.PUSH).pushPolicy(UpdatePolicy.CREATE_AND_UPDATE).parent(CUSTOMERS).build(),
        Flow.builder(AGREEMENTS, EntityType.AGREEMENT, Resources.AGREEMENTS).hostKind("contract")
            .direction(Direction.PULL).pullPolicy(UpdatePolicy.CREATE_AND_UPDATE).dependsOn(CUSTOMERS).build(),
        Flow.builder(AGREEMENT_INVOICES, EntityType.INVOICE, Resources.INVOICES).hostKind("contract billing")
            .direction(Direction.PULL).pullPolicy(UpdatePolicy.CREATE_AND_UPDATE).dependsOn(AGREEMENTS).build(),
        Flow.builder(CALL_TICKETS, CALL_TICKET, Resources.TICKETS).hostKind("service call")
            .direction(Direction.PUSH).pushPolicy(UpdatePolicy.CREATE_ONLY).dependsOn(CUSTOMERS).build(),
        Flow.builder(TICKETS, EntityType.TICKET, Resources.TICKETS).hostKind("service call")
            .direction(Direction.PULL).pullPolicy(UpdatePolicy.CREATE_AND_UPDATE)
            .dependsOn(CUSTOMERS, AGREEMENTS, CALL_TICKETS).build(),
        Flow.builder(CALL_COMPLETIONS, CALL_COMPLETION, Resources.TICKETS).hostKind("service call")
            .direction(Direction.PULL).pullPolicy(UpdatePolicy.CREATE_AND_UPDATE).dependsOn(CALL_TICKETS).build(),
        Flow.builder(PROJECT_INVOICES, PROJECT_INVOICE, Resources.INVOICES).hostKind("service call")
            .direction(Direction.PULL).pullPolicy(UpdatePolicy.CREATE_AND_UPDATE).dependsOn(CUSTOMERS).build(),
        Flow.builder(SALES_ORDERS, EntityType.SALES_ORDER, Resources.SALES_ORDERS).hostKind("sales order")
            .direction(Direction.PULL).pullPolicy(UpdatePolicy.CREATE_AND_UPDATE).dependsOn(CUSTOMERS).build());
  }
}
