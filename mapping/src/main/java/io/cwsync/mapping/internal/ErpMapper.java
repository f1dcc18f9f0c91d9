package io.cwsync.mapping.internal;

import static io.cwsync.mapping.internal.CrmMapper.put;
import static io.cwsync.mapping.internal.CrmMapper.when;
import static io.cwsync.mapping.internal.Values.text;

import io.cwsync.connectwise.model.Agreement;
import io.cwsync.connectwise.model.CompanySite;
import io.cwsync.connectwise.model.CompanySiteBuilder;
import io.cwsync.connectwise.model.Invoice;
import io.cwsync.connectwise.model.ProductItem;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.connectwise.model.SalesOrder;
import io.cwsync.connectwise.model.Ticket;
import io.cwsync.connectwise.model.TimeEntry;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.MappingErrorCode;
import io.cwsync.mapping.RelatedRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps the ERP integration's entities: customer sites, agreements and invoices to contracts,
 * tickets and time entries to service calls and labour, sales orders and their lines. Thread-safe.
 */
final class ErpMapper {
  /** The entity type of sales order lines (ConnectWise product items on a sales order). */
  static final EntityType SALES_ORDER_LINE = EntityType.of("sales_order_line");

  private final Compiled c;
  private final RelatedRecords related;

  ErpMapper(Compiled c, RelatedRecords related) {
    this.c = c;
    this.related = related;
  }

  // ---------------------------------------------------------------- sites (child customers)

  CompanySite siteToCw(HostRecord r, @Nullable CompanySite existing, MappingContext ctx) {
    CompanySiteBuilder b = existing == null ? CompanySite.builder() : existing.toBuilder();
    HostRecord m = existing == null ? null : r;
    when(m, ctx, () -> b.name(Values.requiredText(r, HostFields.Site.NAME,
        "ConnectWise requires a site name")), HostFields.Site.NAME);
    when(m, ctx, () -> b.addressLine1(text(r, HostFields.Site.ADDRESS_LINE1)),
        HostFields.Site.ADDRESS_LINE1);
    when(m, ctx, () -> b.addressLine2(text(r, HostFields.Site.ADDRESS_LINE2)),
        HostFields.Site.ADDRESS_LINE2);
    when(m, ctx, () -> b.city(text(r, HostFields.Site.CITY)), HostFields.Site.CITY);
    when(m, ctx, () -> b.zip(text(r, HostFields.Site.ZIP)), HostFields.Site.ZIP);
    when(m, ctx, () -> b.phoneNumber(text(r, HostFields.Site.PHONE)), HostFields.Site.PHONE);
    return b.build();
  }

