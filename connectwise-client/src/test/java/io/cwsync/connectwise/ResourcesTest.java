package io.cwsync.connectwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cwsync.connectwise.Resource.Operation;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.ForecastItem;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourcesTest {

  private static JsonNode modelFixture(String name) throws Exception {
    try (InputStream in = Company.class.getResourceAsStream("ModelJsonTest/" + name)) {
      return ConnectWiseJson.mapper().readTree(in);
    }
  }

  @Test
  void paths_topLevelAndChild_expand() {
    assertThat(Resources.COMPANIES.collectionPath(null)).isEqualTo("company/companies");
    assertThat(Resources.COMPANIES.itemPath(null, 250)).isEqualTo("company/companies/250");
    assertThat(Resources.COMPANIES.countPath(null)).isEqualTo("company/companies/count");
    assertThat(Resources.COMPANY_SITES.hasParent()).isTrue();
    assertThat(Resources.COMPANY_SITES.collectionPath(250)).isEqualTo("company/companies/250/sites");
    assertThat(Resources.COMPANY_SITES.itemPath(250, 1003)).isEqualTo("company/companies/250/sites/1003");
    assertThat(Resources.FORECAST_ITEMS.countPath(3)).isEqualTo("sales/opportunities/3/forecast/count");
    assertThat(Resources.FORECAST_ITEMS.createPath(3)).isEqualTo("sales/opportunities/3/forecast/");
    assertThat(Resources.OPPORTUNITIES.createPath(null)).isEqualTo("sales/opportunities");
    assertThatThrownBy(() -> Resources.COMPANY_SITES.collectionPath(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent id");
  }

  @Test
  void paths_trailingSlashQuirk_recordedExactlyAndTrimmedForItems() {
    assertThat(Resources.PRODUCT_SUBCATEGORIES.path()).isEqualTo("procurement/subcategories/");
    assertThat(Resources.PRODUCT_SUBCATEGORIES.itemPath(null, 7)).isEqualTo("procurement/subcategories/7");
    assertThat(Resources.PRODUCT_SUBCATEGORIES.countPath(null)).isEqualTo("procurement/subcategories/count");
  }

  @Test
  void operations_membersHaveNoDeleteAndSystemInfoIsGetOnly() {
    assertThat(Resources.MEMBERS.supports(Operation.DELETE)).isFalse();
    assertThat(Resources.MEMBERS.supports(Operation.UPDATE)).isTrue();
    assertThatThrownBy(() -> Resources.MEMBERS.requireSupported(Operation.DELETE))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("DELETE is not supported on members")
        .hasMessageContaining("inactiveFlag");
    assertThat(Resources.SYSTEM_INFO.operations()).containsExactly(Operation.GET);
    assertThat(Resources.SYSTEM_INFO.singleton()).isTrue();
    assertThatThrownBy(() -> Resources.SYSTEM_INFO.requireSupported(Operation.LIST))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
    assertThatThrownBy(() -> Resources.SYSTEM_INFO.itemPath(null, 1)).isInstanceOf(IllegalStateException.class);
    assertThat(Resources.COMPANIES.operations()).containsExactlyInAnyOrder(Operation.values());
  }

  @Test
  void metadata_deepLinksCallbacksAndForwardOnly() {
    assertThat(Resources.COMPANIES.deepLinkRecordType()).isEqualTo("CompanyFV");
    assertThat(Resources.CONTACTS.deepLinkRecordType()).isEqualTo("ContactFV");
    assertThat(Resources.OPPORTUNITIES.deepLinkRecordType()).isEqualTo("OpportunityFV");
    assertThat(Resources.TICKETS.deepLinkRecordType()).isEqualTo("ServiceFV");
    assertThat(Resources.COMPANIES.callbackType()).isEqualTo("Company");
    assertThat(Resources.TIME_ENTRIES.callbackType()).isEqualTo("Time");
    assertThat(Resources.CATALOG_ITEMS.callbackType()).isEqualTo("ProductCatalog");
    assertThat(Resources.SALES_ORDERS.callbackType()).isNull();
    assertThat(Resources.TAX_CODES.callbackType()).isNull();
    assertThat(Resources.COMPANIES.forwardOnly()).isTrue();
    assertThat(Resources.OPPORTUNITY_STATUSES.forwardOnly()).isFalse();
  }

  @Test
  void all_listsEveryConstantOnceWithDistinctNames() {
    Set<String> names = new HashSet<>();
    for (Resource<?> r : Resources.all()) {
      assertThat(names.add(r.name())).as(r.name()).isTrue();
      assertThat(r.path()).doesNotStartWith("/");
    }
    assertThat(Resources.all()).hasSize(29);
  }

  @Test
  void readList_forecastAsObject_unwrapsItems() throws Exception {
    List<ForecastItem> items = Resources.FORECAST_ITEMS.readList(modelFixture("forecast-object.json"));
    assertThat(items).extracting(ForecastItem::id).containsExactly(31, 32);
  }

  @Test
  void readList_forecastAsArray_unwrapsEveryWrapper() throws Exception {
    List<ForecastItem> items = Resources.FORECAST_ITEMS.readList(modelFixture("forecast-array.json"));
    assertThat(items).extracting(ForecastItem::id).containsExactly(31, 32);
  }

  @Test
  void readList_forecastAsBareItems_read() throws Exception {
    JsonNode body = ConnectWiseJson.mapper().readTree("[{\"id\":5,\"forecastType\":\"Product\",\"revenue\":1}]");
    assertThat(Resources.FORECAST_ITEMS.readList(body)).extracting(ForecastItem::id).containsExactly(5);
  }

  @Test
  void readList_arrayObjectAndNull_lenient() throws Exception {
    JsonNode array = ConnectWiseJson.mapper().readTree("[{\"id\":1,\"name\":\"A\"},{\"id\":2,\"x\":true}]");
    assertThat(Resources.COMPANIES.readList(array)).extracting(Company::id).containsExactly(1, 2);
    JsonNode single = ConnectWiseJson.mapper().readTree("{\"id\":3}");
    assertThat(Resources.COMPANIES.readList(single)).extracting(Company::id).containsExactly(3);
    assertThat(Resources.COMPANIES.readList(ConnectWiseJson.mapper().readTree("null"))).isEmpty();
    assertThat(Resources.COMPANIES.readItem(single).id()).isEqualTo(3);
  }

  @Test
  void readList_badElement_failsNamingResourceAndProperty() throws Exception {
    JsonNode bad = ConnectWiseJson.mapper().readTree("[{\"id\":1,\"leadFlag\":\"maybe\"}]");
    assertThatThrownBy(() -> Resources.COMPANIES.readList(bad))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Company")
        .hasMessageContaining("companies")
        .hasMessageContaining("leadFlag");
  }

  @Test
  void builder_customResource_validatesPath() {
    assertThatThrownBy(() -> Resource.builder("x", "/company/companies", Company.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative");
    Resource<Company> r = Resource.builder("vendors", "company/companies", Company.class)
        .only("read only here", Operation.LIST, Operation.GET).build();
    assertThat(r.supports(Operation.CREATE)).isFalse();
    assertThat(r.toString()).contains("vendors").contains("Company");
  }
}
