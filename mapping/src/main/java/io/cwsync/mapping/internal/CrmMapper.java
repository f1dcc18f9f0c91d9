package io.cwsync.mapping.internal;

import io.cwsync.core.CoreErrorCode;
import io.cwsync.core.CwsyncException;
import io.cwsync.mapping.RelatedRecords;
import static io.cwsync.mapping.internal.Values.text;

import com.fasterxml.jackson.databind.node.TextNode;
import io.cwsync.connectwise.model.CommunicationItem;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.CompanyBuilder;
import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.model.ContactBuilder;
import io.cwsync.connectwise.model.CustomField;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.ForecastItemBuilder;
import io.cwsync.connectwise.model.Opportunity;
import io.cwsync.connectwise.model.OpportunityBuilder;
import io.cwsync.connectwise.model.OpportunityNote;
import io.cwsync.connectwise.model.OpportunityNoteBuilder;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.mapping.FieldRules;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.MappingErrorCode;
import io.cwsync.mapping.ProductNameTarget;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.StatusMode;
import io.cwsync.mapping.TaxMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps the quoting integration's entities: companies, contacts, opportunities, quote lines
 * (forecast items) and won documents (opportunity notes). Thread-safe (state is immutable).
 */
final class CrmMapper {
  private static final Set<String> WON_OR_SIGNED = Set.of("won", "signed");
  private static final NameMap<String> PRODUCT_CLASSES;

  static {
    Map<String, String> classes = new java.util.HashMap<>();
    io.cwsync.mapping.ProductMapping.PRODUCT_CLASSES.forEach(x -> classes.put(x, x));
    PRODUCT_CLASSES = new NameMap<>(classes);
  }
  private final Compiled c;
  private final RelatedRecords related;

  CrmMapper(Compiled c, RelatedRecords related) {
    this.c = c;
    this.related = related;
  }

  /** Applies {@code setter} on a create, or on an update when one of the host fields changed. */
  static void when(@Nullable HostRecord existingMarker, MappingContext ctx, Runnable setter,
      String... hostFields) {
    if (existingMarker == null) {
      setter.run();
      return;
    }
    Set<String> changed = ctx.changedHostFields();
    for (String f : hostFields) {
      if (changed.contains(f)) {
        setter.run();
        return;
      }
    }
  }

  static boolean isCreate(@Nullable Object existing) {
    return existing == null;
  }

  // ---------------------------------------------------------------- companies

  HostRecord companyToHost(Company co, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.COMPANY,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    put(b, HostFields.Company.NAME, co.name());
    put(b, HostFields.Company.IDENTIFIER, co.identifier());
    put(b, HostFields.Company.ACCOUNT_NUMBER, co.accountNumber());
    put(b, HostFields.Company.PHONE, co.phoneNumber());
    put(b, HostFields.Company.FAX, co.faxNumber());
    put(b, HostFields.Company.WEBSITE, co.website());
    put(b, HostFields.Company.ADDRESS_LINE1, co.addressLine1());
    put(b, HostFields.Company.ADDRESS_LINE2, co.addressLine2());
    put(b, HostFields.Company.CITY, co.city());
    put(b, HostFields.Company.STATE, co.state());
    put(b, HostFields.Company.ZIP, co.zip());
    put(b, HostFields.Company.MARKET, name(co.market()));
    put(b, HostFields.Company.STATUS, name(co.status()));
    if (co.types() != null && !co.types().isEmpty()) {
      List<String> types = new ArrayList<>();
      co.types().forEach(t -> {
        if (t.name() != null) {
          types.add(t.name());
        }
      });
      b.field(HostFields.Company.TYPES, types);
    }
    for (FieldRules.NaturalKey key : c.profile.fieldRules(EntityType.COMPANY).naturalKeys()) {
      String value = companyField(co, key.connectWiseField());
      if (value != null && !value.isBlank()) {
        b.field(key.hostField(), value.strip());
      }
    }
    customFieldsToHost(b, EntityType.COMPANY, co.customFields());
    return b.build();
  }

  private static @Nullable String companyField(Company co, String field) {
    return switch (field) {
      case "identifier" -> co.identifier();
      case "accountNumber" -> co.accountNumber();
      default -> null;
    };
  }

