package io.cwsync.connectwise.query;

import static io.cwsync.connectwise.query.Condition.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

  @Test
  void comparisons_everyOperatorAndType_renderAsConnectWiseExpects() {
    assertThat(field("company/name").eq("Acme").render()).isEqualTo("company/name = \"Acme\"");
    assertThat(field("name").ne("Acme").render()).isEqualTo("name != \"Acme\"");
    assertThat(field("id").lt(10).render()).isEqualTo("id < 10");
    assertThat(field("id").le(10L).render()).isEqualTo("id <= 10");
    assertThat(field("revenue").gt(new BigDecimal("1250.50")).render()).isEqualTo("revenue > 1250.50");
    assertThat(field("revenue").ge(2.5d).render()).isEqualTo("revenue >= 2.5");
    assertThat(field("name").lt("M").render()).isEqualTo("name < \"M\"");
    assertThat(field("name").le("M").render()).isEqualTo("name <= \"M\"");
    assertThat(field("name").gt("M").render()).isEqualTo("name > \"M\"");
    assertThat(field("name").ge("M").render()).isEqualTo("name >= \"M\"");
    assertThat(field("closedFlag").eq(false).render()).isEqualTo("closedFlag = false");
    assertThat(field("inactiveFlag").ne(true).render()).isEqualTo("inactiveFlag != true");
    assertThat(field("name").contains("cme").render()).isEqualTo("name contains \"cme\"");
    assertThat(field("name").like("Ac%").render()).isEqualTo("name like \"Ac%\"");
    assertThat(field("site").isNull().render()).isEqualTo("site = null");
    assertThat(field("site").isNotNull().render()).isEqualTo("site != null");
    assertThat(field("status/id").eq(-1).render()).isEqualTo("status/id = -1");
  }

  @Test
  void dates_instantAndLocalDate_renderBracketedUtcWithoutFraction() {
    Instant t = Instant.parse("2025-01-31T08:00:00.987Z");
    assertThat(field("lastUpdated").gt(t).render()).isEqualTo("lastUpdated > [2025-01-31T08:00:00Z]");
    assertThat(field("lastUpdated").ge(t).render()).isEqualTo("lastUpdated >= [2025-01-31T08:00:00Z]");
    assertThat(field("lastUpdated").lt(t).render()).isEqualTo("lastUpdated < [2025-01-31T08:00:00Z]");
    assertThat(field("lastUpdated").le(t).render()).isEqualTo("lastUpdated <= [2025-01-31T08:00:00Z]");
    assertThat(field("lastUpdated").eq(t).render()).isEqualTo("lastUpdated = [2025-01-31T08:00:00Z]");
    assertThat(field("lastUpdated").ne(t).render()).isEqualTo("lastUpdated != [2025-01-31T08:00:00Z]");
    LocalDate d = LocalDate.of(2025, 3, 31);
    assertThat(field("expectedCloseDate").le(d).render()).isEqualTo("expectedCloseDate <= [2025-03-31T00:00:00Z]");
    assertThat(field("expectedCloseDate").eq(d).render()).isEqualTo("expectedCloseDate = [2025-03-31T00:00:00Z]");
    assertThat(field("expectedCloseDate").ne(d).render()).isEqualTo("expectedCloseDate != [2025-03-31T00:00:00Z]");
    assertThat(field("expectedCloseDate").lt(d).render()).isEqualTo("expectedCloseDate < [2025-03-31T00:00:00Z]");
    assertThat(field("expectedCloseDate").gt(d).render()).isEqualTo("expectedCloseDate > [2025-03-31T00:00:00Z]");
    assertThat(field("expectedCloseDate").ge(d).render()).isEqualTo("expectedCloseDate >= [2025-03-31T00:00:00Z]");
  }

  @Test
  void strings_doubleQuoteInside_useSingleQuotes() {
    assertThat(field("name").eq("The \"Best\" Co").render()).isEqualTo("name = 'The \"Best\" Co'");
    assertThat(field("name").eq("O'Brien").render()).isEqualTo("name = \"O'Brien\"");
  }

  @Test
  void strings_bothQuoteKinds_refusedNamingTheField() {
    assertThatThrownBy(() -> field("company/name").eq("O'Brien \"Best\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("company/name")
        .hasMessageContaining("both double and single quotes");
    assertThatThrownBy(() -> field("name").in("ok", "it's \"x\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'name'");
  }

  @Test
  void strings_openingBracket_writtenAsBracketedBracket() {
    assertThat(field("name").eq("[Legacy] Acme").render()).isEqualTo("name = \"[[]Legacy] Acme\"");
    assertThat(field("name").like("%[x%").render()).isEqualTo("name like \"%[[]x%\"");
  }

  @Test
  void strings_controlCharacters_refusedSayingWhich() {
    assertThatThrownBy(() -> field("summary").eq("line1\nline2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary")
        .hasMessageContaining("U+000A")
        .hasMessageContaining("index 5");
    assertThatThrownBy(() -> field("summary").contains("a\u0000"))
        .hasMessageContaining("U+0000");
    assertThatThrownBy(() -> field("summary").like("\t%"))
        .hasMessageContaining("U+0009");
  }

  @Test
  void strings_injectionAttempt_staysInsideTheQuotes() {
    Condition c = field("name").eq("x\" OR id > 0 OR name = \"y");
    assertThat(c.render()).isEqualTo("name = 'x\" OR id > 0 OR name = \"y'");
  }

  @Test
  void fieldPaths_anythingButSafeCharacters_refusedNamingTheField() {
    for (String bad : List.of("name = 1 OR id", "name\"", "a b", "", "a//b", "/a", "a/", "na-me", "name)", "x\ny")) {
      assertThatThrownBy(() -> field(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("invalid condition field path");
    }
    assertThatThrownBy(() -> field("a b")).hasMessageContaining("'a b'");
    assertThat(field("customFields/caption").path()).isEqualTo("customFields/caption");
    assertThat(field("_info.lastUpdated").path()).isEqualTo("_info.lastUpdated");
  }

  @Test
  void in_numbersAndStrings_renderParenthesisedLists() {
    assertThat(field("id").in(1, 2, 3).render()).isEqualTo("id in (1,2,3)");
    assertThat(field("identifier").in("A", "B\"x").render()).isEqualTo("identifier in (\"A\",'B\"x')");
    assertThat(field("id").in(List.of(1L, new BigDecimal("2"))).render()).isEqualTo("id in (1,2)");
    assertThat(field("id").in(7).usesIn()).isTrue();
  }

  @Test
  void in_emptyOrWrongTypes_refused() {
    assertThatThrownBy(() -> field("id").in(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> field("id").in(List.of(Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbers or strings");
  }

  @Test
  void nulls_andNonFiniteNumbers_refusedWithGuidance() {
    assertThatThrownBy(() -> field("name").eq((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("isNull()");
    assertThatThrownBy(() -> field("revenue").gt(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revenue");
  }

  @Test
  void grouping_andOrNot_parenthesiseOnlyWhereNeeded() {
    Condition a = field("a").eq(1);
    Condition b = field("b").eq(2);
    Condition c = field("c").eq(3);

    assertThat(a.and(b).and(c).render()).isEqualTo("a = 1 AND b = 2 AND c = 3");
    assertThat(a.or(b).or(c).render()).isEqualTo("a = 1 OR b = 2 OR c = 3");
    assertThat(a.and(b).or(c).render()).isEqualTo("(a = 1 AND b = 2) OR c = 3");
    assertThat(a.and(b.or(c)).render()).isEqualTo("a = 1 AND (b = 2 OR c = 3)");
    assertThat(a.or(b).and(c.or(a)).render()).isEqualTo("(a = 1 OR b = 2) AND (c = 3 OR a = 1)");
    assertThat(a.not().render()).isEqualTo("NOT (a = 1)");
    assertThat(Condition.not(a.or(b)).and(c).render()).isEqualTo("NOT (a = 1 OR b = 2) AND c = 3");
    assertThat(a.and(b).not().or(c).render()).isEqualTo("NOT (a = 1 AND b = 2) OR c = 3");
    assertThat(Condition.allOf(a, b, c)).isEqualTo(a.and(b).and(c));
    assertThat(Condition.anyOf(List.of(a, b.and(c))).render()).isEqualTo("a = 1 OR (b = 2 AND c = 3)");
    assertThatThrownBy(() -> Condition.allOf(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_equalsRender() {
    Condition c = field("board/name").eq("Integration").and(field("lastUpdated").gt(Instant.parse("2016-08-20T18:04:26Z")));
    assertThat(c.toString()).isEqualTo(c.render())
        .isEqualTo("board/name = \"Integration\" AND lastUpdated > [2016-08-20T18:04:26Z]");
  }
}
