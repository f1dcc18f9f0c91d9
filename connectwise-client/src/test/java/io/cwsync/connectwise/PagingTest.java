package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PATH = "/v4_6_release/apis/3.0/company/companies";
  private static final Map<String, String> PARAMS = Map.of(
      "conditions", "name like \"A%\" and lastUpdated > [2026-01-01T00:00:00Z]", "orderBy", "id asc");

  private final TestSupport t = TestSupport.create();

  private String base() {
    return wm.baseUrl() + "/v4_6_release/apis/3.0/";
  }

  private static String records(int fromId, int count) {
    return IntStream.range(fromId, fromId + count).mapToObj(i -> "{\"id\":" + i + ",\"name\":\"C" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private String link(int page, int pageSize, int last, boolean next) {
    String u = wm.baseUrl() + PATH + "?pageSize=" + pageSize + "&page=";
    StringBuilder sb = new StringBuilder("<" + u + "1>; rel=\"first\"");
    if (page > 1) {
      sb.append(", <").append(u).append(page - 1).append(">; rel=\"prev\"");
    }
    if (next) {
      sb.append(", <").append(u).append(page + 1).append(">; rel=\"next\"");
      sb.append(", <").append(u).append(last).append(">; rel=\"last\"");
    }
    return sb.toString();
  }

  private void stubNavigablePage(int page, int pageSize, int count, int lastPage) {
    var resp = okJson(records((page - 1) * pageSize + 1, count));
    if (lastPage > 1) {
      resp = resp.withHeader("Link", link(page, pageSize, lastPage, page < lastPage));
    }
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo(Integer.toString(page)))
        .willReturn(resp));
  }

  private List<LoggedRequest> listRequests() {
    return wm.findAll(getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void listAll_navigableManyPages_carriesParamsToEveryPageAndStopsOnShortPage() {
    for (int p = 1; p <= 4; p++) {
      stubNavigablePage(p, 3, p < 5 && p != 4 ? 3 : 2, 4);
    }
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", false);

    List<Integer> ids = ops.listAll(PARAMS, 3, false).stream().map(n -> n.get("id").asInt()).toList();

    assertThat(ids).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    List<LoggedRequest> requests = listRequests();
    assertThat(requests).hasSize(4);
    for (int i = 0; i < requests.size(); i++) {
      LoggedRequest r = requests.get(i);
      assertThat(r.queryParameter("page").firstValue()).isEqualTo(Integer.toString(i + 1));
      assertThat(r.queryParameter("pageSize").firstValue()).isEqualTo("3");
      assertThat(r.queryParameter("conditions").firstValue()).isEqualTo(PARAMS.get("conditions"));
      assertThat(r.queryParameter("orderBy").firstValue()).isEqualTo("id asc");
      assertThat(r.containsHeader("pagination-type")).isFalse();
    }
  }

  @Test
  void listAll_countMultipleOfPageSize_noExtraEmptyRequest() {
    for (int p = 1; p <= 3; p++) {
      stubNavigablePage(p, 3, 3, 3);
    }
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", false);

    assertThat(ops.listAll(Map.of(), 3, false).stream().count()).isEqualTo(9);
    assertThat(listRequests()).hasSize(3);
  }

  @Test
  void listAll_singleFullPageWithoutLink_stopsAfterOneRequest() {
    stubNavigablePage(1, 3, 3, 1);
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", false);

    assertThat(ops.listAll(Map.of(), 3, false).stream().count()).isEqualTo(3);
    assertThat(listRequests()).hasSize(1);
  }

  @Test
  void listAll_emptyResult_oneRequestNoPagesWithItems() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[]")));
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", false);

    List<Page<JsonNode>> pages = ops.listAll(Map.of(), 1000, false).pageStream().toList();
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).items()).isEmpty();
    assertThat(listRequests()).hasSize(1);
    assertThat(listRequests().get(0).queryParameter("pageSize").firstValue()).isEqualTo("1000");
  }

  @Test
  void listAll_eachIteratorStartsNewWalk_pagesNumbered() {
    for (int p = 1; p <= 2; p++) {
      stubNavigablePage(p, 2, p == 1 ? 2 : 1, 2);
    }
    var all = TestSupport.jsonOps(t.client(base()), "company/companies", false).listAll(Map.of(), 2, false);

    assertThat(all.pageStream().map(Page::number).toList()).containsExactly(1, 2);
    assertThat(all.stream().count()).isEqualTo(3);
    assertThat(listRequests()).hasSize(4);
  }

  private void stubForwardPage(String pageId, int fromId, int count, boolean next, boolean anyLink) {
    var pattern = get(urlPathEqualTo(PATH)).withHeader("pagination-type", equalTo("forward-only"));
    pattern = pageId == null ? pattern.withQueryParam("pageId", absent())
        : pattern.withQueryParam("pageId", equalTo(pageId));
    var resp = okJson(records(fromId, count));
    if (next) {
      resp = resp.withHeader("Link", "<" + wm.baseUrl() + PATH + "?pageSize=3&pageId=" + (fromId + count - 1)
          + ">; rel=\"next\"");
    } else if (anyLink) {
      resp = resp.withHeader("Link", "<" + wm.baseUrl() + PATH + "?pageSize=3>; rel=\"first\"");
    }
    wm.stubFor(pattern.willReturn(resp));
  }

  @Test
  void listAll_forwardOnly_sendsHeaderAndLastIdAsPageId() {
    stubForwardPage(null, 10, 3, true, true);
    stubForwardPage("12", 20, 3, true, true);
    stubForwardPage("22", 30, 3, false, true);
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", true);
    Map<String, String> params = Map.of("conditions", "inactiveFlag=false");

    List<Integer> ids = ops.listAll(params, 3, true).stream().map(n -> n.get("id").asInt()).toList();

    assertThat(ids).containsExactly(10, 11, 12, 20, 21, 22, 30, 31, 32);
    List<LoggedRequest> requests = listRequests();
    assertThat(requests).hasSize(3);
    assertThat(requests).allSatisfy(r -> {
      assertThat(r.getHeader("pagination-type")).isEqualTo("forward-only");
      assertThat(r.queryParameter("conditions").firstValue()).isEqualTo("inactiveFlag=false");
      assertThat(r.queryParameter("page").isPresent()).isFalse();
    });
  }

  @Test
  void listAll_forwardOnlyShortPage_stops() {
    stubForwardPage(null, 10, 3, true, true);
    stubForwardPage("12", 20, 1, true, true);
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", true);

    assertThat(ops.listAll(Map.of(), 3, true).stream().count()).isEqualTo(4);
    assertThat(listRequests()).hasSize(2);
  }

  @Test
  void listAll_forwardOnlyIgnoredByServer_fallsBackToNavigable() {
    // First request in forward-only mode gets a full page but no Link at all.
    stubForwardPage(null, 1, 3, false, false);
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(records(4, 2))));
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", true);

    List<Integer> ids = ops.listAll(Map.of(), 3, true).stream().map(n -> n.get("id").asInt()).toList();

    assertThat(ids).containsExactly(1, 2, 3, 4, 5);
    List<LoggedRequest> requests = listRequests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).containsHeader("pagination-type")).isFalse();
    assertThat(requests.get(1).queryParameter("pageSize").firstValue()).isEqualTo("3");
  }

  @Test
  void listAll_forwardOnlyWithOrderBy_usesNavigable() {
    stubNavigablePage(1, 3, 2, 1);
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", true);

    assertThat(ops.listAll(Map.of("orderBy", "name asc"), 3, true).stream().count()).isEqualTo(2);
    assertThat(listRequests().get(0).containsHeader("pagination-type")).isFalse();
  }

  @Test
  void list_onePage_returnsPageWithHasNext() {
    stubNavigablePage(2, 3, 3, 3);
    var ops = TestSupport.jsonOps(t.client(base()), "company/companies", false);

    Page<JsonNode> page = ops.list(PARAMS, 2, 3);

    assertThat(page.items()).hasSize(3);
    assertThat(page.hasNext()).isTrue();
    assertThat(listRequests()).hasSize(1);
  }
}