  HostRecord siteToHost(CompanySite s, @Nullable HostRecord existing) {
    HostValues b = HostValues.builder(EntityType.SITE,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut()).parentHostId(existing.parentHostId());
    }
    put(b, HostFields.Site.NAME, s.name());
    put(b, HostFields.Site.ADDRESS_LINE1, s.addressLine1());
    put(b, HostFields.Site.ADDRESS_LINE2, s.addressLine2());
    put(b, HostFields.Site.CITY, s.city());
    put(b, HostFields.Site.ZIP, s.zip());
    put(b, HostFields.Site.PHONE, s.phoneNumber());
    return b.build();
  }

  Optional<NaturalKey> siteNaturalKey(HostRecord r) {
    String name = text(r, HostFields.Site.NAME);
    return name == null ? Optional.empty() : Optional.of(NaturalKey.anyOf(java.util.List.of(NaturalKey.Term.of("name", name))));
  }

  // ---------------------------------------------------------------- agreements and invoices

  HostRecord agreementToHost(Agreement a, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.AGREEMENT,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    String id = a.id() == null ? null : a.id().toString();
    put(b, HostFields.Contract.NAME, a.name());
    String type = CrmMapper.name(a.type());
    if (type == null) {
      throw Errors.record(MappingErrorCode.MISSING_VALUE, EntityType.AGREEMENT, id, "type",
          "agreement has no agreement type to choose a contract template");
    }
    b.field(HostFields.Contract.AGREEMENT_TYPE, type);
    b.field(HostFields.Contract.TEMPLATE, template(id, type));
    ref(b, HostFields.Contract.CUSTOMER, Refs.toHost(EntityType.AGREEMENT, a.id(), "company",
        a.company(), EntityType.COMPANY, ctx));
    ref(b, HostFields.Contract.BILL_TO_CUSTOMER, Refs.toHost(EntityType.AGREEMENT, a.id(),
        "billToCompany", a.billToCompany(), EntityType.COMPANY, ctx));
    date(b, HostFields.Contract.START_DATE, a.startDate());
    date(b, HostFields.Contract.END_DATE, a.endDate());
    if (a.billAmount() != null) {
      b.field(HostFields.Contract.AMOUNT, a.billAmount());
    }
    put(b, HostFields.Contract.STATUS, a.agreementStatus());
    return b.build();
  }

  /**
   * The contract template for an agreement type: the explicit mapping, else the template whose
   * number matches the type exactly, else the default template (seed: "the template contract number
   * must match exactly the agreement name or the sync will use the default template").
   */
  String template(@Nullable String agreementId, String agreementType) {
    String mapped = c.agreementTemplates.get(agreementType);
    if (mapped != null) {
      return mapped;
    }
    if (c.contractTemplates.contains(agreementType)) {
      return agreementType;
    }
    String fallback = c.profile.erp().defaultContractTemplate();
    if (fallback != null) {
      return fallback;
    }
    throw Values.unmapped(EntityType.AGREEMENT, agreementId, "type", "agreement type '"
        + agreementType + "' matches no contract template and the profile has no default "
        + "contract template");
  }

  HostRecord invoiceToHost(Invoice i, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.INVOICE,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    put(b, HostFields.Contract.INVOICE_NUMBER, i.invoiceNumber());
    put(b, c.profile.erp().invoiceNumberIn() == io.cwsync.mapping.InvoiceNumberTarget.PO
        ? HostFields.Contract.PO : HostFields.Contract.REMARKS, i.invoiceNumber());
    date(b, HostFields.Contract.INVOICE_DATE, i.date());
    if (i.total() != null) {
      b.field(HostFields.Contract.AMOUNT, i.total());
    }
    put(b, HostFields.Contract.STATUS, CrmMapper.name(i.status()));
    // Seed: "verify that both the customer and bill-to-customer are mapped".
    ref(b, HostFields.Contract.CUSTOMER, Refs.toHost(EntityType.INVOICE, i.id(), "company",
        i.company(), EntityType.COMPANY, ctx));
    ref(b, HostFields.Contract.BILL_TO_CUSTOMER, Refs.toHost(EntityType.INVOICE, i.id(),
        "billToCompany", i.billToCompany(), EntityType.COMPANY, ctx));
    ref(b, HostFields.Contract.CONTRACT, Refs.toHost(EntityType.INVOICE, i.id(), "agreement",
        i.agreement(), EntityType.AGREEMENT, ctx));
    return b.build();
  }

  // ---------------------------------------------------------------- service calls

  HostRecord ticketToHost(Ticket t, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.TICKET,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    String id = t.id() == null ? null : t.id().toString();
    put(b, HostFields.ServiceCall.TICKET_NUMBER, id);
    put(b, HostFields.ServiceCall.DESCRIPTION, t.summary());
    put(b, HostFields.ServiceCall.STATUS, CrmMapper.name(t.status()));
    ref(b, HostFields.ServiceCall.CUSTOMER, Refs.toHost(EntityType.TICKET, t.id(), "company",
        t.company(), EntityType.COMPANY, ctx));
    // The agreement sync makes finding the contract easier, but a call can go in without one.
    ref(b, HostFields.ServiceCall.CONTRACT, Refs.toHostIfLinked(t.agreement(),
        EntityType.AGREEMENT, ctx));
    Reference owner = t.owner();
    if (owner != null && owner.identifier() != null) {
      b.field(HostFields.ServiceCall.TECHNICIAN, technician(EntityType.TICKET, id, "owner",
          owner.identifier()));
    }
    if (t.closedFlag() != null) {
      b.field(HostFields.ServiceCall.CLOSED, t.closedFlag());
    }
    return b.build();
  }

  HostRecord timeEntryToHost(TimeEntry e, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.TIME_ENTRY,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    String id = e.id() == null ? null : e.id().toString();
    Reference member = e.member();
    if (member == null || member.identifier() == null) {
      throw Errors.record(MappingErrorCode.MISSING_VALUE, EntityType.TIME_ENTRY, id, "member",
          "time entry has no member, so no technician");
    }
    b.field(HostFields.ServiceCall.TECHNICIAN, technician(EntityType.TIME_ENTRY, id, "member",
        member.identifier()));
    if (e.chargeToId() != null && e.chargeToType() != null
        && e.chargeToType().toLowerCase(java.util.Locale.ROOT).contains("ticket")) {
      HostRef call = Refs.toHost(EntityType.TIME_ENTRY, e.id(), "chargeToId",
          Reference.of(e.chargeToId()), EntityType.TICKET, ctx);
      ref(b, HostFields.ServiceCall.CALL, call);
      if (call != null) {
        b.parentHostId(call.hostId());
      }
    }
    if (e.timeStart() != null) {
      b.field(HostFields.ServiceCall.START, e.timeStart());
    }
    if (e.timeEnd() != null) {
      b.field(HostFields.ServiceCall.END, e.timeEnd());
    }
    if (e.actualHours() != null) {
      b.field(HostFields.ServiceCall.HOURS, e.actualHours());
    }
    put(b, HostFields.ServiceCall.NOTES, e.notes());
    return b.build();
  }

  /** Seed: "the technician on the time entry is not mapped" is an error for that record. */
  private String technician(EntityType type, @Nullable String id, String field, String member) {
    String technician = c.technicianByMember.get(Values.fold(member));
    if (technician == null) {
      throw Values.unmapped(type, id, field, "ConnectWise member '" + member
          + "' is not mapped to a technician");
    }
    return technician;
  }

  // ---------------------------------------------------------------- sales orders

  HostRecord salesOrderToHost(SalesOrder o, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.SALES_ORDER,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    ref(b, HostFields.SalesOrder.CUSTOMER, Refs.toHost(EntityType.SALES_ORDER, o.id(), "company",
        o.company(), EntityType.COMPANY, ctx));
    date(b, HostFields.SalesOrder.ORDER_DATE, o.orderDate());
    put(b, HostFields.SalesOrder.PO_NUMBER, o.poNumber());
    put(b, HostFields.SalesOrder.STATUS, CrmMapper.name(o.status()));
    if (!c.profile.erp().onHoldCodes().isEmpty()) {
      b.field(HostFields.SalesOrder.ON_HOLD_CODES, c.profile.erp().onHoldCodes());
    }
    return b.build();
  }

  /**
   * A sales order line: the item template of the catalog item's product type; a type without a
   * template gets the error item (seed: "the error item was added to the order instead").
   */
  HostRecord salesOrderLineToHost(ProductItem p, @Nullable HostRecord existing,
      MappingContext ctx) {
    HostValues b = HostValues.builder(SALES_ORDER_LINE,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    String id = p.id() == null ? null : p.id().toString();
    if (p.salesOrder() != null && p.salesOrder().id() != null) {
      ctx.hostId(EntityType.SALES_ORDER, p.salesOrder().id()).ifPresent(b::parentHostId);
    }
    Reference item = p.catalogItem();
    String type = item == null || item.id() == null ? null
        : related.catalogItemType(item.id()).orElse(null);
    String template = type == null ? null : c.itemTemplateByType.get(Values.fold(type));
    if (template != null && item.identifier() != null) {
      b.field(HostFields.SalesOrder.LINE_ITEM, item.identifier());
      b.field(HostFields.SalesOrder.LINE_TEMPLATE, template);
      b.field(HostFields.SalesOrder.LINE_ERROR_ITEM, false);
    } else {
      String errorItem = c.profile.erp().errorItem();
      if (errorItem == null) {
        throw Values.unmapped(SALES_ORDER_LINE, id, "catalogItem", "product type '" + type
            + "' of item '" + (item == null ? null : item.identifier())
            + "' has no item template and the profile has no error item");
      }
      b.field(HostFields.SalesOrder.LINE_ITEM, errorItem);
      b.field(HostFields.SalesOrder.LINE_ERROR_ITEM, true);
    }
    put(b, "description", p.description());
    if (p.quantity() != null) {
      b.field("quantity", p.quantity());
    }
    if (p.price() != null) {
      b.field("price", p.price());
    }
    if (p.cost() != null) {
      b.field("cost", p.cost());
    }
    return b.build();
  }

  private static void ref(HostValues b, String field, @Nullable HostRef ref) {
    if (ref != null) {
      b.field(field, ref);
    }
  }

  private static void date(HostValues b, String field, @Nullable Instant instant) {
    if (instant != null) {
      b.field(field, LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }
  }
}
