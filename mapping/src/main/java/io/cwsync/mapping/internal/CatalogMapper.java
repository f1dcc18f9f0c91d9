package io.cwsync.mapping.internal;

import static io.cwsync.mapping.internal.CrmMapper.put;
import static io.cwsync.mapping.internal.CrmMapper.when;
import static io.cwsync.mapping.internal.Values.text;

import io.cwsync.connectwise.model.CatalogItem;
import io.cwsync.connectwise.model.CatalogItemBuilder;
import io.cwsync.connectwise.model.CustomField;
import io.cwsync.connectwise.model.Reference;
import io.cwsync.connectwise.model.TaxCode;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import io.cwsync.mapping.HostFields;
import io.cwsync.mapping.ProductNameTarget;
import io.cwsync.mapping.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps catalog items to host products (both ways) and tax codes to host tax regions. Thread-safe.
 */
final class CatalogMapper {
  private final Compiled c;
  private final CrmMapper crm;

  CatalogMapper(Compiled c, CrmMapper crm) {
    this.c = c;
    this.crm = crm;
  }

  HostRecord productToHost(CatalogItem item, @Nullable HostRecord existing) {
    HostValues b = HostValues.builder(EntityType.PRODUCT,
        existing == null ? null : existing.hostId());
    if (existing != null) {
      b.syncOptOut(existing.syncOptOut());
    }
    String id = item.id() == null ? null : item.id().toString();
    boolean nameIsIdentifier =
        c.profile.productMapping().nameTarget() == ProductNameTarget.IDENTIFIER;
    put(b, HostFields.Product.NAME, nameIsIdentifier ? item.identifier() : item.description());
    String identifierField = c.profile.productMapping().identifierField();
    if (identifierField != null) {
      put(b, identifierField, item.identifier());
    }
    if (item.identifier() != null && !c.productIdByCwIdentifier.isEmpty()) {
      put(b, HostFields.Product.PRODUCT_ID,
          c.productIdByCwIdentifier.get(Values.fold(item.identifier())));
    }
    put(b, HostFields.Product.DESCRIPTION, item.customerDescription());
    String type = CrmMapper.name(item.type());
    if (type != null) {
      b.field(HostFields.Product.TYPE, hostType(id, type));
    }
    Reference sub = item.subcategory();
    if (sub != null || item.category() != null) {
      b.field(HostFields.Product.CATEGORY, hostCategory(id, item));
    }
    if (item.productClass() != null) {
      b.field(HostFields.Product.PRODUCT_CLASS,
          crm.hostProductClass(EntityType.PRODUCT, id, item.productClass()));
    }
    if (item.price() != null) {
      b.field(HostFields.Product.PRICE, item.price());
    }
    if (item.cost() != null) {
      b.field(HostFields.Product.COST, item.cost());
    }
    if (item.taxableFlag() != null) {
      b.field(HostFields.Product.TAXABLE, item.taxableFlag());
    }
    if (item.inactiveFlag() != null) {
      b.field(HostFields.Product.INACTIVE, item.inactiveFlag());
    }
    crm.customFieldsToHost(b, EntityType.PRODUCT, item.customFields());
    return b.build();
  }

  private String hostType(@Nullable String id, String cwType) {
    if (c.profile.productMapping().standard()) {
      return cwType;
    }
    String host = c.hostProductTypeByCw.get(Values.fold(cwType));
    if (host == null) {
      throw Values.unmapped(EntityType.PRODUCT, id, "type", "ConnectWise product type '" + cwType
          + "' is not mapped from any host product type");
    }
    return host;
  }

