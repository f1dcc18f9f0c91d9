package io.cwsync.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameSetTest {

  @Test
  void contains_ignoresCaseAndSurroundingBlanks() {
    NameSet set = new NameSet(List.of("Real estate", " Prospect ", "Ärzte"));
    assertThat(set.contains("real ESTATE")).isTrue();
    assertThat(set.contains("prospect")).isTrue();
    assertThat(set.contains("  PROSPECT\t")).isTrue();
    assertThat(set.contains("ärzte")).isTrue();
    assertThat(set.contains("Prospects")).isFalse();
    assertThat(set.contains("")).isFalse();
    assertThat(set.contains(null)).isFalse();
    assertThat(set.isEmpty()).isFalse();
    assertThat(new NameSet(List.of()).contains("x")).isFalse();
  }

  @Test
  void contains_manyNames_everyOneFoundAndNoOther() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      names.add("Name " + i);
    }
    NameSet set = new NameSet(names);
    for (int i = 0; i < 500; i++) {
      assertThat(set.contains("NAME " + i)).isTrue();
      assertThat(set.contains("name " + (i + 500))).isFalse();
    }
  }

  @Test
  void nameMap_firstSpellingWinsAndLookupIgnoresCase() {
    Map<String, Integer> entries = new LinkedHashMap<>();
    entries.put("Won", 1);
    entries.put("WON", 2);
    entries.put("Lost", 3);
    NameMap<Integer> map = new NameMap<>(entries);
    assertThat(map.get("won")).isEqualTo(1);
    assertThat(map.get(" lost ")).isEqualTo(3);
    assertThat(map.get("Open")).isNull();
    assertThat(map.get(null)).isNull();
  }
}