  Company companyToCw(HostRecord r, @Nullable Company existing, MappingContext ctx) {
    CompanyBuilder b = existing == null ? Company.builder() : existing.toBuilder();
    when(existing == null ? null : r, ctx, () -> b.name(Values.requiredText(r,
        HostFields.Company.NAME, "ConnectWise requires a company name")), HostFields.Company.NAME);
    if (existing == null) {
      b.identifier(companyIdentifier(r));
    } else {
      when(r, ctx, () -> {
        String id = companyIdentifier(r);
        b.identifier(id);
      }, HostFields.Company.IDENTIFIER);
    }
    String accountNumber = text(r, HostFields.Company.ACCOUNT_NUMBER);
    if (accountNumber == null) {
      accountNumber = naturalKeyValue(r, EntityType.COMPANY, "accountNumber");
    }
    String account = accountNumber;
    when(existing == null ? null : r, ctx, () -> b.accountNumber(account),
        HostFields.Company.ACCOUNT_NUMBER);
    when(existing == null ? null : r, ctx, () -> b.phoneNumber(text(r, HostFields.Company.PHONE)),
        HostFields.Company.PHONE);
    when(existing == null ? null : r, ctx, () -> b.faxNumber(text(r, HostFields.Company.FAX)),
        HostFields.Company.FAX);
    when(existing == null ? null : r, ctx, () -> b.website(text(r, HostFields.Company.WEBSITE)),
        HostFields.Company.WEBSITE);
    when(existing == null ? null : r, ctx,
        () -> b.addressLine1(text(r, HostFields.Company.ADDRESS_LINE1)),
        HostFields.Company.ADDRESS_LINE1);
    when(existing == null ? null : r, ctx,
        () -> b.addressLine2(text(r, HostFields.Company.ADDRESS_LINE2)),
        HostFields.Company.ADDRESS_LINE2);
    when(existing == null ? null : r, ctx, () -> b.city(text(r, HostFields.Company.CITY)),
        HostFields.Company.CITY);
    when(existing == null ? null : r, ctx, () -> b.state(text(r, HostFields.Company.STATE)),
        HostFields.Company.STATE);
    when(existing == null ? null : r, ctx, () -> b.zip(text(r, HostFields.Company.ZIP)),
        HostFields.Company.ZIP);
    List<CustomField> custom = customFieldsToCw(r, EntityType.COMPANY,
        existing == null ? null : existing.customFields(), existing == null ? null : ctx);
    if (custom != null) {
      b.customFields(custom);
    }
    return b.build();
  }