  private String hostCategory(@Nullable String id, CatalogItem item) {
    if (c.profile.productMapping().standard()) {
      String category = CrmMapper.name(item.category());
      String fallback = CrmMapper.name(item.subcategory());
      if (category == null && fallback == null) {
        throw Values.unmapped(EntityType.PRODUCT, id, "category", "catalog item has no category");
      }
      return category != null ? category : fallback;
    }
    Reference sub = item.subcategory();
    String host = sub == null || sub.id() == null ? null
        : c.hostCategoryBySubcategory.get(sub.id());
    if (host == null) {
      throw Values.unmapped(EntityType.PRODUCT, id, "subcategory", "ConnectWise category '"
          + CrmMapper.name(item.category()) + "' / subcategory '" + CrmMapper.name(sub)
          + "' is not mapped from any host category");
    }
    return host;
  }

  CatalogItem productToCw(HostRecord r, @Nullable CatalogItem existing, MappingContext ctx) {
    CatalogItemBuilder b = existing == null ? CatalogItem.builder() : existing.toBuilder();
    HostRecord m = existing == null ? null : r;
    boolean nameIsIdentifier =
        c.profile.productMapping().nameTarget() == ProductNameTarget.IDENTIFIER;
    String idField = c.profile.productMapping().identifierField();
    when(m, ctx, () -> b.identifier(crm.cwIdentifier(r, HostFields.Product.PRODUCT_ID,
        HostFields.Product.NAME)), HostFields.Product.PRODUCT_ID, HostFields.Product.NAME,
        idField == null ? HostFields.Product.NAME : idField);
    when(m, ctx, () -> {
      String name = Values.requiredText(r, HostFields.Product.NAME, "products need a name");
      String description = text(r, HostFields.Product.DESCRIPTION);
      // ConnectWise requires both descriptions; without a host description the name serves.
      b.description(nameIsIdentifier ? (description == null ? name : description) : name);
      b.customerDescription(description == null ? name : description);
    }, HostFields.Product.NAME, HostFields.Product.DESCRIPTION);
    when(m, ctx, () -> b.type(Reference.of(cwType(r).id())), HostFields.Product.TYPE);
    when(m, ctx, () -> {
      Compiled.Category cat = cwCategory(r);
      b.category(Reference.of(cat.category().id()));
      b.subcategory(Reference.of(cat.subcategory().id()));
    }, HostFields.Product.CATEGORY);
    when(m, ctx, () -> b.productClass(crm.cwProductClass(r, HostFields.Product.PRODUCT_CLASS)),
        HostFields.Product.PRODUCT_CLASS);
    when(m, ctx, () -> b.price(Values.decimal(r, HostFields.Product.PRICE)),
        HostFields.Product.PRICE);
    when(m, ctx, () -> b.cost(Values.decimal(r, HostFields.Product.COST)),
        HostFields.Product.COST);
    when(m, ctx, () -> b.taxableFlag(Values.bool(r, HostFields.Product.TAXABLE)),
        HostFields.Product.TAXABLE);
    when(m, ctx, () -> b.inactiveFlag(Values.bool(r, HostFields.Product.INACTIVE)),
        HostFields.Product.INACTIVE);
    List<CustomField> custom = crm.customFieldsToCw(r, EntityType.PRODUCT,
        existing == null ? null : existing.customFields(), existing == null ? null : ctx);
    if (custom != null) {
      b.customFields(custom);
    }
    return b.build();
  }

  private ReferenceData.Named cwType(HostRecord r) {
    String host = Values.requiredText(r, HostFields.Product.TYPE,
        "ConnectWise requires a product type");
    if (c.profile.productMapping().standard()) {
      return c.ref.productType(host).orElseThrow(() -> Values.unmapped(r.type(), r.hostId(),
          HostFields.Product.TYPE, "product type '" + host + "' is not a ConnectWise product type"
              + " (standard mapping)"));
    }
    ReferenceData.Named t = c.productTypeByHost.get(Values.fold(host));
    if (t == null) {
      throw Values.unmapped(r.type(), r.hostId(), HostFields.Product.TYPE, "host product type '"
          + host + "' has no product type mapping");
    }
    return t;
  }

