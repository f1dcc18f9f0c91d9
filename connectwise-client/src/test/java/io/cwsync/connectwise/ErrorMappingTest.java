package io.cwsync.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cwsync.connectwise.model.Contact;
import io.cwsync.connectwise.query.Query;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorMappingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String LIST = "/v4_6_release/apis/3.0/company/contacts";
  private final TestSupport t = TestSupport.create();

  private ResourceService<Contact> ops() {
    return t.builder(wm.baseUrl() + "/v4_6_release/apis/3.0/")
        .retryPolicy(RetryPolicy.none()).build().contacts();
  }

  private void answer(int status, String body) {
    wm.stubFor(any(urlPathMatching(LIST + ".*")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("x-cw-request-id", "abc-123").withBody(body)));
  }

  @Test
  void create_invalidObjectWithFieldErrorsAndUnknownFields_validationExceptionWithTypedErrors() {
    answer(400, "{\"code\":\"InvalidObject\",\"message\":\"contact object is invalid\",\"errors\":[{\"code\":"
        + "\"MissingRequiredField\",\"message\":\"The firstName field is required.\",\"resource\":\"contact\","
        + "\"field\":\"firstName\",\"details\":{\"x\":1},\"extra\":true}],\"_info\":{\"whatever\":1}}");

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> ops().create(Contact.builder().build()));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("InvalidObject");
    assertThat(e.serverMessage()).isEqualTo("contact object is invalid");
    assertThat(e.requestId()).isEqualTo("abc-123");
    assertThat(e.errors()).containsExactly(new FieldError("MissingRequiredField",
        "The firstName field is required.", "contact", "firstName"));
    assertThat(e.isObjectExists()).isFalse();
    assertThat(e.isRetryable()).isFalse();
    assertThat(e).hasMessageStartingWith("POST company/contacts: 400 InvalidObject: contact object is invalid")
        .hasMessageContaining("firstName: MissingRequiredField")
        .hasMessageEndingWith("; request-id abc-123");
  }

  @Test
  void create_objectExistsInErrors_isObjectExists() {
    answer(400, "{\"code\":\"InvalidObject\",\"message\":\"company object is invalid\",\"errors\":[{\"code\":"
        + "\"ObjectExists\",\"message\":\"The identifier is already in use.\",\"resource\":\"company\","
        + "\"field\":\"identifier\"}]}");

    assertThatThrownBy(() -> ops().create(Contact.builder().build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.isObjectExists()).isTrue());
  }

  @Test
  void get_errorsNullAndOmittedFields_parsedWithEmptyErrors() {
    answer(403, "{\"code\":\"Security\",\"message\":\"You do not have security permission to perform this action.\","
        + "\"errors\":null}");

    ForbiddenException e = catchThrowableOfType(ForbiddenException.class, () -> ops().get(1));

    assertThat(e.errors()).isEmpty();
    assertThat(e.errorCode()).isEqualTo("Security");
    assertThat(e).hasMessage("GET company/contacts/1: 403 Security: You do not have security permission "
        + "to perform this action.; request-id abc-123");
  }

  @Test
  void get_notFound_notFoundException() {
    answer(404, "{\"code\":\"NotFound\",\"message\":\"Contact 57919 not found\"}");

    assertThatThrownBy(() -> ops().get(57919)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("404 NotFound: Contact 57919 not found");
  }

  @Test
  void get_unauthorized_unauthorizedException() {
    answer(401, "{\"code\":\"Unauthorized\",\"message\":\"Invalid credentials\"}");
    assertThatThrownBy(() -> ops().get(1)).isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void list_429Body_rateLimitedWithErrorAsCode() {
    answer(429, "{\"error\":\"ConnectWiseAPI\",\"message\":\"Too many requests. Please try again in 30 seconds.\"}");

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
        () -> ops().listAll(Query.builder().pageSize(10).build()).iterator().hasNext());

    assertThat(e.errorCode()).isEqualTo("ConnectWiseAPI");
    assertThat(e.serverMessage()).startsWith("Too many requests");
    assertThat(e.retryAfter()).isNull();
  }

  @Test
  void get_nonJsonBody_messageFromText() {
    wm.stubFor(get(urlPathMatching(LIST + ".*")).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody("<html><body><h1>502 Bad gateway</h1>\n cloudflare</body></html>")));

    assertThatThrownBy(() -> ops().get(1)).isInstanceOfSatisfying(ServerErrorException.class, e -> {
      assertThat(e.errorCode()).isNull();
      assertThat(e.serverMessage()).isEqualTo("502 Bad gateway cloudflare");
      assertThat(e.requestId()).isNull();
    }).hasMessage("GET company/contacts/1: 502: 502 Bad gateway cloudflare");
  }

  @Test
  void get_emptyBodyOtherStatus_baseServiceException() {
    wm.stubFor(get(urlPathMatching(LIST + ".*")).willReturn(aResponse().withStatus(405)));

    assertThatThrownBy(() -> ops().get(1)).isExactlyInstanceOf(ConnectWiseServiceException.class)
        .hasMessage("GET company/contacts/1: 405");
  }

  @Test
  void get_sslRequiredBody_forbiddenWithCode() {
    answer(403, "{\"code\":\"Security\",\"message\":\"SSL is required.\",\"errors\":null}");
    assertThatThrownBy(() -> ops().get(1)).isInstanceOf(ForbiddenException.class).hasMessageContaining("SSL is required.");
  }

  @Test
  void list_unreadableJson_clientException() {
    wm.stubFor(get(urlPathMatching(LIST + ".*")).willReturn(okJson("[{\"id\":1},{\"id\":")));

    assertThatThrownBy(() -> ops().listAll(Query.builder().pageSize(10).build()).stream().count())
        .isInstanceOf(ConnectWiseClientException.class)
        .hasMessageStartingWith("GET company/contacts: unreadable response");
  }

  @Test
  void get_unreachableHost_clientExceptionWithCause() {
    var client = t.builder("http://127.0.0.1:1/v4_6_release/apis/3.0/").retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> client.contacts().get(1))
        .isInstanceOf(ConnectWiseClientException.class)
        .hasMessageStartingWith("GET company/contacts/1: ConnectException")
        .hasCauseInstanceOf(java.net.ConnectException.class);
  }
}
