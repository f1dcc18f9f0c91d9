package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.CompanySite;
import io.cwsync.connectwise.model.ForecastItem;
import io.cwsync.connectwise.model.OpportunityStatus;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServicesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String API = "/v4_6_release/apis/3.0/";
  private final TestSupport t = TestSupport.create();

  private ConnectWiseClient client() {
    return t.builder(wm.baseUrl() + API).retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void companySites_childPath_getListCreate() {
    wm.stubFor(get(API + "company/companies/7/sites/3").willReturn(okJson("{\"id\":3,\"name\":\"Main\"}")));
    wm.stubFor(get(urlPathEqualTo(API + "company/companies/7/sites")).willReturn(okJson("[{\"id\":3,\"name\":\"Main\"}]")));
    wm.stubFor(post(API + "company/companies/7/sites").willReturn(jsonResponse("{\"id\":4,\"name\":\"B\"}", 201)));
    var sites = client().companySites(7);

    assertThat(sites.get(3).name()).isEqualTo("Main");
    assertThat(sites.listAll().stream().map(CompanySite::id).toList()).containsExactly(3);
    assertThat(sites.create(CompanySite.builder().name("B").build()).id()).isEqualTo(4);
    assertThat(sites.path()).isEqualTo("company/companies/7/sites");
  }

  @Test
  void forecastItems_objectArrayOrItems_allAccepted() {
    String item1 = "{\"id\":1,\"forecastDescription\":\"A\",\"revenue\":10.5}";
    String item2 = "{\"id\":2,\"forecastDescription\":\"B\",\"status\":{\"id\":1,\"name\":\"Open\"}}";
    String path = API + "sales/opportunities/9/forecast";
    for (String body : List.of(
        "{\"id\":9,\"forecastItems\":[" + item1 + "," + item2 + "]}",
        "[{\"id\":9,\"forecastItems\":[" + item1 + "]},{\"id\":9,\"forecastItems\":[" + item2 + "]}]",
        "[" + item1 + "," + item2 + "]")) {
      wm.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body)));

      List<Integer> ids = client().forecastItems(9).listAll().stream().map(ForecastItem::id).toList();

      assertThat(ids).as(body).containsExactly(1, 2);
    }
  }

  @Test
  void count_sendsOnlyConditions_readsCount() {
    wm.stubFor(get(urlPathEqualTo(API + "company/companies/count")).willReturn(okJson("{\"count\":1234}")));
    Query q = Query.builder().conditions(Condition.field("deletedFlag").eq(false)).orderBy("name asc")
        .pageSize(50).build();

    assertThat(client().companies().count(q)).isEqualTo(1234);
    LoggedRequest r = wm.findAll(getRequestedFor(urlPathEqualTo(API + "company/companies/count"))).get(0);
    assertThat(r.queryParameter("conditions").firstValue()).isEqualTo("deletedFlag = false");
    assertThat(r.queryParameter("orderBy").isPresent()).isFalse();
    assertThat(r.queryParameter("pageSize").isPresent()).isFalse();
  }

  @Test
  void listByIds_longList_splitIntoShortUrlsCoveringEveryId() {
    wm.stubFor(get(urlPathEqualTo(API + "company/companies")).willReturn(okJson("[{\"id\":1}]")));
    List<Integer> ids = IntStream.rangeClosed(100_000, 100_800).boxed().toList();
    Query q = Query.builder().conditions(Condition.field("deletedFlag").eq(false)).build();

    client().companies().listByIds(ids, q);

    List<LoggedRequest> requests = wm.findAll(getRequestedFor(urlPathEqualTo(API + "company/companies")));
    assertThat(requests.size()).isGreaterThan(3);
    Set<Integer> seen = new HashSet<>();
    for (LoggedRequest r : requests) {
      assertThat(r.getAbsoluteUrl().length()).isLessThanOrEqualTo(2000);
      String conditions = r.queryParameter("conditions").firstValue();
      assertThat(conditions).startsWith("deletedFlag = false").contains("id in (");
      String list = conditions.substring(conditions.indexOf("id in (") + 7, conditions.lastIndexOf(')'));
      for (String id : list.replace(")", "").split(",")) {
        seen.add(Integer.parseInt(id.strip()));
      }
      assertThat(r.containsHeader("pagination-type")).isFalse();
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void members_delete_unsupportedWithReason() {
    assertThatThrownBy(() -> client().members().delete(5)).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("no DELETE for members");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void patch_sendsJsonPatchBody() {
    wm.stubFor(patch(urlEqualTo(API + "company/companies/5")).willReturn(okJson("{\"id\":5,\"name\":\"New\"}")));

    Company c = client().companies().patch(5, Patch.builder().replace("name", "New").replaceReference("status", 2)
        .build());

    assertThat(c.name()).isEqualTo("New");
    wm.verify(patchRequestedFor(urlEqualTo(API + "company/companies/5")).withRequestBody(equalToJson(
        "[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"New\"},{\"op\":\"replace\",\"path\":\"status\","
            + "\"value\":{\"id\":2}}]")));
  }

  @Test
  void systemInfo_parsed() {
    wm.stubFor(get(API + "system/info").willReturn(okJson("{\"version\":\"v2025.1.12345\",\"isCloud\":true,"
        + "\"serverTimeZone\":\"Eastern Standard Time\",\"cloudRegion\":\"NA\",\"licenseBits\":[],\"new\":1}")));

    assertThat(client().systemInfo().version()).isEqualTo("v2025.1.12345");
  }

  @Test
  void referenceData_cachedUntilTtlOrInvalidation() {
    wm.stubFor(get(urlPathEqualTo(API + "sales/opportunities/statuses"))
        .willReturn(okJson("[{\"id\":1,\"name\":\"Open\"},{\"id\":2,\"name\":\"Won\",\"wonFlag\":true}]")));
    var client = t.builder(wm.baseUrl() + API).referenceDataTtl(Duration.ofMinutes(10)).build();
    var cache = client.referenceData();

    List<OpportunityStatus> first = cache.opportunityStatuses();
    cache.opportunityStatuses();
    assertThat(first).extracting(OpportunityStatus::name).containsExactly("Open", "Won");
    wm.verify(1, getRequestedFor(urlPathEqualTo(API + "sales/opportunities/statuses")));

    t.clock.advance(Duration.ofMinutes(11));
    cache.opportunityStatuses();
    wm.verify(2, getRequestedFor(urlPathEqualTo(API + "sales/opportunities/statuses")));

    cache.invalidate(Resources.OPPORTUNITY_STATUSES);
    cache.opportunityStatuses();
    cache.invalidateAll();
    cache.opportunityStatuses();
    wm.verify(4, getRequestedFor(urlPathEqualTo(API + "sales/opportunities/statuses")));
    assertThatThrownBy(() -> first.add(first.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void referenceData_everyKind_readsItsPath() {
    var cache = client().referenceData();
    var calls = List.<Runnable>of(cache::stages, cache::ratings, cache::locations, cache::departments,
        cache::productTypes, cache::categories, cache::subcategories, cache::taxCodes, cache::members);
    wm.stubFor(get(anyUrl()).willReturn(okJson("[{\"id\":1}]")));

    calls.forEach(Runnable::run);

    Set<String> paths = wm.findAll(getRequestedFor(anyUrl())).stream()
        .map(r -> r.getUrl().substring(API.length(), r.getUrl().indexOf('?'))).collect(Collectors.toSet());
    assertThat(paths).containsExactlyInAnyOrder("sales/stages", "sales/opportunities/ratings", "system/locations",
        "system/departments", "procurement/types", "procurement/categories", "procurement/subcategories",
        "finance/taxCodes", "system/members");
  }
}
