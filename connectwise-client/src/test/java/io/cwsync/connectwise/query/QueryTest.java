package io.cwsync.connectwise.query;

import static io.cwsync.connectwise.query.Condition.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class QueryTest {

  private static final String BASE = "https://api-na.myconnectwise.net/v2025_1/apis/3.0/company/companies";
  private static final Pattern ID_LIST = Pattern.compile("id in \\(([0-9,-]+)\\)");

  @Test
  void toParameters_everyParameter_inStableOrder() {
    Query q = Query.builder()
        .pageSize(50)
        .page(3)
        .fields("id", "name", "status/id")
        .orderByAsc("lastUpdated").orderByDesc("id")
        .customFieldConditions(field("caption").eq("TomNumber").and(field("value").isNotNull()))
        .childConditions(field("communicationItems/value").like("a@b.com"))
        .conditions(field("board/name").eq("Integration"))
        .build();

    Map<String, String> p = q.toParameters();
    assertThat(p.keySet()).containsExactly("conditions", "childConditions", "customFieldConditions", "orderBy",
        "fields", "page", "pageSize");
    assertThat(p).containsEntry("conditions", "board/name = \"Integration\"")
        .containsEntry("childConditions", "communicationItems/value like \"a@b.com\"")
        .containsEntry("customFieldConditions", "caption = \"TomNumber\" AND value != null")
        .containsEntry("orderBy", "lastUpdated asc,id desc")
        .containsEntry("fields", "id,name,status/id")
        .containsEntry("page", "3")
        .containsEntry("pageSize", "50");
  }

  @Test
  void defaults_pageSizeIsTheMaximum() {
    assertThat(Query.all().toParameters()).containsExactly(Map.entry("pageSize", "1000"));
    assertThat(Query.all().pageSize()).isEqualTo(Query.MAX_PAGE_SIZE);
  }

  @Test
  void pageSize_outOfRange_refused() {
    assertThatThrownBy(() -> Query.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and 1000");
    assertThatThrownBy(() -> Query.builder().pageSize(1001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1001");
    assertThatThrownBy(() -> Query.builder().page(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1-based");
  }

  @Test
  void forwardOnly_sendsPageIdNotPage() {
    Query first = Query.builder().forwardOnly(true).conditions(field("inactiveFlag").eq(false)).build();
    Query next = first.toBuilder().pageId(4711).build();

    assertThat(first.forwardOnly()).isTrue();
    assertThat(first.toParameters()).doesNotContainKeys("page", "pageId");
    assertThat(next.toParameters()).containsEntry("pageId", "4711").doesNotContainKey("page");
    assertThat(next.conditions()).isEqualTo(first.conditions());
  }

  @Test
  void forwardOnly_withOrderByOrPage_refused() {
    assertThatThrownBy(() -> Query.builder().forwardOnly(true).orderByAsc("name").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("orderBy");
    assertThatThrownBy(() -> Query.builder().forwardOnly(true).page(2).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("pageId");
  }

  @Test
  void in_inChildOrCustomFieldConditions_refused() {
    assertThatThrownBy(() -> Query.builder().childConditions(field("communicationItems/id").in(1, 2)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("childConditions");
    assertThatThrownBy(() -> Query.builder()
        .customFieldConditions(field("id").eq(3).and(field("value").in("a", "b").not())).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("customFieldConditions");
    assertThat(Query.builder().conditions(field("id").in(1, 2)).build().toParameters())
        .containsEntry("conditions", "id in (1,2)");
  }

  @Test
  void orderBy_textualExpression_parsedAndValidated() {
    assertThat(Query.builder().orderBy("lastUpdated asc, id").build().orderBy())
        .containsExactly("lastUpdated asc", "id asc");
    assertThat(Query.builder().orderBy("contact/name DESC").build().orderBy()).containsExactly("contact/name desc");
    assertThatThrownBy(() -> Query.builder().orderBy("name; drop"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name;");
    assertThatThrownBy(() -> Query.builder().orderBy("name sideways"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sideways");
    assertThatThrownBy(() -> Query.builder().fields("id", "name,x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name,x");
  }

  @Test
  void encodedLength_isAnUpperBoundOfRealEncoders() {
    for (String s : List.of("id in (1,2,3)", "name = \"Acme & Sons\" AND x like '%a%'", "[[]é€😀 +~._-")) {
      int bound = Query.encodedLength(s);
      assertThat(URLEncoder.encode(s, StandardCharsets.UTF_8).length()).as(s).isLessThanOrEqualTo(bound);
      String okhttp = HttpUrl.get("http://h/").newBuilder().addQueryParameter("q", s).build().encodedQuery();
      assertThat(okhttp.length() - 2).as(s).isLessThanOrEqualTo(bound);
    }
    assertThat(Query.encodedLength("a,b")).isEqualTo(5);
  }

  @Test
  void splitByIds_manyIds_everyUrlFitsAndEveryIdOnce() {
    Random random = new Random(42);
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ids.add(random.nextInt(5) == 0 ? random.nextInt(100) : 1 + random.nextInt(Integer.MAX_VALUE - 1));
    }
    ids.addAll(ids.subList(0, 50)); // duplicates must not be fetched twice
    Query query = Query.builder()
        .conditions(field("company/name").eq("O'Brien & Sons [UK]").or(field("deletedFlag").eq(false)))
        .orderByAsc("id")
        .fields("id", "name", "_info/lastUpdated")
        .build();

    for (String base : List.of(BASE, "https://psa.example-msp-on-premise-host.internal:8443/v4_6_release/apis/3.0/"
        + "company/companies")) {
      List<Query> parts = query.splitByIds("id", ids, base.length());

      List<Integer> seen = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        Query part = parts.get(i);
        assertThat(part.orderBy()).containsExactly("id asc");
        String conditions = part.conditions().render();
        assertThat(conditions).startsWith("(company/name = \"O'Brien & Sons [[]UK]\" OR deletedFlag = false) AND id in (");
        List<Integer> batch = idsOf(conditions);
        seen.addAll(batch);
        assertThat(okHttpUrl(base, part).length()).isLessThanOrEqualTo(Query.MAX_URL_LENGTH);
        assertThat(fullyEncodedUrl(base, part).length()).isLessThanOrEqualTo(Query.MAX_URL_LENGTH);
        if (i + 1 < parts.size()) {
          // Greedy: the next id would not have fitted in this batch under the encoding bound.
          int next = idsOf(parts.get(i + 1).conditions().render()).get(0);
          assertThat(fullyEncodedUrl(base, part).length() + 3 + Integer.toString(next).length())
              .isGreaterThan(Query.MAX_URL_LENGTH);
        }
      }
      assertThat(seen).doesNotHaveDuplicates();
      assertThat(new LinkedHashSet<>(seen)).isEqualTo(new LinkedHashSet<>(ids));
    }
  }

  @Test
  void splitByIds_noOtherConditions_splitsBareInLists() {
    List<Integer> ids = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      ids.add(i * 1000);
    }
    List<Query> parts = Query.all().splitByIds("id", ids, BASE.length());

    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts.get(0).conditions().render()).startsWith("id in (1000,2000,");
    for (Query p : parts) {
      assertThat(fullyEncodedUrl(BASE, p).length()).isLessThanOrEqualTo(2000);
    }
    assertThat(parts.stream().mapToInt(p -> idsOf(p.conditions().render()).size()).sum()).isEqualTo(1000);
  }

  @Test
  void splitByIds_emptyIds_noQueries() {
    assertThat(Query.all().splitByIds("id", List.of(), BASE.length())).isEmpty();
  }

  @Test
  void splitByIds_baseTooLongForOneId_refused() {
    Query q = Query.builder().conditions(field("name").eq("x".repeat(1900))).build();
    assertThatThrownBy(() -> q.splitByIds("id", List.of(1, 2), BASE.length()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single id 1");
  }

  @Test
  void idBatches_budget_respectedAndIdsCoveredOnce() {
    Condition base = field("inactiveFlag").eq(false);
    List<Integer> ids = Arrays.asList(5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 10);

    List<Condition> batches = Condition.idBatches(base, "id", ids, 60);

    Set<Integer> seen = new LinkedHashSet<>();
    for (Condition c : batches) {
      assertThat(Query.encodedLength(c.render())).isLessThanOrEqualTo(60);
      assertThat(c.render()).startsWith("inactiveFlag = false AND id in (");
      for (int id : idsOf(c.render())) {
        assertThat(seen.add(id)).as("id %s twice", id).isTrue();
      }
    }
    assertThat(seen).containsExactly(5, 10, 15, 20, 25, 30, 35, 40, 45, 50);
    assertThat(batches).hasSizeGreaterThan(1);
  }

  @Test
  void toString_mentionsParametersAndMode() {
    Query q = Query.builder().forwardOnly(true).conditions(field("lastUpdated").gt(Instant.EPOCH)).build();
    assertThat(q.toString()).contains("lastUpdated > [1970-01-01T00:00:00Z]").contains("forward-only");
    assertThat(q).isEqualTo(q.toBuilder().build()).hasSameHashCodeAs(q.toBuilder().build());
  }

  private static List<Integer> idsOf(String conditions) {
    Matcher m = ID_LIST.matcher(conditions);
    assertThat(m.find()).as(conditions).isTrue();
    return Arrays.stream(m.group(1).split(",")).map(Integer::valueOf).toList();
  }

  private static String okHttpUrl(String base, Query q) {
    HttpUrl.Builder b = HttpUrl.get(base).newBuilder();
    q.toParameters().forEach(b::addQueryParameter);
    return b.build().toString();
  }

  /** Percent-encodes every reserved character, the longest any encoder makes it (space as %20). */
  private static String fullyEncodedUrl(String base, Query q) {
    StringBuilder sb = new StringBuilder(base).append('?');
    q.toParameters().forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '?' ? "" : "&")
        .append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")));
    return sb.toString();
  }
}
