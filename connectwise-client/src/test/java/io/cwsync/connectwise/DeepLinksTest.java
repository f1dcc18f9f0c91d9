package io.cwsync.connectwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DeepLinksTest {

  private static final DeepLinks LINKS = DeepLinks.of("https://na.myconnectwise.net/", "v2025_1", "acme co & sons/ü");

  @Test
  void href_everyRecordType_sameTextAsLink() {
    for (String type : new String[] {DeepLinks.COMPANY, DeepLinks.CONTACT, DeepLinks.OPPORTUNITY,
        DeepLinks.SERVICE_TICKET, DeepLinks.PROJECT}) {
      for (int id : new int[] {0, 7, Integer.MAX_VALUE}) {
        String href = LINKS.href(type, id);
        assertThat(href).isEqualTo(LINKS.link(type, id).toString());
        assertThat(URI.create(href).getRawQuery()).isEqualTo("locale=en_US&recordType=" + type + "&recid=" + id
            + "&companyName=acme+co+%26+sons%2F%C3%BC");
      }
    }
    assertThat(LINKS.href(DeepLinks.COMPANY, 12)).isEqualTo("https://na.myconnectwise.net/v2025_1/services/system_io/"
        + "router/openrecord.rails?locale=en_US&recordType=CompanyFV&recid=12&companyName=acme+co+%26+sons%2F%C3%BC");
  }

  @Test
  void href_recordTypeNotAWord_refusedAsLinkIs() {
    for (String bad : new String[] {"", " ", "Bad&Type", "Opportunity FV", "Ticket1", "Über"}) {
      assertThatThrownBy(() -> LINKS.href(bad, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("recordType must be a word such as OpportunityFV but was \"" + bad + "\"");
      assertThatThrownBy(() -> LINKS.link(bad, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("recordType must be a word such as OpportunityFV but was \"" + bad + "\"");
    }
  }

  @Test
  void href_negativeId_refused() {
    assertThatThrownBy(() -> LINKS.href(DeepLinks.COMPANY, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be negative but was -1");
  }

  @Test
  void of_originThatMakesNoUri_refusedAtOnce() {
    assertThatThrownBy(() -> DeepLinks.of("https://na.my connectwise.net", "v2025_1/", "acme"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
