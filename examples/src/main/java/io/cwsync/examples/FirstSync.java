package io.cwsync.examples;

import io.cwsync.connectwise.Resources;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.ConnectionSettings;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostAdapterRegistry;
import io.cwsync.core.spi.HostChanges;
import io.cwsync.mapping.ProfileSyncRules;
import io.cwsync.mapping.ReferenceData;
import io.cwsync.mapping.SyncMode;
import io.cwsync.mapping.SyncProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first sync in 30 lines, the code on README's first screen: a coordinator against a ConnectWise API base URL,
 * with core's in-memory stores and a host adapter over a map, pulls every company once and prints them.
 *
 * <p>Run against the bundled simulator by {@code FirstSyncTest}, or against a server with
 * {@code mvn -q -pl examples -am -DskipTests package exec:java -Dexec.mainClass=io.cwsync.examples.FirstSync
 * -Dexec.args="https://cw.example.com/v4_6_release/apis/3.0/ company publicKey privateKey clientId"}.
 */
public final class FirstSync {
  private FirstSync() {}

  /**
   * Runs one pull pass of the companies into a map and prints each company's name.
   *
   * @param args the API base URL, the company id, the public key, the private key and the client id
   */
  public static void main(String[] args) {
    ConnectionSettings connectWise = ConnectionSettings.onPremise(args[0], args[1], args[2], args[3], args[4]);
    Map<String, HostRecord> crm = new ConcurrentHashMap<>();              // your application's company table
    HostAdapter companies = new HostAdapter() {
      public EntityType entityType() { return EntityType.COMPANY; }
      public HostChanges changesSince(String cursor, int limit) { return new HostChanges(List.of(), cursor, false); }
      public Optional<HostRecord> find(String id) { return Optional.ofNullable(crm.get(id)); }
      public String create(HostRecord r) { String id = "c" + crm.size(); crm.put(id, r.withHostId(id)); return id; }
      public void update(HostRecord r) { crm.put(r.hostId(), r); }
    };
    SyncProfile profile = SyncProfile.builder().mode(SyncMode.PULL_ONLY)
        .selection(s -> s.syncCompaniesContactsOpportunities(true)).build();
    try (SyncCoordinator coordinator = SyncCoordinator.builder()
        .credentials((tenant, ref) -> Optional.of(connectWise))
        .adapters(HostAdapterRegistry.of(Map.of(EntityType.COMPANY, companies)))
        .rules(ProfileSyncRules.create(profile, ReferenceData.empty()))
        .inMemoryStores()                                                   // production: cwsync-store-jdbc
        .build()) {
      Tenant acme = Tenant.builder(TenantId.of("acme"))
          .flow(Flow.builder("companies", EntityType.COMPANY, Resources.COMPANIES).direction(Direction.PULL).build())
          .build();
      SyncReport report = coordinator.runPass(acme);                     // or schedule(acme) and start()
      System.out.println(report.successful() ? "synced" : "failed: " + report);
      crm.values().forEach(company -> System.out.println(company.field("name")));
    }
  }
}
