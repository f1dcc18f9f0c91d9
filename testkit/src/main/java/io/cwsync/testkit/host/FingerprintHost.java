package io.cwsync.testkit.host;

import static java.util.Objects.requireNonNull;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.HostAdapter;
import io.cwsync.core.spi.HostChanges;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A pull-only {@link HostAdapter} for tests and benchmarks that keeps one compact fingerprint (the hash of the
 * fields) per record, like a host persisting to its own database: its heap stays small however many records a pull
 * brings, so a benchmark measures the coordinator, not the host.
 *
 * <p>Host ids are {@code 1}, {@code 2}, ... in create order. It reports no changes of its own, so nothing is pushed;
 * {@link #find} returns a record without fields (there are none stored), so an update a pull brings carries the
 * fields ConnectWise changed. Pair it with rules for pull flows, such as {@link CompanyContactRules}.
 *
 * <pre>{@code
 * FingerprintHost companies = FingerprintHost.of(EntityType.COMPANY);
 * coordinator.runPass(tenant);
 * assertThat(companies.size()).isEqualTo(50_000);
 * }</pre>
 *
 * <p>Thread-safe. Open for extension, so a test can override one method.
 */
public class FingerprintHost implements HostAdapter {

  private final EntityType entityType;
  private final Map<String, Integer> fingerprints = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  /**
   * For subclasses; others use {@link #of(EntityType)}.
   *
   * @param entityType the kind of record this adapter holds
   */
  protected FingerprintHost(EntityType entityType) {
    this.entityType = requireNonNull(entityType, "entityType == null");
  }

  /**
   * Returns an empty host for one kind of record.
   *
   * @param entityType the kind of record this adapter holds
   * @return the host
   */
  public static FingerprintHost of(EntityType entityType) {
    return new FingerprintHost(entityType);
  }

  /**
   * Returns how many records were created.
   *
   * @return the number of host records
   */
  public int size() {
    return fingerprints.size();
  }

  /**
   * Returns the fingerprint of a record's last written fields.
   *
   * @param hostId a host id this adapter returned
   * @return the hash of its fields, empty for an unknown id
   */
  public Optional<Integer> fingerprint(String hostId) {
    return Optional.ofNullable(fingerprints.get(hostId));
  }

  @Override
  public EntityType entityType() {
    return entityType;
  }

  /** Returns no changes: the host never changes a record itself. */
  @Override
  public HostChanges changesSince(@Nullable String cursor, int limit) {
    return new HostChanges(List.of(), cursor, false);
  }

  /**
   * Returns a record with the id and no fields for an id this host created (only fingerprints are kept), so the
   * coordinator knows it still exists; empty for any other id.
   */
  @Override
  public Optional<HostRecord> find(String hostId) {
    return fingerprints.containsKey(hostId) ? Optional.of(HostRecord.builder(entityType, hostId).build())
        : Optional.empty();
  }

  @Override
  public String create(HostRecord record) {
    String id = Integer.toString(ids.incrementAndGet());
    fingerprints.put(id, record.fields().hashCode());
    return id;
  }

  @Override
  public void update(HostRecord record) {
    fingerprints.put(requireNonNull(record.hostId(), "record.hostId() == null"), record.fields().hashCode());
  }
}
