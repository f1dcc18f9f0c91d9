package io.cwsync.testkit.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.connectwise.Resources;
import io.cwsync.core.StreamStatus;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.memory.MemoryLinkStore;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.HostRef;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.testkit.contract.ForwardingLinkStore;
import io.cwsync.testkit.simulator.ConnectWiseSimulator;
import io.cwsync.testkit.simulator.ConnectWiseSimulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The testkit's rules and host pulling companies and contacts from the simulator through a real coordinator. */
class CompanyContactRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  final ConnectWiseSimulatorExtension ext = ConnectWiseSimulatorExtension.of(ConnectWiseSimulator.builder()
      .companyId("acme").publicKey("pub").privateKey("priv"));

  /** Remembers what the coordinator wrote, besides the fingerprints. */
  static final class RecordingHost extends FingerprintHost {
    final List<HostRecord> written = new CopyOnWriteArrayList<>();

    RecordingHost(EntityType type) {
      super(type);
    }

    @Override
    public String create(HostRecord record) {
      String id = super.create(record);
      written.add(record.toBuilder().hostId(id).build());
      return id;
    }

    @Override
    public void update(HostRecord record) {
      super.update(record);
      written.add(record);
    }

    @Override
    public List<HostRecord> findByNaturalKey(Map<String, Object> naturalKey) {
      return written.stream().filter(r -> naturalKey.entrySet().stream()
          .allMatch(e -> e.getValue().equals(r.field(e.getKey())))).limit(1).toList();
    }
  }

  @Test
  void runPass_companiesAndContacts_mapsTheirFieldsAndTheContactsCompany() {
    ConnectWiseSimulator sim = ext.simulator();
    sim.create("company/companies", obj("{'identifier':'ACME','name':'Acme Inc','city':'Tampa'}"));
    sim.create("company/companies", obj("{'identifier':'GLOBEX','name':'Globex','zip':'33602'}"));
    int acme = sim.records("company/companies").get(0).get("id").asInt();
    sim.create("company/contacts", obj("{'firstName':'Ada','lastName':'Lovelace','company':{'id':" + acme + "}}"));
    RecordingHost companies = new RecordingHost(EntityType.COMPANY);
    RecordingHost contacts = new RecordingHost(EntityType.CONTACT);
    SyncCoordinator coordinator = coordinator(sim, companies, contacts);

    SyncReport report = coordinator.runPass(tenant());

    assertThat(report.streams()).allSatisfy(s -> assertThat(s.status()).isEqualTo(StreamStatus.COMPLETED));
    assertThat(companies.size()).isEqualTo(2);
    assertThat(contacts.size()).isEqualTo(1);
    HostRecord acmeRecord = companies.written.stream().filter(r -> "ACME".equals(r.field("identifier")))
        .findFirst().orElseThrow();
    assertThat(((Number) acmeRecord.field("cwId")).longValue()).isEqualTo(acme);
    assertThat(acmeRecord.fields()).containsEntry("name", "Acme Inc")
        .containsEntry("city", "Tampa");
    HostRecord globex = companies.written.stream().filter(r -> "GLOBEX".equals(r.field("identifier")))
        .findFirst().orElseThrow();
    assertThat(globex.fields()).as("a field ConnectWise leaves empty is absent").doesNotContainKey("city");
    assertThat(contacts.written.get(0).fields()).containsEntry("firstName", "Ada")
        .containsEntry("lastName", "Lovelace")
        .containsEntry("company", new HostRef(EntityType.COMPANY, acmeRecord.hostId()));
  }

  @Test
  void runPass_companyChangedInConnectWise_updatesItsFingerprint() {
    ConnectWiseSimulator sim = ext.simulator();
    int id = sim.create("company/companies", obj("{'identifier':'ACME','name':'Acme Inc','city':'Tampa'}"))
        .get("id").asInt();
    RecordingHost companies = new RecordingHost(EntityType.COMPANY);
    SyncCoordinator coordinator = coordinator(sim, companies, new RecordingHost(EntityType.CONTACT));
    coordinator.runPass(tenant());
    String hostId = companies.written.get(0).hostId();
    Integer before = companies.fingerprint(hostId).orElseThrow();

    // A later lastUpdated than the first pass saw (the simulator's clock stands still otherwise).
    sim.clock().advance(Duration.ofMinutes(1));
    sim.update("company/companies", id, c -> c.put("city", "Orlando"));
    coordinator.runPass(tenant());

    assertThat(companies.size()).isEqualTo(1);
    assertThat(companies.written.get(companies.written.size() - 1).fields()).containsEntry("city", "Orlando");
    assertThat(companies.fingerprint(hostId)).isPresent().get().isNotEqualTo(before);
    assertThat(companies.fingerprint("no-such-id")).isEmpty();
    assertThat(companies.find(hostId)).isPresent();
    assertThat(companies.find("no-such-id")).isEmpty();
  }

  @Test
  void runPass_freshStoresOverAHostHoldingTheCompanies_matchesThemByIdentifierInsteadOfCreatingAgain() {
    ConnectWiseSimulator sim = ext.simulator();
    sim.create("company/companies", obj("{'identifier':'ACME','name':'Acme Inc','city':'Tampa'}"));
    RecordingHost companies = new RecordingHost(EntityType.COMPANY);
    RecordingHost contacts = new RecordingHost(EntityType.CONTACT);
    coordinator(sim, companies, contacts).runPass(tenant());

    SyncReport again = coordinator(sim, companies, contacts).runPass(tenant());

    assertThat(again.successful()).isTrue();
    assertThat(companies.size()).as("linked to the existing host record, not created twice").isEqualTo(1);
  }

  /** Counts the link store's full and ref lookups per entity type. */
  static final class CountingLinks extends ForwardingLinkStore {
    final Map<EntityType, AtomicInteger> full = new ConcurrentHashMap<>();
    final Map<EntityType, AtomicInteger> refs = new ConcurrentHashMap<>();

    CountingLinks() {
      super(new MemoryLinkStore());
    }

    private static int count(Map<EntityType, AtomicInteger> counts, EntityType type) {
      return counts.computeIfAbsent(type, t -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public Optional<Link> findByHostId(TenantId tenant, EntityType type, String hostId) {
      count(full, type);
      return super.findByHostId(tenant, type, hostId);
    }

    @Override
    public Optional<Link> findByCwId(TenantId tenant, EntityType type, long cwId) {
      count(full, type);
      return super.findByCwId(tenant, type, cwId);
    }

    @Override
    public Optional<LinkRef> findRefByHostId(TenantId tenant, EntityType type, String hostId) {
      count(refs, type);
      return super.findRefByHostId(tenant, type, hostId);
    }

    @Override
    public Optional<LinkRef> findRefByCwId(TenantId tenant, EntityType type, long cwId) {
      count(refs, type);
      return super.findRefByCwId(tenant, type, cwId);
    }
  }

  @Test
  void runPass_contactsReferencingLinkedCompanies_resolveThemWithRefLookupsNotWholeLinks() {
    ConnectWiseSimulator sim = ext.simulator();
    int acme = sim.create("company/companies", obj("{'identifier':'ACME','name':'Acme Inc','city':'Tampa'}"))
        .get("id").asInt();
    sim.create("company/contacts", obj("{'firstName':'Ada','lastName':'Lovelace','company':{'id':" + acme + "}}"));
    sim.create("company/contacts", obj("{'firstName':'Alan','lastName':'Turing','company':{'id':" + acme + "}}"));
    RecordingHost companies = new RecordingHost(EntityType.COMPANY);
    RecordingHost contacts = new RecordingHost(EntityType.CONTACT);
    CountingLinks links = new CountingLinks();
    SyncCoordinator.Builder builder = SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(sim.baseUrl(), "acme", "pub", "priv",
            "client")))
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companies, EntityType.CONTACT, contacts)))
        .rules(CompanyContactRules.create())
        .inMemoryStores()
        .linkStore(links);
    Flow companyFlow = Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build();
    builder.build().runPass(Tenant.builder(TenantId.of("acme")).flow(companyFlow).build());
    links.full.clear();
    links.refs.clear();

    // The contacts alone, so every company lookup in this pass is a contact's reference.
    SyncReport report = builder.build().runPass(Tenant.builder(TenantId.of("acme"))
        .flow(Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).build()).build());

    assertThat(report.successful()).isTrue();
    HostRef acmeRef = new HostRef(EntityType.COMPANY, companies.written.get(0).hostId());
    assertThat(contacts.written).hasSize(2).allSatisfy(c -> assertThat(c.field("company")).isEqualTo(acmeRef));
    assertThat(links.refs.get(EntityType.COMPANY)).as("ref lookups of the company").isNotNull()
        .satisfies(n -> assertThat(n.get()).isGreaterThanOrEqualTo(2));
    assertThat(links.full.get(EntityType.COMPANY)).as("whole company links read").isNull();
  }

  private static SyncCoordinator coordinator(ConnectWiseSimulator sim, FingerprintHost companies,
      FingerprintHost contacts) {
    return SyncCoordinator.builder()
        .credentials((t, ref) -> Optional.of(ConnectionSettings.onPremise(sim.baseUrl(), "acme", "pub", "priv",
            "client")))
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companies, EntityType.CONTACT, contacts)))
        .rules(CompanyContactRules.create())
        .inMemoryStores()
        .build();
  }

  private static Tenant tenant() {
    return Tenant.builder(TenantId.of("acme"))
        .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).build())
        .flow(Flow.builder("contacts", EntityType.CONTACT, Resources.CONTACTS).dependsOn("companies").build())
        .build();
  }

  private static ObjectNode obj(String json) {
    try {
      return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
