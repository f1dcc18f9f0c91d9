package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.query.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One unreadable element never fails its page: the rest is read, the element is reported by id and field. */
class PoisonPageTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PATH = "/v4_6_release/apis/3.0/company/companies";
  private static final String SECRET_VALUE = "NOT-A-DATE-secret-payload";

  private final TestSupport t = TestSupport.create();

  private String base() {
    return wm.baseUrl() + "/v4_6_release/apis/3.0/";
  }

  private static String company(int id) {
    return "{\"id\":" + id + ",\"name\":\"C" + id + "\",\"_info\":{\"lastUpdated\":\"2026-01-0" + (id % 9 + 1)
        + "T00:00:00Z\"}}";
  }

  /** Three pages of five; page 2 holds a bad date (id 7), an id that is not a number and a bare string. */
  private void stubThreePages() {
    String next = "<" + wm.baseUrl() + PATH + "?page=%d>; rel=\"next\"";
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("1"))
        .willReturn(okJson("[" + company(1) + "," + company(2) + "," + company(3) + "," + company(4) + ","
            + company(5) + "]").withHeader("Link", String.format(next, 2))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("2"))
        .willReturn(okJson("[" + company(6)
            + ",{\"id\":7,\"name\":\"Bad date\",\"_info\":{\"lastUpdated\":\"" + SECRET_VALUE + "\"}}"
            + ",{\"id\":\"abc\",\"name\":\"Bad id\"}"
            + ",\"" + SECRET_VALUE + "\""
            + "," + company(8) + "]")
            .withHeader("Link", String.format(next, 3))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("3"))
        .willReturn(okJson("[" + company(9) + "]")));
  }

  private static Query query() {
    return Query.builder().orderBy("id asc").pageSize(5).build();
  }

  @Test
  void listAll_badElementsInMiddlePage_otherRecordsReadAndEachFailureNamed() {
    stubThreePages();
    ConnectWiseClient cw = t.client(base());
    List<DecodeFailure> failures = new ArrayList<>();

    List<Integer> ids = new ArrayList<>();
    for (Company c : cw.companies().listAll(query()).onDecodeFailure(failures::add)) {
      ids.add(c.id());
    }
    // Page 2 has five elements (two read, three not), so it counts as full and paging goes on.
    assertThat(ids).containsExactly(1, 2, 3, 4, 5, 6, 8, 9);
    assertThat(failures).hasSize(3);
    DecodeFailure badDate = failures.get(0);
    assertThat(badDate.id()).isEqualTo(7L);
    assertThat(badDate.page()).isEqualTo(2);
    assertThat(badDate.index()).isEqualTo(1);
    assertThat(badDate.field()).isEqualTo("_info.lastUpdated");
    assertThat(badDate.reason()).isEqualTo("_info.lastUpdated: not a date");
    assertThat(badDate.resource()).isEqualTo("company/companies");
    assertThat(badDate.message()).contains("company/companies record 7").contains("not a date");
    DecodeFailure badId = failures.get(1);
    assertThat(badId.id()).isNull();
    assertThat(badId.reason()).isEqualTo("id: not a number");
    DecodeFailure notObject = failures.get(2);
    assertThat(notObject.reason()).isEqualTo("not a record (JSON object) but a string");
    assertThat(failures).allSatisfy(f -> assertThat(f.message()).doesNotContain(SECRET_VALUE).doesNotContain("Bad"));
  }

  @Test
  void pages_failuresCarriedByPageAndCountTowardsItsSize() {
    stubThreePages();
    ConnectWiseClient cw = t.client(base());
    List<Page<Company>> pages = new ArrayList<>();
    cw.companies().listAll(query()).onDecodeFailure(f -> { })
        .pages().forEach(pages::add);

    assertThat(pages).hasSize(3);
    assertThat(pages.get(1).items()).extracting(Company::id).containsExactly(6, 8);
    assertThat(pages.get(1).failures()).extracting(DecodeFailure::index).containsExactly(1, 2, 3);
    assertThat(pages.get(1).size()).isEqualTo(5);
  }

  @Test
  void listAll_strict_throwsRecordDecodeExceptionNamingTheElement() {
    stubThreePages();
    ConnectWiseClient cw = t.client(base());
    PagedIterable<Company> strict = cw.companies().listAll(query())
        .onDecodeFailure(DecodeFailureHandler.strict());

    assertThatThrownBy(() -> strict.forEach(c -> { }))
        .isInstanceOf(RecordDecodeException.class)
        .hasMessageContaining("company/companies record 7 (page 2, element 1)")
        .hasMessageContaining("_info.lastUpdated: not a date")
        .hasMessageNotContaining(SECRET_VALUE)
        .satisfies(e -> assertThat(((RecordDecodeException) e).failure().id()).isEqualTo(7L));
  }

  @Test
  void listAll_defaultHandler_logsAndGoesOn() {
    stubThreePages();
    ConnectWiseClient cw = t.client(base());

    assertThat(cw.companies().listAll(query()).stream().map(Company::id))
        .containsExactly(1, 2, 3, 4, 5, 6, 8, 9);
  }

  @Test
  void listAll_hugeExponentAndIdOutOfRange_reportedAsOutOfRange() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("["
        + "{\"id\":1,\"annualRevenue\":1e999999999,\"name\":\"x\"},"
        + "{\"id\":99999999999,\"name\":\"y\"},"
        + company(3) + "]")));
    ConnectWiseClient cw = t.client(base());
    List<DecodeFailure> failures = new ArrayList<>();

    List<Company> read = cw.companies().listAll(query()).onDecodeFailure(failures::add).stream().toList();

    assertThat(read).extracting(Company::id).containsExactly(3);
    assertThat(failures).extracting(DecodeFailure::reason)
        .containsExactly("annualRevenue: is a number out of range (scale or precision beyond 1000 digits)",
            "id: number out of range");
    assertThat(failures).extracting(DecodeFailure::id).containsExactly(1L, 99999999999L);
  }

  @Test
  void fingerprint_sameForUnchangedElement_differsWhenItChanges() {
    String bad = "{\"id\":5,\"name\":\"B\",\"_info\":{\"lastUpdated\":\"nope\"}}";
    wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(okJson("[" + bad + "]")).willSetStateTo("again"));
    wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs("again")
        .willReturn(okJson("[" + bad + "]")).willSetStateTo("changed"));
    wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("s").whenScenarioStateIs("changed")
        .willReturn(okJson("[" + bad.replace("\"B\"", "\"B2\"") + "]")));
    ConnectWiseClient cw = t.client(base());

    List<String> prints = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      cw.companies().listAll(query()).onDecodeFailure(f -> prints.add(f.fingerprint())).forEach(c -> { });
    }

    assertThat(prints).hasSize(3);
    assertThat(prints.get(0)).isEqualTo(prints.get(1)).isNotEqualTo(prints.get(2));
  }

  @Test
  void forwardOnly_lastElementUnreadable_walkContinuesAfterItsId() {
    // The walk's first page is navigable in id order; the next one is forward-only after its last id.
    wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("pagination-type", absent()).withQueryParam("page",
        equalTo("1")).willReturn(okJson("[" + company(1) + ",{\"id\":2,\"_info\":{\"lastUpdated\":7}}]")
        .withHeader("Link", "<" + wm.baseUrl() + PATH + "?page=2>; rel=\"next\"")));
    wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("pagination-type", equalTo("forward-only"))
        .withQueryParam("pageId", equalTo("2"))
        .willReturn(okJson("[" + company(3) + "]")));
    ConnectWiseClient cw = t.client(base());
    List<DecodeFailure> failures = new ArrayList<>();

    List<Integer> ids = cw.companies().listAll(Query.builder().pageSize(2).build()).onDecodeFailure(failures::add)
        .stream().map(Company::id).toList();

    assertThat(ids).containsExactly(1, 3);
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo(2L);
      assertThat(f.reason()).isEqualTo("_info.lastUpdated: not a date");
    });
  }

  @Test
  void get_unreadableRecord_throwsRecordDecodeExceptionNamingField() {
    wm.stubFor(get(urlPathEqualTo(PATH + "/5"))
        .willReturn(okJson("{\"id\":5,\"_info\":{\"lastUpdated\":\"" + SECRET_VALUE + "\"}}")));
    ConnectWiseClient cw = t.client(base());

    assertThatThrownBy(() -> cw.companies().get(5))
        .isInstanceOf(RecordDecodeException.class)
        .hasMessageContaining("record 5")
        .hasMessageContaining("_info.lastUpdated: not a date")
        .hasMessageNotContaining(SECRET_VALUE);
  }

  @Test
  void listAll_bodyNotJson_failsThePage() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[{\"id\":1,\"name\":\"a\"},{\"id\":2,")));
    ConnectWiseClient cw = t.client(base());

    assertThatThrownBy(() -> cw.companies().listAll(query()).forEach(c -> { }))
        .isInstanceOf(ConnectWiseClientException.class)
        .isNotInstanceOf(RecordDecodeException.class);
  }

  @Test
  void decodeFailure_lastUpdatedReadWhenOtherFieldIsBad() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(
        "[{\"id\":8,\"deletedFlag\":\"maybe\",\"_info\":{\"lastUpdated\":\"2026-02-03T04:05:06Z\"}}]")));
    ConnectWiseClient cw = t.client(base());
    List<DecodeFailure> failures = new ArrayList<>();

    cw.companies().listAll(query()).onDecodeFailure(failures::add).forEach(c -> { });

    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.lastUpdated()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
      assertThat(f.reason()).isEqualTo("deletedFlag: not a boolean");
    });
  }

  @Test
  void listAll_numberTextBeyondLimit_onlyThatRecordFails() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[{\"id\":1,\"annualRevenue\":" + "9".repeat(1_500)
        + "},{\"id\":2,\"annualRevenue\":1." + "5".repeat(1_500) + "}," + company(3) + "]")));
    ConnectWiseClient cw = t.client(base());
    List<DecodeFailure> failures = new ArrayList<>();

    List<Company> read = cw.companies().listAll(query()).onDecodeFailure(failures::add).stream().toList();

    assertThat(read).extracting(Company::id).containsExactly(3);
    assertThat(failures).extracting(DecodeFailure::index).containsExactly(0, 1);
    assertThat(failures).allSatisfy(f -> assertThat(f.reason()).startsWith("annualRevenue: ")
        .doesNotContain("999").doesNotContain("555"));
    assertThat(failures).extracting(DecodeFailure::id).containsExactly(1L, 2L);
  }

  @Test
  void listAll_bareNumberBeyondLimitAndDeepNesting_skippedAsElementsRestRead() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[" + "7".repeat(2_000) + ", " + company(2) + ","
        + "{\"id\":3,\"types\":" + "[".repeat(1_500) + "]".repeat(1_500) + "}," + company(4) + "]")));
    ConnectWiseClient cw = t.client(base());
    List<DecodeFailure> failures = new ArrayList<>();

    List<Company> read = cw.companies().listAll(query()).onDecodeFailure(failures::add).stream().toList();

    assertThat(read).extracting(Company::id).containsExactly(2, 4);
    assertThat(failures).extracting(DecodeFailure::index).containsExactly(0, 2);
    assertThat(failures.get(1).id()).isEqualTo(3L);
  }
}
