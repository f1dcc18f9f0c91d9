package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.query.Query;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import io.cwsync.connectwise.query.Condition;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PATH = "/v4_6_release/apis/3.0/company/companies";
  private static final Condition CONDITIONS = Condition.field("name").like("A%")
      .and(Condition.field("lastUpdated").gt(Instant.parse("2026-01-01T00:00:00Z")));
  private static final Query PARAMS = Query.builder().conditions(CONDITIONS).orderBy("id asc").pageSize(3).build();

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
    var ops = t.client(base()).companies();

    List<Integer> ids = ops.listAll(PARAMS).stream().map(Company::id).toList();

    assertThat(ids).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    List<LoggedRequest> requests = listRequests();
    assertThat(requests).hasSize(4);
    for (int i = 0; i < requests.size(); i++) {
      LoggedRequest r = requests.get(i);
      assertThat(r.queryParameter("page").firstValue()).isEqualTo(Integer.toString(i + 1));
      assertThat(r.queryParameter("pageSize").firstValue()).isEqualTo("3");
      assertThat(r.queryParameter("conditions").firstValue()).isEqualTo(CONDITIONS.render());
      assertThat(r.queryParameter("orderBy").firstValue()).isEqualTo("id asc");
      assertThat(r.containsHeader("pagination-type")).isFalse();
    }
  }

  @Test
  void listAll_countMultipleOfPageSize_noExtraEmptyRequest() {
    for (int p = 1; p <= 3; p++) {
      stubNavigablePage(p, 3, 3, 3);
    }
    var ops = t.client(base()).companies();

    assertThat(ops.listAll(Query.builder().orderBy("id asc").pageSize(3).build()).stream().count()).isEqualTo(9);
    assertThat(listRequests()).hasSize(3);
  }

  @Test
  void listAll_singleFullPageWithoutLink_stopsAfterOneRequest() {
    stubNavigablePage(1, 3, 3, 1);
    var ops = t.client(base()).companies();

    assertThat(ops.listAll(Query.builder().orderBy("id asc").pageSize(3).build()).stream().count()).isEqualTo(3);
    assertThat(listRequests()).hasSize(1);
  }

  @Test
  void listAll_emptyResult_oneRequestNoPagesWithItems() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[]")));
    var ops = t.client(base()).companies();

    List<Page<Company>> pages = ops.listAll(Query.builder().orderBy("id asc").build()).pageStream().toList();
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
    var all = t.client(base()).companies().listAll(Query.builder().orderBy("id asc").pageSize(2).build());

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

  /** A forward-only walk's first page: navigable page 1 in id order, with a next link if {@code next}. */
  private void stubFirstInIdOrder(int fromId, int count, int lastPage) {
    var resp = okJson(records(fromId, count));
    if (lastPage > 1) {
      resp = resp.withHeader("Link", link(1, 3, lastPage, true));
    }
    wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("pagination-type", absent())
        .withQueryParam("page", equalTo("1")).withQueryParam("orderBy", equalTo("id asc")).willReturn(resp));
  }

  @Test
  void listAll_forwardOnly_firstPageNavigableInIdOrderThenHeaderAndLastIdAsPageId() {
    stubFirstInIdOrder(10, 3, 3);
    stubForwardPage("12", 20, 3, true, true);
    stubForwardPage("22", 30, 3, false, true);
    var ops = t.client(base()).companies();
    Query params = Query.builder().conditions(Condition.field("deletedFlag").eq(false)).pageSize(3).build();

    List<Page<Company>> pages = ops.listAll(params).pageStream().toList();

    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Company::id))
        .containsExactly(10, 11, 12, 20, 21, 22, 30, 31, 32);
    assertThat(pages.get(0).lastPage()).as("rel=last of the navigable first page").isEqualTo(3);
    List<LoggedRequest> requests = listRequests();
    assertThat(requests).hasSize(3);
    assertThat(requests).allSatisfy(r ->
        assertThat(r.queryParameter("conditions").firstValue()).isEqualTo("deletedFlag = false"));
    LoggedRequest first = requests.get(0);
    assertThat(first.containsHeader("pagination-type")).isFalse();
    assertThat(first.queryParameter("orderBy").firstValue()).isEqualTo("id asc");
    assertThat(first.queryParameter("page").firstValue()).isEqualTo("1");
    assertThat(requests.subList(1, 3)).allSatisfy(r -> {
      assertThat(r.getHeader("pagination-type")).isEqualTo("forward-only");
      assertThat(r.queryParameter("page").isPresent()).isFalse();
      assertThat(r.queryParameter("orderBy").isPresent()).isFalse();
    });
    assertThat(requests.get(1).queryParameter("pageId").firstValue()).isEqualTo("12");
    assertThat(requests.get(2).queryParameter("pageId").firstValue()).isEqualTo("22");
  }

  @Test
  void listAll_forwardOnlyShortPage_stops() {
    stubFirstInIdOrder(10, 3, 2);
    stubForwardPage("12", 20, 1, true, true);
    var ops = t.client(base()).companies();

    assertThat(ops.listAll(Query.builder().pageSize(3).build()).stream().count()).isEqualTo(4);
    assertThat(listRequests()).hasSize(2);
  }

  @Test
  void listAll_forwardOnlyStreamOnExactlyOneFullPage_oneRequest() {
    // A full page and no Link: navigable answers announce every further page, so this is the whole stream.
    stubFirstInIdOrder(1, 3, 1);
    var ops = t.client(base()).companies();

    List<Integer> ids = ops.listAll(Query.builder().pageSize(3).build()).stream().map(Company::id).toList();

    assertThat(ids).containsExactly(1, 2, 3);
    assertThat(listRequests()).as("no page=2 nor a second forward-only request").hasSize(1);
  }

  @Test
  void listAll_forwardOnlyIgnoredByServer_fallsBackToNavigableInIdOrder() {
    // The endpoint ignores the forward-only header: asked for the ids after 3 it answers page 1 again, no Link.
    stubFirstInIdOrder(1, 3, 3);
    stubForwardPage("3", 1, 3, false, false);
    wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("pagination-type", absent())
        .withQueryParam("page", equalTo("2")).willReturn(okJson(records(4, 3))
            .withHeader("Link", link(2, 3, 3, true))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("pagination-type", absent())
        .withQueryParam("page", equalTo("3")).willReturn(okJson(records(7, 1))));
    var ops = t.client(base()).companies();

    List<Page<Company>> pages = ops.listAll(Query.builder().pageSize(3).build()).pageStream().toList();

    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Company::id))
        .as("every record once").containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(pages).extracting(Page::number).containsExactly(1, 2, 3);
    List<LoggedRequest> requests = listRequests();
    assertThat(requests).hasSize(4);
    assertThat(requests.get(1).getHeader("pagination-type")).isEqualTo("forward-only");
    assertThat(requests.subList(2, 4)).allSatisfy(r -> {
      assertThat(r.containsHeader("pagination-type")).isFalse();
      assertThat(r.queryParameter("orderBy").firstValue()).as("the first page's order").isEqualTo("id asc");
      assertThat(r.queryParameter("pageSize").firstValue()).isEqualTo("3");
    });
    assertThat(requests.get(2).queryParameter("page").firstValue()).isEqualTo("2");
  }

  @Test
  void listAll_forwardOnlyFromPageIdIgnoredByServer_fallsBackToNavigable() {
    // A walk after a given pageId starts forward-only: a full first page without any Link falls back to page 2.
    stubForwardPage("0", 1, 3, false, false);
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(records(4, 2))));
    var ops = t.client(base()).companies();

    List<Integer> ids = ops.listAll(Query.builder().pageSize(3).forwardOnly(true).pageId(0).build()).stream()
        .map(Company::id).toList();

    assertThat(ids).containsExactly(1, 2, 3, 4, 5);
    List<LoggedRequest> requests = listRequests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).getHeader("pagination-type")).isEqualTo("forward-only");
    assertThat(requests.get(1).containsHeader("pagination-type")).isFalse();
  }

  @Test
  void listAll_forwardOnlyWithOrderBy_usesNavigable() {
    stubNavigablePage(1, 3, 2, 1);
    var ops = t.client(base()).companies();

    assertThat(ops.listAll(Query.builder().orderBy("name asc").pageSize(3).build()).stream().count()).isEqualTo(2);
    assertThat(listRequests().get(0).containsHeader("pagination-type")).isFalse();
  }

  @Test
  void list_onePage_returnsPageWithHasNext() {
    stubNavigablePage(2, 3, 3, 3);
    var ops = t.client(base()).companies();

    Page<Company> page = ops.list(PARAMS.toBuilder().page(2).build());

    assertThat(page.items()).hasSize(3);
    assertThat(page.hasNext()).isTrue();
    assertThat(listRequests()).hasSize(1);
  }

  @Test
  void list_forwardOnlyQuery_readsPageAfterPageId() {
    stubForwardPage("12", 20, 3, true, true);
    var ops = t.client(base()).companies();

    Page<Company> page = ops.list(Query.builder().forwardOnly(true).pageId(12).pageSize(3).build());

    assertThat(page.items()).extracting(Company::id).containsExactly(20, 21, 22);
    assertThat(page.hasNext()).isTrue();
    assertThat(listRequests()).hasSize(1);
  }
}
