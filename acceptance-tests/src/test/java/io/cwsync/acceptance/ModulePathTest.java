package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cwsync.connectwise.ConnectWiseClient;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.mapping.SyncProfile;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import retrofit2.Retrofit;

/**
 * Checks the published modules' {@code module-info} on a real module path (the other tests run on the class path,
 * where descriptors are ignored): client, core and mapping resolve with their dependencies (Retrofit, OkHttp and Okio
 * as automatic modules), export only API packages, and the client works as a named module: Retrofit proxies its
 * internal interface and Jackson binds the model records it has opened to it, over HTTP against the simulator.
 */
@Timeout(60)
class ModulePathTest {

  private static Fixture fx;
  private static ModuleLayer layer;

  @BeforeAll
  static void layer() {
    fx = new Fixture();
    List<Path> modulePath = Stream.of(ConnectWiseClient.class, SyncCoordinator.class, SyncProfile.class,
            ObjectMapper.class, JsonParser.class, JsonProperty.class, JavaTimeModule.class, Caffeine.class,
            Retrofit.class, OkHttpClient.class, okio.Buffer.class, kotlin.Unit.class, Logger.class, NullMarked.class)
        .map(ModulePathTest::location).distinct().toList();
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf = boot.configuration().resolve(ModuleFinder.of(modulePath.toArray(Path[]::new)),
        ModuleFinder.of(), Set.of("io.cwsync.mapping"));
    layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  @AfterAll
  static void close() {
    fx.close();
  }

  @Test
  void descriptors_publishedModules_exportOnlyApiPackages() {
    assertThat(exports("io.cwsync.connectwise")).containsExactlyInAnyOrder(
        "io.cwsync.connectwise", "io.cwsync.connectwise.model", "io.cwsync.connectwise.query");
    assertThat(exports("io.cwsync.core")).containsExactlyInAnyOrder(
        "io.cwsync.core", "io.cwsync.core.model", "io.cwsync.core.spi", "io.cwsync.core.memory");
    assertThat(exports("io.cwsync.mapping")).containsExactly("io.cwsync.mapping");
    for (String module : List.of("io.cwsync.connectwise", "io.cwsync.core", "io.cwsync.mapping")) {
      assertThat(layer.findModule(module).orElseThrow().getDescriptor().packages())
          .as("%s keeps an internal package", module).anyMatch(p -> p.endsWith(".internal"));
    }
  }

  @Test
  void client_namedModule_listsCompaniesOverHttp() throws Exception {
    fx.loadCompanies(1, 3, java.time.Instant.parse("2026-01-01T00:00:00Z"));
    ClassLoader loader = layer.findLoader("io.cwsync.connectwise");
    Class<?> clientType = loader.loadClass("io.cwsync.connectwise.ConnectWiseClient");
    Class<?> builderType = loader.loadClass("io.cwsync.connectwise.ConnectWiseClient$Builder");
    Object builder = clientType.getMethod("builder").invoke(null);
    for (String[] setting : new String[][] {{"baseUrl", fx.sim.baseUrl()}, {"companyId", Fixture.COMPANY_ID},
        {"publicKey", Fixture.PUBLIC_KEY}, {"privateKey", Fixture.PRIVATE_KEY}, {"clientId", "cwsync-modules"}}) {
      builderType.getMethod(setting[0], String.class).invoke(builder, setting[1]);
    }
    Object client = builderType.getMethod("build").invoke(builder);
    assertThat(client.getClass().getModule().getName()).isEqualTo("io.cwsync.connectwise");

    Object companies = clientType.getMethod("companies").invoke(client);
    Class<?> service = loader.loadClass("io.cwsync.connectwise.ResourceService");
    Object company = service.getMethod("get", int.class).invoke(companies, 2);

    assertThat(company.getClass().getName()).isEqualTo("io.cwsync.connectwise.model.Company");
    assertThat(company.getClass().getMethod("name").invoke(company)).isEqualTo("Company 2");
  }

  private static Set<String> exports(String module) {
    return layer.findModule(module).orElseThrow().getDescriptor().exports().stream()
        .map(ModuleDescriptor.Exports::source).collect(java.util.stream.Collectors.toSet());
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