  /**
   * The identifier ConnectWise requires: the host identifier, else the natural key mapped to
   * {@code identifier}, else derived from the name (letters and digits, at most 30), as ConnectWise's
   * own UI suggests one.
   */
  private String companyIdentifier(HostRecord r) {
    String id = text(r, HostFields.Company.IDENTIFIER);
    if (id == null) {
      id = naturalKeyValue(r, EntityType.COMPANY, "identifier");
    }
    if (id == null) {
      String name = Values.requiredText(r, HostFields.Company.NAME,
          "ConnectWise requires a company name");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < name.length() && sb.length() < 30; i++) {
        char ch = name.charAt(i);
        if (Character.isLetterOrDigit(ch)) {
          sb.append(ch);
        }
      }
      if (sb.length() == 0) {
        throw Errors.record(MappingErrorCode.INVALID_VALUE, r.type(), r.hostId(),
            HostFields.Company.NAME, "cannot derive a ConnectWise identifier from the name '"
                + name + "' (no letters or digits); set field 'identifier'");
      }
      id = sb.toString();
    }
    if (id.length() > 30) {
      throw Errors.record(MappingErrorCode.INVALID_VALUE, r.type(), r.hostId(),
          HostFields.Company.IDENTIFIER, "ConnectWise company identifier '" + id
              + "' is longer than 30 characters");
    }
    return id;
  }

  private @Nullable String naturalKeyValue(HostRecord r, EntityType type, String cwField) {
    for (FieldRules.NaturalKey key : c.profile.fieldRules(type).naturalKeys()) {
      if (key.connectWiseField().equals(cwField)) {
        String v = text(r, key.hostField());
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  Optional<NaturalKey> companyNaturalKey(HostRecord r) {
    List<NaturalKey.Term> any = new ArrayList<>();
    for (FieldRules.NaturalKey key : c.profile.fieldRules(EntityType.COMPANY).naturalKeys()) {
      String v = text(r, key.hostField());
      if (v != null) {
        any.add(NaturalKey.Term.of(key.connectWiseField(), v));
      }
    }
    String identifier = text(r, HostFields.Company.IDENTIFIER);
    if (identifier != null) {
      any.add(NaturalKey.Term.of("identifier", identifier));
    }
    if (any.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(NaturalKey.anyOf(any).and(NaturalKey.Term.of("deletedFlag", false)));
  }

  Optional<Map<String, Object>> companyHostNaturalKey(Company co) {
    List<Map<String, Object>> keys = companyHostNaturalKeys(co);
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
  }

  /** Every configured natural key with a value, in the profile's order (identifier, then account number, ...). */
  List<Map<String, Object>> companyHostNaturalKeys(Company co) {
    List<Map<String, Object>> keys = new ArrayList<>();
    for (FieldRules.NaturalKey key : c.profile.fieldRules(EntityType.COMPANY).naturalKeys()) {
      String v = companyField(co, key.connectWiseField());
      if (v != null && !v.isBlank()) {
        keys.add(Map.of(key.hostField(), v.strip()));
      }
    }
    return keys;
  }

  // ---------------------------------------------------------------- contacts

  HostRecord contactToHost(Contact ct, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.CONTACT,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    put(b, HostFields.Contact.FIRST_NAME, ct.firstName());
    put(b, HostFields.Contact.LAST_NAME, ct.lastName());
    put(b, HostFields.Contact.TITLE, ct.title());
    put(b, HostFields.Contact.EMAIL, communication(ct.communicationItems(), "Email"));
    put(b, HostFields.Contact.PHONE, communication(ct.communicationItems(), "Phone"));
    HostRef company = Refs.toHost(EntityType.CONTACT, ct.id(), "company", ct.company(),
        EntityType.COMPANY, ctx);
    if (company != null) {
      b.field(HostFields.Contact.COMPANY, company);
    }
    if (ct.types() != null && !ct.types().isEmpty()) {
      List<String> types = new ArrayList<>();
      ct.types().forEach(t -> {
        if (t.name() != null) {
          types.add(t.name());
        }
      });
      b.field(HostFields.Contact.TYPES, types);
    }
    if (ct.inactiveFlag() != null) {
      b.field(HostFields.Contact.INACTIVE, ct.inactiveFlag());
    }
    customFieldsToHost(b, EntityType.CONTACT, ct.customFields());
    return b.build();
  }

  private static @Nullable String communication(@Nullable List<CommunicationItem> items,
      String communicationType) {
    if (items == null) {
      return null;
    }
    String first = null;
    for (CommunicationItem i : items) {
      if (communicationType.equalsIgnoreCase(i.communicationType()) && i.value() != null) {
        if (Boolean.TRUE.equals(i.defaultFlag())) {
          return i.value();
        }
        if (first == null) {
          first = i.value();
        }
      }
    }
    return first;
  }

  Contact contactToCw(HostRecord r, @Nullable Contact existing, MappingContext ctx) {
    ContactBuilder b = existing == null ? Contact.builder() : existing.toBuilder();
    HostRecord m = existing == null ? null : r;
    when(m, ctx, () -> b.firstName(Values.requiredText(r, HostFields.Contact.FIRST_NAME,
        "ConnectWise requires a contact's first name")), HostFields.Contact.FIRST_NAME);
    when(m, ctx, () -> b.lastName(text(r, HostFields.Contact.LAST_NAME)),
        HostFields.Contact.LAST_NAME);
    when(m, ctx, () -> b.title(text(r, HostFields.Contact.TITLE)), HostFields.Contact.TITLE);
    when(m, ctx, () -> b.company(Refs.toCw(r, HostFields.Contact.COMPANY, ctx)),
        HostFields.Contact.COMPANY);
    when(m, ctx, () -> b.inactiveFlag(Values.bool(r, HostFields.Contact.INACTIVE)),
        HostFields.Contact.INACTIVE);
    when(m, ctx, () -> {
      // ConnectWise replaces the whole array on PATCH, so keep the items we do not own.
      List<CommunicationItem> items = new ArrayList<>();
      if (existing != null && existing.communicationItems() != null) {
        for (CommunicationItem i : existing.communicationItems()) {
          boolean ours = Boolean.TRUE.equals(i.defaultFlag())
              && ("Email".equalsIgnoreCase(i.communicationType())
                  || "Phone".equalsIgnoreCase(i.communicationType()));
          if (!ours) {
            items.add(i);
          }
        }
      }
      addCommunication(items, text(r, HostFields.Contact.EMAIL), "Email", "Email");
      addCommunication(items, text(r, HostFields.Contact.PHONE), "Direct", "Phone");
      b.communicationItems(items);
    }, HostFields.Contact.EMAIL, HostFields.Contact.PHONE);
    List<CustomField> custom = customFieldsToCw(r, EntityType.CONTACT,
        existing == null ? null : existing.customFields(), existing == null ? null : ctx);
    if (custom != null) {
      b.customFields(custom);
    }
    return b.build();
  }

  private static void addCommunication(List<CommunicationItem> items, @Nullable String value,
      String typeName, String communicationType) {
    if (value != null) {
      items.add(CommunicationItem.builder().type(new Reference(null, typeName, null, null))
          .value(value).defaultFlag(true).communicationType(communicationType).build());
    }
  }

  // ---------------------------------------------------------------- opportunities

  HostRecord opportunityToHost(Opportunity o, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.OPPORTUNITY,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    String id = o.id() == null ? null : o.id().toString();
    put(b, HostFields.Opportunity.NAME, o.name());
    b.field(HostFields.Opportunity.STAGE, hostStage(o, id));
    if (c.profile.stageMapping().statusMode() == StatusMode.CW_STATUS_CUSTOM_FIELD) {
      put(b, c.profile.stageMapping().cwStatusField(), name(o.status()));
    }
    ReferenceData.@Nullable Status status = o.status() == null || o.status().id() == null ? null
        : c.ref.status(o.status().id()).orElse(null);
    if (status != null) {
      b.field(HostFields.Opportunity.CLOSED, status.closedFlag());
    }
    HostRef company = Refs.toHost(EntityType.OPPORTUNITY, o.id(), "company", o.company(),
        EntityType.COMPANY, ctx);
    if (company != null) {
      b.field(HostFields.Opportunity.COMPANY, company);
    }
    HostRef contact = Refs.toHost(EntityType.OPPORTUNITY, o.id(), "contact", o.contact(),
        EntityType.CONTACT, ctx);
    if (contact != null) {
      b.field(HostFields.Opportunity.CONTACT, contact);
    }
    if (o.primarySalesRep() != null) {
      put(b, HostFields.Opportunity.SALES_REP, o.primarySalesRep().identifier());
    }
    if (o.expectedCloseDate() != null) {
      b.field(HostFields.Opportunity.EXPECTED_CLOSE_DATE,
          LocalDate.ofInstant(o.expectedCloseDate(), ZoneOffset.UTC));
    }
    put(b, HostFields.Opportunity.NOTES, o.notes());
    Reference tax = o.taxCode();
    if (tax != null && tax.id() != null) {
      if (c.profile.taxMapping().mode() == TaxMode.IMPORT_TAX_CODES) {
        ReferenceData.@Nullable TaxCodeRate code = c.ref.taxCodes().stream()
            .filter(t -> t.id() == tax.id()).findFirst().orElse(null);
        put(b, HostFields.Opportunity.TAX_REGION,
            code != null ? code.identifier() : tax.identifier());
      } else {
        BigDecimal rate = c.rateByTaxCode.get(tax.id());
        if (rate == null) {
          throw Values.unmapped(EntityType.OPPORTUNITY, id, "taxCode", "ConnectWise tax code "
              + describe(tax) + " is not mapped from any host tax rate");
        }
        b.field(HostFields.Opportunity.TAX_RATE, rate);
      }
    }
    customFieldsToHost(b, EntityType.OPPORTUNITY, o.customFields());
    return b.build();
  }

  /** ConnectWise stage (first) or status to host stage; the stage mapping decides (seed note 3). */
  private String hostStage(Opportunity o, @Nullable String id) {
    String stage = name(o.stage());
    if (stage != null) {
      String host = c.hostStageByCwStage.get(stage);
      if (host != null) {
        return host;
      }
    }
    String status = name(o.status());
    if (status != null && c.profile.stageMapping().statusMode() == StatusMode.STAGE_MAPPING) {
      String host = c.hostStageByCwStatus.get(status);
      if (host != null) {
        return host;
      }
    }
    throw Values.unmapped(EntityType.OPPORTUNITY, id, "stage", "ConnectWise stage '" + stage
        + "' and status '" + status + "' are not mapped to any host stage");
  }

  Opportunity opportunityToCw(HostRecord r, @Nullable Opportunity existing, MappingContext ctx) {
    OpportunityBuilder b = existing == null ? Opportunity.builder() : existing.toBuilder();
    HostRecord m = existing == null ? null : r;
    when(m, ctx, () -> b.name(Values.requiredText(r, HostFields.Opportunity.NAME,
        "ConnectWise requires an opportunity name")), HostFields.Opportunity.NAME);
    String statusField = c.profile.stageMapping().statusMode() == StatusMode.CW_STATUS_CUSTOM_FIELD
        ? c.profile.stageMapping().cwStatusField() : HostFields.Opportunity.STAGE;
    when(m, ctx, () -> b.stage(Reference.of(cwStage(r).id())), HostFields.Opportunity.STAGE);
    when(m, ctx, () -> b.status(Reference.of(cwStatus(r).id())), HostFields.Opportunity.STAGE,
        statusField);
    when(m, ctx, () -> b.company(required(Refs.toCw(r, HostFields.Opportunity.COMPANY, ctx), r,
        HostFields.Opportunity.COMPANY, "ConnectWise requires the opportunity's company")),
        HostFields.Opportunity.COMPANY);
    when(m, ctx, () -> b.contact(required(Refs.toCw(r, HostFields.Opportunity.CONTACT, ctx), r,
        HostFields.Opportunity.CONTACT, "ConnectWise requires the opportunity's contact")),
        HostFields.Opportunity.CONTACT);
    when(m, ctx, () -> {
      String rep = Values.requiredText(r, HostFields.Opportunity.SALES_REP,
          "ConnectWise requires a primary sales rep (a member identifier)");
      ReferenceData.@Nullable MemberName member = c.members.get(rep);
      if (member == null) {
        throw Values.unmapped(r.type(), r.hostId(), HostFields.Opportunity.SALES_REP,
            "sales rep '" + rep + "' is not a ConnectWise member");
      }
      b.primarySalesRep(Reference.of(member.id()));
    }, HostFields.Opportunity.SALES_REP);
    when(m, ctx, () -> {
      LocalDate close = Values.date(r, HostFields.Opportunity.EXPECTED_CLOSE_DATE);
      b.expectedCloseDate(close == null ? null : close.atStartOfDay(ZoneOffset.UTC).toInstant());
    }, HostFields.Opportunity.EXPECTED_CLOSE_DATE);
    when(m, ctx, () -> b.notes(text(r, HostFields.Opportunity.NOTES)),
        HostFields.Opportunity.NOTES);
    when(m, ctx, () -> b.taxCode(taxCode(r)), HostFields.Opportunity.TAX_REGION,
        HostFields.Opportunity.TAX_RATE);
    if (existing == null) {
      // Defaults apply to opportunities created in ConnectWise only.
      b.locationId(c.locationId).businessUnitId(c.businessUnitId)
          .rating(c.rating == null ? null : Reference.of(c.rating.id()));
    }
    List<CustomField> custom = customFieldsToCw(r, EntityType.OPPORTUNITY,
        existing == null ? null : existing.customFields(), existing == null ? null : ctx);
    if (custom != null) {
      b.customFields(custom);
    }
    return b.build();
  }

  private ReferenceData.Named cwStage(HostRecord r) {
    String stage = text(r, HostFields.Opportunity.STAGE);
    ReferenceData.@Nullable Named mapped = stage == null ? null : c.stageByHost.get(stage);
    if (mapped != null) {
      return mapped;
    }
    if (c.defaultStage != null) {
      return c.defaultStage;
    }
    throw Values.unmapped(r.type(), r.hostId(), HostFields.Opportunity.STAGE, "host stage '"
        + stage + "' has no stage mapping and the profile has no default stage");
  }

  private ReferenceData.Status cwStatus(HostRecord r) {
    if (c.profile.stageMapping().statusMode() == StatusMode.CW_STATUS_CUSTOM_FIELD) {
      String field = c.profile.stageMapping().cwStatusField();
      String value = text(r, field);
      if (value != null) {
        ReferenceData.@Nullable Status status = c.statusesByName.get(value);
        if (status == null) {
          throw Values.unmapped(r.type(), r.hostId(), field,
              "'" + value + "' in custom field '" + field + "' is not a ConnectWise status");
        }
        return status;
      }
    } else {
      String stage = text(r, HostFields.Opportunity.STAGE);
      ReferenceData.@Nullable Status mapped = stage == null ? null : c.statusByHost.get(stage);
      if (mapped != null) {
        return mapped;
      }
    }
    if (c.defaultStatus != null) {
      return c.defaultStatus;
    }
    throw Values.unmapped(r.type(), r.hostId(), HostFields.Opportunity.STAGE, "host stage '"
        + text(r, HostFields.Opportunity.STAGE)
        + "' has no status mapping and the profile has no default status");
  }

  private @Nullable Reference taxCode(HostRecord r) {
    if (c.profile.taxMapping().mode() == TaxMode.IMPORT_TAX_CODES) {
      String region = text(r, HostFields.Opportunity.TAX_REGION);
      if (region == null) {
        return null;
      }
      ReferenceData.TaxCodeRate code = c.ref.taxCode(region).orElseThrow(() -> Values.unmapped(
          r.type(), r.hostId(), HostFields.Opportunity.TAX_REGION,
          "tax region '" + region + "' is not a ConnectWise tax code"));
      return Reference.of(code.id());
    }
    BigDecimal rate = Values.decimal(r, HostFields.Opportunity.TAX_RATE);
    if (rate == null) {
      return null;
    }
    ReferenceData.@Nullable TaxCodeRate code = c.taxCodeByRate.get(io.cwsync.mapping.TaxMapping.normalise(rate));
    if (code == null) {
      throw Values.unmapped(r.type(), r.hostId(), HostFields.Opportunity.TAX_RATE, "host tax rate "
          + rate.stripTrailingZeros().toPlainString() + "% is not mapped to a ConnectWise tax code");
    }
    return Reference.of(code.id());
  }

  // ---------------------------------------------------------------- quote lines

  HostRecord forecastItemToHost(ForecastItem f, @Nullable HostRecord existing, MappingContext ctx) {
    HostValues b = HostValues.builder(EntityType.FORECAST_ITEM,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    String id = f.id() == null ? null : f.id().toString();
    // The line's opportunity, else the parent the child pull is reading (core joins the parent only after toHost,
    // and the host's shape of a line needs it now: the line's document is the opportunity's).
    Long opportunity = f.opportunity() != null && f.opportunity().id() != null
        ? Long.valueOf(f.opportunity().id()) : ctx.parentCwId();
    if (opportunity != null) {
      ctx.hostId(EntityType.OPPORTUNITY, opportunity).ifPresent(b::parentHostId);
    }
    String identifier = f.catalogItem() == null ? null : f.catalogItem().identifier();
    String productName = c.profile.productMapping().nameTarget() == ProductNameTarget.IDENTIFIER
        ? identifier : f.productDescription();
    put(b, HostFields.QuoteLine.PRODUCT_NAME, productName);
    String identifierField = c.profile.productMapping().identifierField();
    if (identifierField != null) {
      put(b, identifierField, identifier);
    }
    if (identifier != null && !c.productIdByCwIdentifier.isEmpty()) {
      put(b, HostFields.QuoteLine.PRODUCT_ID, c.productIdByCwIdentifier.get(Values.fold(identifier)));
    }
    put(b, HostFields.QuoteLine.DESCRIPTION, f.productDescription());
    BigDecimal qty = f.quantity();
    if (qty != null) {
      b.field(HostFields.QuoteLine.QUANTITY, qty);
      if (qty.signum() != 0) {
        if (f.revenue() != null) {
          b.field(HostFields.QuoteLine.UNIT_PRICE, f.revenue().divide(qty, 2, RoundingMode.HALF_UP));
        }
        if (f.cost() != null) {
          b.field(HostFields.QuoteLine.UNIT_COST, f.cost().divide(qty, 2, RoundingMode.HALF_UP));
        }
      }
    }
    if (f.productClass() != null) {
      if ("Bundle".equalsIgnoreCase(f.productClass())) {
        b.field(HostFields.QuoteLine.BUNDLE, true);
      }
      b.field(HostFields.QuoteLine.PRODUCT_CLASS, hostProductClass(EntityType.FORECAST_ITEM, id,
          f.productClass()));
    }
    if (f.taxableFlag() != null) {
      b.field(HostFields.QuoteLine.TAXABLE, f.taxableFlag());
    }
    if (f.sequenceNumber() != null) {
      b.field(HostFields.QuoteLine.SEQUENCE, f.sequenceNumber());
    }
    return b.build();
  }

  String hostProductClass(EntityType type, @Nullable String id, String cwClass) {
    if (c.profile.productMapping().standard()) {
      return cwClass;
    }
    String host = c.hostProductClassByCw.get(Values.fold(cwClass));
    if (host == null) {
      throw Values.unmapped(type, id, "productClass", "ConnectWise product class '" + cwClass
          + "' is not mapped from any host product class");
    }
    return host;
  }

  @Nullable String cwProductClass(HostRecord r, String field) {
    String host = text(r, field);
    if (host == null) {
      return null;
    }
    if (c.profile.productMapping().standard()) {
      String cls = PRODUCT_CLASSES.get(host);
      if (cls != null) {
        return cls;
      }
      throw Errors.record(MappingErrorCode.INVALID_VALUE, r.type(), r.hostId(), field,
          "product class '" + host + "' is not a ConnectWise product class (standard mapping)");
    }
    String cw = c.productClassByHost.get(Values.fold(host));
    if (cw == null) {
      throw Values.unmapped(r.type(), r.hostId(), field, "host product class '" + host
          + "' has no product class mapping");
    }
    return cw;
  }

  /** The catalog item identifier of a host product or quote line. */
  String cwIdentifier(HostRecord r, String productIdField, String nameField) {
    String productId = text(r, productIdField);
    if (productId != null) {
      String mapped = c.cwIdentifierByProductId.get(Values.fold(productId));
      if (mapped != null) {
        return mapped;
      }
      if (!c.profile.productMapping().standard()
          && !c.profile.productMapping().productIds().isEmpty()) {
        throw Values.unmapped(r.type(), r.hostId(), productIdField, "host product id '"
            + productId + "' has no product id mapping");
      }
    }
    if (c.profile.productMapping().nameTarget() == ProductNameTarget.IDENTIFIER) {
      return Values.requiredText(r, nameField,
          "the product name maps to the ConnectWise product identifier, which is required");
    }
    String field = c.profile.productMapping().identifierField();
    return Values.requiredText(r, field == null ? "identifier" : field,
        "the product name maps to the description, so this field supplies the required "
            + "ConnectWise product identifier");
  }

  ForecastItem forecastItemToCw(HostRecord r, @Nullable ForecastItem existing,
      MappingContext ctx) {
    ForecastItemBuilder b = existing == null ? ForecastItem.builder() : existing.toBuilder();
    HostRecord m = existing == null ? null : r;
    Long parent = ctx.parentCwId();
    if (existing == null && parent != null) {
      b.opportunity(Reference.of(Math.toIntExact(parent)));
    }
    String idField = c.profile.productMapping().identifierField();
    when(m, ctx, () -> b.catalogItem(catalogItem(r, ctx)),
        HostFields.QuoteLine.PRODUCT, HostFields.QuoteLine.PRODUCT_ID, HostFields.QuoteLine.PRODUCT_NAME,
        idField == null ? HostFields.QuoteLine.PRODUCT_NAME : idField);
    when(m, ctx, () -> {
      String description = text(r, HostFields.QuoteLine.DESCRIPTION);
      if (description == null) {
        description = text(r, HostFields.QuoteLine.PRODUCT_NAME);
      }
      b.productDescription(description);
    }, HostFields.QuoteLine.DESCRIPTION, HostFields.QuoteLine.PRODUCT_NAME);
    BigDecimal qty = Values.decimal(r, HostFields.QuoteLine.QUANTITY);
    BigDecimal quantity = qty == null ? BigDecimal.ONE : qty;
    when(m, ctx, () -> {
      b.quantity(quantity);
      BigDecimal price = Values.decimal(r, HostFields.QuoteLine.UNIT_PRICE);
      b.revenue(price == null ? null : price.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
      BigDecimal cost = Values.decimal(r, HostFields.QuoteLine.UNIT_COST);
      b.cost(cost == null ? null : cost.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
    }, HostFields.QuoteLine.QUANTITY, HostFields.QuoteLine.UNIT_PRICE,
        HostFields.QuoteLine.UNIT_COST);
    boolean bundle = Boolean.TRUE.equals(Values.bool(r, HostFields.QuoteLine.BUNDLE));
    when(m, ctx, () -> {
      String cls = bundle && c.profile.bundles() == io.cwsync.mapping.BundleStrategy.AS_BUNDLE
          ? "Bundle" : cwProductClass(r, HostFields.QuoteLine.PRODUCT_CLASS);
      b.productClass(cls);
      b.forecastType("Service".equals(cls) ? "Service" : "Product");
    }, HostFields.QuoteLine.PRODUCT_CLASS, HostFields.QuoteLine.BUNDLE);
    when(m, ctx, () -> b.taxableFlag(Values.bool(r, HostFields.QuoteLine.TAXABLE)),
        HostFields.QuoteLine.TAXABLE);
    when(m, ctx, () -> b.sequenceNumber(Values.decimal(r, HostFields.QuoteLine.SEQUENCE)),
        HostFields.QuoteLine.SEQUENCE);
    when(m, ctx, () -> {
      String doc = text(r, HostFields.QuoteLine.DOCUMENT_STATUS);
      ReferenceData.@Nullable Status status = doc != null && WON_OR_SIGNED.contains(Values.fold(doc))
          && c.wonStatus != null ? c.wonStatus : c.defaultStatus;
      if (status == null) {
        throw Values.unmapped(r.type(), r.hostId(), HostFields.QuoteLine.DOCUMENT_STATUS,
            "a forecast item needs a status and the profile has no default status");
      }
      b.status(Reference.of(status.id()));
    }, HostFields.QuoteLine.DOCUMENT_STATUS);
    if (existing == null) {
      b.includeFlag(true);
    }
    return b.build();
  }

  /**
   * The catalog item a quote line sells, by id: ConnectWise refuses a forecast item whose catalog item
   * reference has no id. The linked host product wins; otherwise the mapped product identifier is looked up.
   * An identifier ConnectWise does not know is a missing reference (retried: the products flow may push it).
   */
  private Reference catalogItem(HostRecord r, MappingContext ctx) {
    HostRef product = Values.ref(r, HostFields.QuoteLine.PRODUCT);
    if (product != null) {
      Optional<Long> linked = ctx.cwId(product.type(), product.hostId());
      if (linked.isPresent()) {
        return Reference.of(Math.toIntExact(linked.get()));
      }
    }
    String identifier = cwIdentifier(r, HostFields.QuoteLine.PRODUCT_ID, HostFields.QuoteLine.PRODUCT_NAME);
    return related.catalogItemId(identifier).map(id -> new Reference(id, null, identifier, null)).orElseThrow(() -> new CwsyncException(
        CoreErrorCode.MISSING_REFERENCE, r.type().name() + " " + r.hostId() + ": no ConnectWise catalog item with"
            + " identifier '" + identifier + "' (push the product first or create it in ConnectWise)"));
  }

  /** Push scope of a quote line: won/signed documents only, and the bundle strategy. */
  boolean quoteLineInScope(HostRecord r) {
    if (c.profile.pushRules().onlyWonOrSignedDocuments()) {
      String doc = text(r, HostFields.QuoteLine.DOCUMENT_STATUS);
      if (doc == null || !WON_OR_SIGNED.contains(Values.fold(doc))) {
        return false;
      }
    }
    boolean bundle = Boolean.TRUE.equals(Values.bool(r, HostFields.QuoteLine.BUNDLE));
    boolean child = text(r, HostFields.QuoteLine.BUNDLE_LINE) != null;
    return switch (c.profile.bundles()) {
      case ONE_PRODUCT -> !child;
      case CHILD_PRODUCTS -> !bundle;
      case AS_BUNDLE -> true;
    };
  }

  // ---------------------------------------------------------------- won documents

  static boolean documentWonOrSigned(HostRecord r) {
    String status = text(r, HostFields.Document.STATUS);
    return status != null && WON_OR_SIGNED.contains(Values.fold(status));
  }

  OpportunityNote documentToNote(HostRecord r, @Nullable OpportunityNote existing,
      MappingContext ctx) {
    OpportunityNoteBuilder b = existing == null ? OpportunityNote.builder() : existing.toBuilder();
    String name = Values.requiredText(r, HostFields.Document.NAME, "a won document note names "
        + "the document");
    String status = Values.requiredText(r, HostFields.Document.STATUS, "only won or signed "
        + "documents are noted");
    StringBuilder text = new StringBuilder().append(status).append(" document: ").append(name);
    BigDecimal total = Values.decimal(r, HostFields.Document.TOTAL);
    if (total != null) {
      text.append(" (total ").append(total.setScale(2, RoundingMode.HALF_UP).toPlainString())
          .append(')');
    }
    String url = text(r, HostFields.Document.URL);
    if (url != null) {
      text.append(' ').append(url);
    }
    b.text(text.toString());
    Long parent = ctx.parentCwId();
    if (existing == null && parent != null) {
      b.opportunityId(Math.toIntExact(parent));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- shared

  void customFieldsToHost(HostValues b, EntityType type,
      @Nullable List<CustomField> fields) {
    List<Compiled.CustomField> mappings = c.customFields(type);
    if (mappings.isEmpty() || fields == null) {
      return;
    }
    for (Compiled.CustomField mapping : mappings) {
      for (CustomField f : fields) {
        boolean same = (f.id() != null && f.id() == mapping.definition().id())
            || (f.caption() != null && f.caption().equalsIgnoreCase(mapping.definition().name()));
        if (same) {
          String value = f.valueAsText();
          if (value != null && !value.isBlank()) {
            b.field(mapping.hostField(), value);
          }
          break;
        }
      }
    }
  }

  /** The whole custom field array to send (ConnectWise replaces it), or null if nothing changed. */
  @Nullable List<CustomField> customFieldsToCw(HostRecord r, EntityType type,
      @Nullable List<CustomField> existing, @Nullable MappingContext updateCtx) {
    List<Compiled.CustomField> mappings = c.customFields(type);
    if (mappings.isEmpty()) {
      return null;
    }
    Map<Integer, CustomField> out = new LinkedHashMap<>();
    if (existing != null) {
      existing.forEach(f -> {
        if (f.id() != null) {
          out.put(f.id(), f);
        }
      });
    }
    boolean changed = false;
    for (Compiled.CustomField mapping : mappings) {
      if (updateCtx != null && !updateCtx.changedHostFields().contains(mapping.hostField())) {
        continue;
      }
      changed = true;
      String value = text(r, mapping.hostField());
      int id = mapping.definition().id();
      CustomField base = out.get(id);
      CustomField f = (base == null ? CustomField.builder().id(id)
          .caption(mapping.definition().name()) : base.toBuilder())
          .value(value == null ? null : TextNode.valueOf(value)).build();
      out.put(id, f);
    }
    return changed ? new ArrayList<>(out.values()) : null;
  }

  static void put(HostValues b, String field, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      b.field(field, value);
    }
  }

  static @Nullable String name(@Nullable Reference ref) {
    return ref == null ? null : ref.name();
  }

  private static String describe(Reference ref) {
    return ref.identifier() != null ? "'" + ref.identifier() + "'"
        : ref.name() != null ? "'" + ref.name() + "'" : String.valueOf(ref.id());
  }

  private static <T> T required(@Nullable T value, HostRecord r, String field, String why) {
    if (value == null) {
      throw Errors.record(MappingErrorCode.MISSING_VALUE, r.type(), r.hostId(), field,
          "field '" + field + "' is required: " + why);
    }
    return value;
  }
}
