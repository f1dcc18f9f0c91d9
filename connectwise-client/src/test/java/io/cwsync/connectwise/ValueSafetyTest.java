package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.model.Company;
import io.cwsync.connectwise.model.ConnectWiseJson;
import io.cwsync.connectwise.model.CustomField;
import io.cwsync.connectwise.query.Condition;
import io.cwsync.connectwise.query.Query;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Values that cannot be sent safely are refused naming the field, and nothing is sent. */
class ValueSafetyTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PATH = "/v4_6_release/apis/3.0/company/companies";
  private static final BigDecimal HUGE = new BigDecimal("1e999999999");
  private static final String LONE_SURROGATE = "Acme \uD83D Ltd";

  private final TestSupport t = TestSupport.create();

  private ConnectWiseClient client() {
    return t.client(wm.baseUrl() + "/v4_6_release/apis/3.0/");
  }

  @Test
  void condition_loneSurrogate_refusedNamingField() {
    assertThatThrownBy(() -> Condition.field("name").eq(LONE_SURROGATE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'name'").hasMessageContaining("unpaired UTF-16 surrogate")
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("name"));
    assertThatThrownBy(() -> Condition.field("name").contains("\uDC00")).isInstanceOf(InvalidValueException.class);
    // A proper pair is fine and kept as is.
    assertThat(Condition.field("name").eq("Acme \uD83D\uDE00").render()).isEqualTo("name = \"Acme \uD83D\uDE00\"");
  }

  @Test
  void condition_hugeExponent_refusedWithoutRendering() {
    assertThatThrownBy(() -> Condition.field("annualRevenue").ge(HUGE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'annualRevenue'").hasMessageContaining("out of range");
    assertThatThrownBy(() -> Condition.field("annualRevenue").eq(new BigDecimal("1e-5000")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Condition.field("id").eq(BigInteger.TEN.pow(2000)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Condition.field("annualRevenue").ge(new BigDecimal("1.5e3")).render())
        .isEqualTo("annualRevenue >= 1500");
  }

  @Test
  void condition_bothQuotes_typedError() {
    assertThatThrownBy(() -> Condition.field("name").eq("a\"b'c")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'name'");
  }

  @Test
  void listAll_conditionWithLoneSurrogate_nothingSent() {
    ConnectWiseClient cw = client();
    assertThatThrownBy(() -> cw.companies().listAll(Query.builder()
        .conditions(Condition.field("name").eq(LONE_SURROGATE)).build()).forEach(c -> { }))
        .isInstanceOf(InvalidValueException.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void create_loneSurrogateInName_refusedNamingFieldAndNothingSent() {
    ConnectWiseClient cw = client();
    Company company = Company.builder().identifier("Acme").name(LONE_SURROGATE).build();

    assertThatThrownBy(() -> cw.companies().create(company))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("name"))
        .hasMessageNotContaining("Acme");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void create_hugeNumberInCustomField_refusedNamingField() {
    ConnectWiseClient cw = client();
    Company company = Company.builder().identifier("Acme").name("Acme")
        .customFields(List.of(CustomField.builder().id(4).value(
            com.fasterxml.jackson.databind.node.DecimalNode.valueOf(HUGE)).build())).build();

    assertThatThrownBy(() -> cw.companies().create(company))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("customFields[0].value"));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void patch_loneSurrogateOrHugeNumber_refusedWhenBuilt() {
    assertThatThrownBy(() -> Patch.builder().replace("name", LONE_SURROGATE))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("name"));
    assertThatThrownBy(() -> Patch.builder().replace("annualRevenue", HUGE))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("annualRevenue"));
  }

  @Test
  void read_hugeExponentInTree_refused() throws Exception {
    assertThatThrownBy(() -> ConnectWiseJson.mapper().readTree("{\"v\":1e999999999}"))
        .isInstanceOf(InvalidValueException.class);
    assertThat(ConnectWiseJson.mapper().readTree("{\"v\":712.50}").get("v").decimalValue())
        .isEqualByComparingTo("712.50");
  }
}
