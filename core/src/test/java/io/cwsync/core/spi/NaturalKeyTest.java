package io.cwsync.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.connectwise.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalKeyTest {

  @Test
  void condition_alternativesAndRequiredTerms_renderAsTheRulesWouldWriteThem() {
    NaturalKey key = NaturalKey.anyOf(List.of(NaturalKey.Term.of("identifier", "O'Neil"),
        NaturalKey.Term.of("accountNumber", "Say \"hi\""))).and(NaturalKey.Term.of("deletedFlag", false))
        .and(NaturalKey.Term.of("company/id", 42));

    assertThat(key.condition().render()).isEqualTo("(identifier = \"O'Neil\" OR accountNumber = 'Say \"hi\"') AND "
        + "deletedFlag = false AND company/id = 42");
  }

  @Test
  void new_noAlternative_isRefused() {
    assertThatThrownBy(() -> NaturalKey.anyOf(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anyOf is empty");
  }

  @Test
  void term_valueOfAnotherType_isRefusedNamingTheField() {
    assertThatThrownBy(() -> NaturalKey.Term.of("identifier", List.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'identifier'");
    assertThatThrownBy(() -> NaturalKey.Term.of("identifier", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("'identifier'");
  }

  @Test
  void condition_valueWithBothQuotes_isRefusedAsAnInvalidValue() {
    NaturalKey key = NaturalKey.anyOf(List.of(NaturalKey.Term.of("identifier", "it's \"x\"")));

    assertThatThrownBy(key::condition).isInstanceOf(InvalidValueException.class).hasMessageContaining("identifier");
  }
}