  private Compiled.Category cwCategory(HostRecord r) {
    String host = Values.requiredText(r, HostFields.Product.CATEGORY,
        "ConnectWise requires a category and subcategory");
    if (!c.profile.productMapping().standard()) {
      Compiled.Category cat = c.categoryByHost.get(Values.fold(host));
      if (cat == null) {
        throw Values.unmapped(r.type(), r.hostId(), HostFields.Product.CATEGORY,
            "host category '" + host + "' has no category/subcategory mapping");
      }
      return cat;
    }
    // Standard mapping: the host category names a ConnectWise subcategory, unique across
    // categories, or a category with exactly one subcategory.
    List<ReferenceData.Subcategory> subs = c.ref.subcategories(host);
    if (subs.size() == 1) {
      ReferenceData.Subcategory sub = subs.get(0);
      ReferenceData.Named category = c.ref.categories().stream()
          .filter(x -> x.id() == sub.categoryId()).findFirst().orElseThrow(() -> Values.unmapped(
              r.type(), r.hostId(), HostFields.Product.CATEGORY, "subcategory '" + host
                  + "' belongs to an unknown category"));
      return new Compiled.Category(category, sub);
    }
    var category = c.ref.category(host);
    if (category.isPresent()) {
      List<ReferenceData.Subcategory> inCategory = c.ref.subcategories().stream()
          .filter(s -> s.categoryId() == category.get().id()).toList();
      if (inCategory.size() == 1) {
        return new Compiled.Category(category.get(), inCategory.get(0));
      }
    }
    throw Values.unmapped(r.type(), r.hostId(), HostFields.Product.CATEGORY, "host category '"
        + host + "' names no unique ConnectWise subcategory; map it individually");
  }

  Optional<NaturalKey> productNaturalKey(HostRecord r) {
    try {
      return Optional.of(NaturalKey.anyOf(List.of(NaturalKey.Term.of("identifier", crm.cwIdentifier(r,
          HostFields.Product.PRODUCT_ID, HostFields.Product.NAME)))));
    } catch (io.cwsync.core.CwsyncException e) {
      return Optional.empty();
    }
  }

  Optional<Map<String, Object>> productHostNaturalKey(CatalogItem item) {
    if (item.identifier() == null) {
      return Optional.empty();
    }
    String field = c.profile.productMapping().nameTarget() == ProductNameTarget.IDENTIFIER
        ? HostFields.Product.NAME : c.profile.productMapping().identifierField();
    return field == null ? Optional.empty() : Optional.of(Map.of(field, item.identifier()));
  }

  /** A tax code as a host tax region with a taxable category at its rate and a 0% category. */
  HostRecord taxRegionToHost(TaxCode code, @Nullable HostRecord existing) {
    HostValues b = HostValues.builder(EntityType.TAX_CODE,
        existing == null ? null : existing.hostId());
    String id = code.id() == null ? null : code.id().toString();
    String identifier = code.identifier();
    if (identifier == null || identifier.isBlank()) {
      throw Errors.record(io.cwsync.mapping.MappingErrorCode.MISSING_VALUE, EntityType.TAX_CODE,
          id, "identifier", "tax code has no identifier to name the tax region");
    }
    b.field(HostFields.TaxRegion.NAME, identifier.strip());
    put(b, HostFields.TaxRegion.DESCRIPTION, code.description());
    BigDecimal rate = rate(code);
    b.field(HostFields.TaxRegion.CATEGORIES, List.of(
        Map.of("name", c.profile.taxMapping().taxableCategory(), "rate", rate),
        Map.of("name", c.profile.taxMapping().nonTaxableCategory(), "rate", BigDecimal.ZERO)));
    return b.build();
  }

  /** The combined rate of a tax code: the sum of its six levels, ignoring unset levels. */
  static BigDecimal rate(TaxCode code) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal r : new BigDecimal[] {code.levelOneRate(), code.levelTwoRate(),
        code.levelThreeRate(), code.levelFourRate(), code.levelFiveRate(), code.levelSixRate()}) {
      if (r != null) {
        sum = sum.add(r);
      }
    }
    return io.cwsync.mapping.TaxMapping.normalise(sum);
  }
}
