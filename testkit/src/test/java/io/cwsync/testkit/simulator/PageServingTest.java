package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the simulator serves pages cheaply without changing what it serves: whole records from their cached JSON
 * (dropped on any write), id-bounded conditions read from that part of the table, gzip at its fastest level.
 */
class PageServingTest {

  @RegisterExtension
  static final ConnectWiseSimulatorExtension EXT = ConnectWiseSimulatorExtension.create();

  static Http http;

  @BeforeAll
  static void seed() {
    http = new Http(EXT.simulator());
    List<ObjectNode> companies = new ArrayList<>();
    List<ObjectNode> contacts = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      companies.add(Http.obj("{'id':" + i + ",'identifier':'C" + i + "','name':'Company " + i + "','city':'"
          + (i % 2 == 0 ? "Even" : "Odd") + "'}"));
      contacts.add(Http.obj("{'id':" + i + ",'firstName':'First" + i + "','lastName':'Last" + i
          + "','company':{'id':" + (i % 10 + 1) + "}}"));
    }
    for (int i = 1001; i <= 3600; i++) {
      // Last names out of id order, with ties, for sorts of more matches than the simulator sorts per query.
      contacts.add(Http.obj("{'id':" + i + ",'firstName':'Many','lastName':'L" + (i * 7919 % 1300) + "'}"));
    }
    EXT.simulator().load("company/companies", companies);
    EXT.simulator().load("company/contacts", contacts);
  }

  @Test
  void orderByOverManyMatches_fromTheSortedTable_sameAsSortingTheMatches() {
    String conditions = "firstName = 'Many' and (lastName > 'L1' or (lastName = 'L1' and id > 2000))";
    List<String> seen = new ArrayList<>();
    String url = "company/contacts?pageSize=1000&orderBy=" + Http.q("lastName asc, id asc") + "&conditions="
        + Http.q(conditions);
    while (url != null) {
      Http.Response r = http.get(url);
      assertThat(r.status()).isEqualTo(200);
      r.json().forEach(n -> seen.add(n.get("lastName").asText() + "#" + n.get("id").asInt()));
      url = r.links().get("next");
    }

    List<String> expected = IntStream.rangeClosed(1001, 3600)
        .filter(i -> {
          String last = "L" + (i * 7919 % 1300);
          int c = String.CASE_INSENSITIVE_ORDER.compare(last, "L1");
          return c > 0 || (c == 0 && i > 2000);
        })
        .boxed()
        .sorted(java.util.Comparator.comparing((Integer i) -> "L" + (i * 7919 % 1300), String.CASE_INSENSITIVE_ORDER)
            .thenComparingInt(i -> i))
        .map(i -> "L" + (i * 7919 % 1300) + "#" + i)
        .toList();
    assertThat(expected).hasSizeGreaterThan(2000);
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void wholeRecordPage_readTwice_sameBytesAndEachRecordAsItsOwnGet() {
    Http.Response first = http.get("company/contacts?pageSize=50");
    Http.Response again = http.get("company/contacts?pageSize=50");

    assertThat(again.body()).isEqualTo(first.body());
    JsonNode page = first.json();
    assertThat(page).hasSize(50);
    for (JsonNode contact : page) {
      assertThat(contact).isEqualTo(http.get("company/contacts/" + contact.get("id").asInt()).json());
    }
    assertThat(page.get(0).get("company").get("name").asText()).isEqualTo("Company 2");
  }

  @Test
  void wholeRecordPage_afterTheReferencedCompanyIsRenamed_showsTheNewName() {
    assertThat(http.get("company/contacts?pageSize=20&page=2").json().get(0).get("company").get("name").asText())
        .isEqualTo("Company 2");

    EXT.simulator().update("company/companies", 2, c -> c.put("name", "Renamed Two"));
    JsonNode after = http.get("company/contacts?pageSize=20&page=2").json();

    // Contact 21 refers to company 2: its cached JSON must not outlive the company's change.
    assertThat(after.get(0).get("id").asInt()).isEqualTo(21);
    assertThat(after.get(0).get("company").get("name").asText()).isEqualTo("Renamed Two");
    EXT.simulator().update("company/companies", 2, c -> c.put("name", "Company 2"));
  }

  @Test
  void idBoundedConditions_answerAsAScanWould() {
    check("id >= 10 and id < 20", id -> id >= 10 && id < 20);
    check("id > 10 and id <= 20 and city = 'Even'", id -> id > 10 && id <= 20 && id % 2 == 0);
    check("city = 'Odd' and id = 15", id -> id == 15);
    check("id >= 10.5 and id < 13", id -> id >= 11 && id < 13);
    check("id < 5 or id > 295", id -> id < 5 || id > 295);
    check("(id >= 100 and id < 103) or id = 7", id -> (id >= 100 && id < 103) || id == 7);
    check("id >= 2147483648", id -> false);
    check("id < -5", id -> false);
    check("id >= 20 and id < 10", id -> false);
  }

  @Test
  void orderById_servedInTableOrderWithoutASort_sameAsAnyOtherOrder() {
    Http.Response highest = http.get("company/companies?pageSize=1&orderBy=" + Http.q("id desc"));
    Http.Response lowest = http.get("company/companies?pageSize=1&orderBy=" + Http.q(" ID   asc "));
    Http.Response descending = http.get("company/companies?pageSize=300&orderBy=" + Http.q("id desc")
        + "&conditions=" + Http.q("city = 'Even'"));
    Http.Response byName = http.get("company/companies?pageSize=300&orderBy=" + Http.q("id desc, name asc")
        + "&conditions=" + Http.q("city = 'Even'"));

    assertThat(PagingTest.ids(highest)).containsExactly(300);
    assertThat(PagingTest.ids(lowest)).containsExactly(1);
    assertThat(PagingTest.ids(descending)).isEqualTo(IntStream.iterate(300, i -> i >= 2, i -> i - 2).boxed()
        .toList());
    assertThat(descending.body()).isEqualTo(byName.body());
  }

  @Test
  void idBoundedConditions_forwardOnlyAndCount_answerAsAScanWould() {
    Http.Response page = http.get("company/companies?pageSize=5&pageId=12&conditions=" + Http.q("id < 15"),
        java.util.Map.of("pagination-type", "forward-only"));
    Http.Response count = http.get("company/companies/count?conditions=" + Http.q("id >= 290 and id <= 1000"));

    assertThat(PagingTest.ids(page)).containsExactly(13, 14);
    assertThat(count.json().get("count").asInt()).isEqualTo(11);
  }

  @Test
  void gzip_decodesToTheSameBytesAsThePlainAnswer() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    URI uri = URI.create(EXT.simulator().baseUrl() + "company/companies?pageSize=300");
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .header("Authorization", http.authorization).header("clientId", "page-serving-test");

    HttpResponse<byte[]> plain = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> zipped = client.send(b.header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> refused = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .header("Authorization", http.authorization).header("clientId", "page-serving-test")
        .header("Accept-Encoding", "gzip;q=0").build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
    assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(refused.body()).isEqualTo(plain.body());
  }

  private static void check(String conditions, IntPredicate expected) {
    List<Integer> ids = new ArrayList<>();
    String url = "company/companies?pageSize=7&orderBy=" + Http.q("id asc") + "&conditions=" + Http.q(conditions);
    while (url != null) {
      Http.Response r = http.get(url);
      assertThat(r.status()).as(conditions).isEqualTo(200);
      ids.addAll(PagingTest.ids(r));
      url = r.links().get("next");
    }
    assertThat(ids).as(conditions).isEqualTo(IntStream.rangeClosed(1, 300).filter(expected).boxed().toList());
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }
}
