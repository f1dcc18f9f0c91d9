package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {

  @RegisterExtension
  static final ConnectWiseSimulatorExtension EXT = ConnectWiseSimulatorExtension.create();

  static Http http;
  static final Map<String, String> FORWARD = Map.of("pagination-type", "forward-only");

  @BeforeAll
  static void seed() {
    http = new Http(EXT.simulator());
    List<ObjectNode> companies = new ArrayList<>();
    for (int i = 1; i <= 1234; i++) {
      companies.add(Http.obj("{'id':" + i + ",'identifier':'C" + i + "','name':'Company " + i + "','city':'"
          + (i % 2 == 0 ? "Even" : "Odd") + "'}"));
    }
    EXT.simulator().load("company/companies", companies);
  }

  static List<Integer> ids(Http.Response r) {
    List<Integer> out = new ArrayList<>();
    r.json().forEach(n -> out.add(n.get("id").asInt()));
    return out;
  }

  @Test
  void navigable_followsNextLinksAcrossPages_readsEverythingOnce() {
    List<Integer> seen = new ArrayList<>();
    String url = "company/companies?pageSize=100&conditions=" + Http.q("city = 'Even'");
    int pages = 0;
    while (url != null) {
      Http.Response r = http.get(url);
      assertThat(r.status()).isEqualTo(200);
      seen.addAll(ids(r));
      url = r.links().get("next");
      pages++;
    }
    assertThat(pages).isEqualTo(7);
    assertThat(seen).hasSize(617).doesNotHaveDuplicates();
    assertThat(seen).allMatch(id -> id % 2 == 0);
  }

  @Test
  void navigable_linkHeaderRels_firstPrevNextLast() {
    Http.Response first = http.get("company/companies?pageSize=500");
    assertThat(first.links()).containsOnlyKeys("next", "last");
    assertThat(first.links().get("next")).endsWith("pageSize=500&page=2").startsWith(EXT.simulator().baseUrl());
    assertThat(first.links().get("last")).endsWith("page=3");
    Http.Response middle = http.get("company/companies?pageSize=500&page=2");
    assertThat(middle.links()).containsOnlyKeys("first", "prev", "next", "last");
    Http.Response last = http.get("company/companies?pageSize=500&page=3");
    assertThat(last.links()).containsOnlyKeys("first", "prev");
    assertThat(last.header("Link")).endsWith("rel=\"first\"");
    assertThat(ids(last)).hasSize(234);
  }

  @Test
  void navigable_linksCarryConditionsAndOrderBy() {
    Http.Response r = http.get("company/companies?pageSize=10&orderBy=" + Http.q("name desc") + "&conditions="
        + Http.q("city = 'Odd'"));
    String next = r.links().get("next");
    assertThat(next).contains("conditions=city%20%3D%20%27Odd%27").contains("orderBy=name%20desc");
    Http.Response page2 = http.get(next);
    assertThat(page2.json().get(0).get("city").asText()).isEqualTo("Odd");
  }

  @Test
  void navigable_singlePage_noLinkHeader() {
    Http.Response r = http.get("company/companies?conditions=" + Http.q("id <= 20") + "&pageSize=25");
    assertThat(ids(r)).hasSize(20);
    assertThat(r.header("Link")).isNull();
  }

  @Test
  void navigable_defaultsPageZeroAndMaximum() {
    assertThat(ids(http.get("company/companies"))).hasSize(25);
    assertThat(ids(http.get("company/companies?page=0&pageSize=10"))).isEqualTo(ids(http.get("company/companies?page=1&pageSize=10")));
    assertThat(ids(http.get("company/companies?pageSize=5000"))).hasSize(1000);
    assertThat(ids(http.get("company/companies?pageSize=1000&page=9"))).isEmpty();
    assertThat(http.get("company/companies?pageSize=abc").status()).isEqualTo(400);
  }

  @Test
  void forwardOnly_pageIdWalk_idOrderWithNextLinks() {
    List<Integer> seen = new ArrayList<>();
    String url = "company/companies?pageSize=400&pageId=0";
    int pages = 0;
    while (url != null) {
      Http.Response r = http.get(url, FORWARD);
      assertThat(r.status()).isEqualTo(200);
      List<Integer> page = ids(r);
      if (!seen.isEmpty() && !page.isEmpty()) {
        assertThat(page.get(0)).isGreaterThan(seen.get(seen.size() - 1));
      }
      seen.addAll(page);
      url = r.links().get("next");
      if (url != null) {
        assertThat(url).contains("pageId=" + page.get(page.size() - 1));
      }
      pages++;
    }
    assertThat(pages).isEqualTo(4);
    assertThat(seen).hasSize(1234).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void forwardOnly_pageIdSkipsEarlierIdsAndHonoursConditions() {
    Http.Response r = http.get("company/companies?pageSize=3&pageId=100&conditions=" + Http.q("city='Odd'"), FORWARD);
    assertThat(ids(r)).containsExactly(101, 103, 105);
  }

  @Test
  void forwardOnly_withOrderBy_400() {
    Http.Response r = http.get("company/companies?orderBy=name&pageId=0", FORWARD);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("orderBy");
  }

  @Test
  void forwardOnly_unsupportedEndpoint_noLinkSoClientsFallBack() {
    EXT.simulator().forwardOnlySupported("company/companies", false);
    try {
      Http.Response r = http.get("company/companies?pageSize=100&pageId=0", FORWARD);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Link")).isNull();
      assertThat(ids(r)).hasSize(100);
      assertThat(http.get("company/companies?pageSize=100").links()).containsKey("next");
    } finally {
      EXT.simulator().forwardOnlySupported("company/companies", true);
    }
  }
}
