package io.cwsync.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidationAndPatchTest {

  @RegisterExtension
  final ConnectWiseSimulatorExtension ext = ConnectWiseSimulatorExtension.create();

  Http http;
  int company;
  int contact;
  int rep;

  @BeforeEach
  void seed() {
    http = new Http(ext.simulator());
    company = http.post("company/companies", Http.company("ACME", "Acme")).json().get("id").asInt();
    contact = ext.simulator().create("company/contacts", Http.obj("{'firstName':'A','company':{'id':" + company + "}}"))
        .get("id").asInt();
    rep = ext.simulator().records("system/members").get(0).get("id").asInt();
  }

  static JsonNode error(Http.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json();
  }

  @Test
  void post_missingRequiredField_400MissingRequiredField() {
    JsonNode e = error(http.post("company/contacts", Http.obj("{'lastName':'X'}")), 400);
    assertThat(e.get("code").asText()).isEqualTo("InvalidObject");
    assertThat(e.get("message").asText()).isEqualTo("contact object is invalid");
    assertThat(e.at("/errors/0/code").asText()).isEqualTo("MissingRequiredField");
    assertThat(e.at("/errors/0/field").asText()).isEqualTo("firstName");
    assertThat(e.at("/errors/0/resource").asText()).isEqualTo("contact");
    assertThat(e.at("/errors/0/message").asText()).isEqualTo("The firstName field is required.");
  }

  @Test
  void post_opportunityWithoutRequiredReferences_listsEveryProblem() {
    JsonNode e = error(http.post("sales/opportunities", Http.obj("{'name':'Deal'}")), 400);
    assertThat(e.get("errors")).extracting(n -> n.get("field").asText())
        .containsExactlyInAnyOrder("company", "contact", "primarySalesRep");
  }

  @Test
  void post_companyWithoutAddress_400() {
    JsonNode e = error(http.post("company/companies", Http.obj("{'identifier':'NOADDR','name':'No address'}")), 400);
    assertThat(e.at("/errors/0/message").asText()).contains("address");
  }

  @Test
  void post_tooLongIdentifierAndName_400PerField() {
    // Limits from the field catalogue: the name's 156 is the specification's, the identifier's 30 an override.
    JsonNode e = error(http.post("company/companies", Http.obj("{'identifier':'" + "X".repeat(31) + "','name':'"
        + "N".repeat(157) + "','city':'Tampa'}")), 400);
    assertThat(e.get("errors")).extracting(n -> n.get("field").asText()).containsExactlyInAnyOrder("identifier", "name");
    assertThat(e.get("errors")).extracting(n -> n.get("message").asText())
        .contains("The name field cannot be longer than 156 characters.");
    assertThat(error(http.post("company/companies", Http.obj("{'identifier':'" + "X".repeat(30) + "','name':'"
        + "N".repeat(156) + "','city':'Tampa'}")), 201)).isNotNull();
  }

  @Test
  void post_duplicateIdentifier_400ObjectExistsCaseInsensitive() {
    JsonNode e = error(http.post("company/companies", Http.company("acme", "Another")), 400);
    assertThat(e.get("message").asText()).isEqualTo("company object is invalid");
    assertThat(e.at("/errors/0/code").asText()).isEqualTo("ObjectExists");
    assertThat(e.at("/errors/0/field").asText()).isEqualTo("identifier");
  }

  @Test
  void patch_identifierToExisting_400ObjectExists_butOwnValueOk() {
    int other = http.post("company/companies", Http.company("OTHER", "Other")).json().get("id").asInt();
    JsonNode e = error(http.patch("company/companies/" + other,
        List.of(Map.of("op", "replace", "path", "identifier", "value", "ACME"))), 400);
    assertThat(e.at("/errors/0/code").asText()).isEqualTo("ObjectExists");
    error(http.patch("company/companies/" + other, List.of(Map.of("op", "replace", "path", "identifier", "value", "other"))), 200);
  }

  @Test
  void post_unknownReference_400NotFoundWithPath() {
    JsonNode e = error(http.post("sales/opportunities", Http.obj("{'name':'D','company':{'id':" + company
        + "},'contact':{'id':" + contact + "},'primarySalesRep':{'id':" + rep + "},'stage':{'id':999}}")), 400);
    assertThat(e.at("/errors/0/code").asText()).isEqualTo("NotFound");
    assertThat(e.at("/errors/0/field").asText()).isEqualTo("stage/id");
    assertThat(e.at("/errors/0/message").asText()).isEqualTo("Stage 999 not found");
  }

  @Test
  void post_wrongTypes_400NamingTheField() {
    assertThat(error(http.post("company/companies", Http.obj("{'identifier':'T1','name':'T','city':'x','leadFlag':'maybe'}")), 400)
        .at("/errors/0/field").asText()).isEqualTo("leadFlag");
    assertThat(error(http.post("company/companies", Http.obj("{'identifier':'T1','name':'T','city':'x','status':5}")), 400)
        .at("/errors/0/field").asText()).isEqualTo("status");
    assertThat(error(http.post("company/companies", "{not json"), 400).get("code").asText()).isEqualTo("InvalidObject");
  }

  @Test
  void post_ignoresIdInfoAndUnknownProperties() {
    JsonNode c = error(http.post("company/companies", Http.obj("{'id':555,'identifier':'I1','name':'I','city':'x',"
        + "'_info':{'lastUpdated':'2000-01-01T00:00:00Z'},'bogus':1}")), 201);
    assertThat(c.get("id").asInt()).isNotEqualTo(555);
    assertThat(c.has("bogus")).isFalse();
    assertThat(c.at("/_info/lastUpdated").asText()).isNotEqualTo("2000-01-01T00:00:00Z");
  }

  @Test
  void patch_pathInsideReference_400() {
    JsonNode e = error(http.patch("company/contacts/" + contact,
        List.of(Map.of("op", "replace", "path", "company/id", "value", 5))), 400);
    assertThat(e.at("/errors/0/field").asText()).isEqualTo("company/id");
    assertThat(e.at("/errors/0/message").asText()).contains("replace the whole company");
  }

  @Test
  void patch_wholeReferenceWithLeadingSlash_replaces() {
    int other = http.post("company/companies", Http.company("B2", "Bee")).json().get("id").asInt();
    JsonNode c = error(http.patch("company/contacts/" + contact,
        List.of(Map.of("op", "replace", "path", "/company", "value", Map.of("id", other)))), 200);
    assertThat(c.at("/company/name").asText()).isEqualTo("Bee");
  }

  @Test
  void patch_customFields_replacedWhole_singleFieldRejected() {
    String cf = "[{'id':1,'caption':'A','type':'Text','entryMethod':'EntryField','numberOfDecimals':0,'value':'x'},"
        + "{'id':2,'caption':'B','type':'Text','entryMethod':'EntryField','numberOfDecimals':0,'value':'y'}]";
    error(http.patch("company/companies/" + company, "[{\"op\":\"replace\",\"path\":\"customFields\",\"value\":"
        + cf.replace('\'', '"') + "}]"), 200);
    JsonNode after = error(http.patch("company/companies/" + company,
        "[{\"op\":\"replace\",\"path\":\"customFields\",\"value\":[{\"id\":2,\"value\":\"z\"}]}]"), 200);
    assertThat(after.get("customFields")).hasSize(1);
    assertThat(after.at("/customFields/0/value").asText()).isEqualTo("z");
    assertThat(error(http.patch("company/companies/" + company,
        List.of(Map.of("op", "replace", "path", "customFields/0/value", "value", "q"))), 400)).isNotNull();
  }

  @Test
  void patch_collectionElementByIndex_andRemove() {
    ext.simulator().update("company/contacts", contact, c -> c.putArray("communicationItems").addObject()
        .put("value", "a@b.com").put("communicationType", "Email"));
    JsonNode c = error(http.patch("company/contacts/" + contact,
        List.of(Map.of("op", "replace", "path", "communicationItems/0/value", "value", "new@b.com"),
            Map.of("op", "add", "path", "title", "value", "CEO"))), 200);
    assertThat(c.at("/communicationItems/0/value").asText()).isEqualTo("new@b.com");
    assertThat(c.get("title").asText()).isEqualTo("CEO");
    JsonNode removed = error(http.patch("company/contacts/" + contact, List.of(Map.of("op", "remove", "path", "title"))), 200);
    assertThat(removed.has("title")).isFalse();
  }

  @Test
  void patch_malformedOperations_400LeavesRecordUnchanged() {
    JsonNode before = http.get("company/companies/" + company).json();
    error(http.patch("company/companies/" + company, Map.of("op", "replace")), 400);
    error(http.patch("company/companies/" + company, List.of()), 400);
    error(http.patch("company/companies/" + company, List.of(Map.of("op", "move", "path", "name", "from", "x"))), 400);
    error(http.patch("company/companies/" + company, List.of(Map.of("op", "replace", "path", "nosuch", "value", 1))), 400);
    error(http.patch("company/companies/" + company, List.of(Map.of("op", "replace", "path", "name"))), 400);
    error(http.patch("company/companies/" + company, List.of(Map.of("op", "remove", "path", "identifier"))), 400);
    JsonNode after = http.get("company/companies/" + company).json();
    assertThat(after.get("identifier").asText()).isEqualTo("ACME");
    assertThat(after.get("name").asText()).isEqualTo(before.get("name").asText());
    assertThat(after.get("_info").get("lastUpdated")).isEqualTo(before.get("_info").get("lastUpdated"));
  }

  @Test
  void patch_unknownRecord_404() {
    JsonNode e = error(http.patch("company/companies/4242", List.of(Map.of("op", "replace", "path", "name", "value", "x"))), 404);
    assertThat(e.get("message").asText()).isEqualTo("Company 4242 not found");
    assertThat(error(http.delete("company/companies/4242"), 404).get("code").asText()).isEqualTo("NotFound");
  }

  @Test
  void callbacks_badLevel_400Unrecognized() {
    JsonNode e = error(http.post("system/callbacks", Http.obj("{'url':'http://127.0.0.1:1/cb','objectId':1,'type':'company','level':'board'}")), 400);
    assertThat(e.at("/errors/0/message").asText()).isEqualTo("Unrecognized level for type");
  }
}
