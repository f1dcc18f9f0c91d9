package io.cwsync.connectwise.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.connectwise.ConnectWiseClientException;
import io.cwsync.connectwise.RecordDecodeException;
import io.cwsync.connectwise.Resource;
import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.connectwise.model.Info;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DecodersTest {

  /** Threads on which Jackson built the deserializer of {@link Probe#name}: where the decoders were built. */
  static final List<String> BUILT_ON = new CopyOnWriteArrayList<>();

  /** A model no other test reads, so its decoders are built in this test. */
  record Probe(@Nullable Integer id, @Nullable Info info, @JsonDeserialize(using = NameDeserializer.class)
      @Nullable String name) implements ConnectWiseRecord {
  }

  /** Reads a string; notes where Jackson created it. */
  static final class NameDeserializer extends StdDeserializer<String> {
    private static final long serialVersionUID = 1L;

    NameDeserializer() {
      super(String.class);
      BUILT_ON.add(Thread.currentThread().getName());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.getValueAsString();
    }
  }

  /** A second model no other test reads, whose first build fails once. */
  record Flaky(@Nullable Integer id, @Nullable Info info, @JsonDeserialize(using = FlakyDeserializer.class) @Nullable String name)
      implements ConnectWiseRecord {
  }

  static final AtomicInteger FLAKY_BUILDS = new AtomicInteger();

  /** Fails to be created the first time (a model Jackson cannot introspect, once). */
  static final class FlakyDeserializer extends StdDeserializer<String> {
    private static final long serialVersionUID = 1L;

    FlakyDeserializer() {
      super(String.class);
      if (FLAKY_BUILDS.incrementAndGet() == 1) {
        throw new IllegalStateException("first build fails");
      }
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.getValueAsString();
    }
  }

  @Test
  void prefetch_buildsOncePerModelOnItsOwnThread_andEveryServiceGetsTheSameDecoders() throws Exception {
    Resource<Probe> probes = Resource.builder("probes", "test/probes", Probe.class).build();
    Resource<Probe> sameModel = Resource.builder("moreProbes", "test/more", Probe.class).build();

    assertThat(Decoders.prefetch(List.of(probes))).as("the first ask starts a build").isTrue();
    assertThat(Decoders.prefetch(List.of(sameModel, probes))).as("one build per model").isFalse();
    // Once the build is under way on its thread, a caller waits for it instead of building again.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (BUILT_ON.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    Decoders.Built<Probe> built = Decoders.of(probes);

    assertThat(Decoders.of(sameModel)).isSameAs(built);
    assertThat(BUILT_ON).as("built once, off the caller's thread").containsExactly("cwsync-decoders");
    PageDecoder.Decoded<Probe> page = built.page().decode("[{\"id\":1,\"name\":\"a\"},{\"id\":\"two\"},null]"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(page.items()).containsExactly(new Probe(1, null, "a"));
    assertThat(page.failures()).singleElement().satisfies(f -> assertThat(f.index()).isEqualTo(1));
    Probe one = built.record().readValue("{\"id\":3,\"name\":\"c\",\"other\":true}");
    assertThat(one).isEqualTo(new Probe(3, null, "c"));
  }

  @Test
  void of_failedBuild_isThrownToTheCaller_andTheNextUseBuildsAgain() throws Exception {
    Resource<Flaky> flaky = Resource.builder("flaky", "test/flaky", Flaky.class).build();

    assertThatThrownBy(() -> Decoders.of(flaky)).hasStackTraceContaining("first build fails");
    Decoders.Built<Flaky> built = Decoders.of(flaky);

    assertThat(FLAKY_BUILDS).hasValue(2);
    assertThat(built.page().decode("[{\"id\":7,\"name\":\"g\"}]".getBytes(StandardCharsets.UTF_8)).items())
        .containsExactly(new Flaky(7, null, "g"));
  }

  /** A model of its own for the list shapes (the other tests count their models' builds). */
  record Shaped(@Nullable Integer id, @Nullable Info info, @Nullable String name) implements ConnectWiseRecord {
  }

  @Test
  void of_forecastShapedList_decodersOfTheirOwn() throws Exception {
    Resource<Shaped> plain = Resource.builder("probes", "test/probes", Shaped.class).build();
    Resource<Shaped> forecastShaped = Resource.builder("forecastProbes", "test/probes/{parentId}/forecast",
        Shaped.class).build();

    assertThat(Decoders.of(forecastShaped)).isNotSameAs(Decoders.of(plain));
    PageDecoder.Decoded<Shaped> page = Decoders.of(forecastShaped).page()
        .decode("{\"forecastItems\":[{\"id\":5,\"name\":\"e\"}]}".getBytes(StandardCharsets.UTF_8));
    assertThat(page.items()).containsExactly(new Shaped(5, null, "e"));
  }

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** A model whose decoders can never be built (a deserializer that cannot be created): a programming error. */
  record Broken(@Nullable Integer id, @Nullable Info info, @JsonDeserialize(using = BrokenDeserializer.class)
      @Nullable String name) implements ConnectWiseRecord {
  }

  /** Cannot be created. */
  static final class BrokenDeserializer extends StdDeserializer<String> {
    private static final long serialVersionUID = 1L;

    BrokenDeserializer() {
      super(String.class);
      throw new IllegalStateException("this model cannot be read");
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.getValueAsString();
    }
  }

  @Test
  void get_ofAModelWhoseDecodersCannotBeBuilt_failsTheRequest_notAsAnUnreadableRecord() {
    wm.stubFor(get("/v4_6_release/apis/3.0/test/broken/1").willReturn(okJson("{\"id\":1,\"name\":\"a\"}")));
    Resource<Broken> broken = Resource.builder("broken", "test/broken", Broken.class).build();
    ConnectWiseClient client = ConnectWiseClient.builder().baseUrl(wm.baseUrl() + "/v4_6_release/apis/3.0/")
        .companyId("acme").publicKey("pub").privateKey("secret").clientId("client").build();

    // A record failure would park this record as unreadable (naming a field) and go on with the next ones; the
    // model is what is broken, for every record alike, so the request fails (the stream, in a pull).
    assertThatThrownBy(() -> client.service(broken).get(1))
        .isInstanceOf(ConnectWiseClientException.class)
        .isNotInstanceOf(RecordDecodeException.class)
        .hasStackTraceContaining("this model cannot be read");
  }
}
