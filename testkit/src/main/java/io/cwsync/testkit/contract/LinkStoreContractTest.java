package io.cwsync.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cwsync.core.model.EntityType;
import io.cwsync.core.model.TenantId;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkRef;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.LinkStore;
import io.cwsync.core.spi.LinkStore.PutResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link LinkStore}: every clause of its Javadoc, absent cases included, plus races on
 * {@link LinkStore#putIfAbsent} and {@link LinkStore#replace} from real threads. Write intents (G4) are
 * {@link LinkState#PENDING_CREATE} links, so their life cycle is tested here too.
 *
 * <p>Extend it and implement {@link #newStore()}; a fresh, empty store is created before each test.
 */
public abstract class LinkStoreContractTest {

  static final TenantId TENANT = TenantId.of("tenant_a");
  static final TenantId OTHER_TENANT = TenantId.of("tenant_b");
  static final EntityType TYPE = EntityType.COMPANY;
  static final EntityType OTHER_TYPE = EntityType.CONTACT;
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private LinkStore store;

  /** Creates the suite; subclasses supply the store through {@link #newStore()}. */
  protected LinkStoreContractTest() {
  }

  /**
   * Returns a new, empty store; called before each test.
   *
   * @return the store under test
   */
  protected abstract LinkStore newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
  }

  private static Link linked(TenantId tenant, EntityType type, String hostId, long cwId) {
    return Link.linked(tenant, type, hostId, cwId, T0);
  }

  private static Link cwOnly(TenantId tenant, EntityType type, long cwId) {
    return new Link(tenant, type, null, cwId, LinkState.PENDING_CREATE, null, "cwfp", T0, Map.of(), false, false, 0,
        T0);
  }

  private static Link withVersion(Link l, long version) {
    return new Link(l.tenant(), l.type(), l.hostId(), l.cwId(), l.state(), l.hostFingerprint(), l.cwFingerprint(),
        l.cwLastUpdated(), l.snapshot(), l.hostEchoPending(), l.cwEchoPending(), version, l.updatedAt());
  }

  private static Link withFingerprint(Link l, String hostFingerprint) {
    return l.withSynced(hostFingerprint, l.cwFingerprint(), l.cwLastUpdated(), l.snapshot(), l.hostEchoPending(),
        l.cwEchoPending(), l.updatedAt());
  }

  private Link insert(Link l) {
    PutResult r = store.putIfAbsent(l);
    assertThat(r.inserted()).as("insert of %s", l).isTrue();
    return r.link();
  }

  /** Asserts that {@code actual} equals {@code expected} in every component but the version. */
  private static void assertSameContent(@Nullable Link actual, Link expected) {
    assertThat(actual).isNotNull();
    assertThat(withVersion(actual, 0)).isEqualTo(withVersion(expected, 0));
  }

  // ---- absent cases ----

  @Test
  void findByHostId_unknownTenantTypeOrId_returnsEmpty() {
    insert(linked(TENANT, TYPE, "h1", 1));

    assertThat(store.findByHostId(TENANT, TYPE, "h2")).isEmpty();
    assertThat(store.findByHostId(OTHER_TENANT, TYPE, "h1")).isEmpty();
    assertThat(store.findByHostId(TENANT, OTHER_TYPE, "h1")).isEmpty();
    assertThat(store.findByHostId(TenantId.of("never_seen"), EntityType.of("never_seen"), "h1")).isEmpty();
  }

  @Test
  void findByCwId_unknownTenantTypeOrId_returnsEmpty() {
    insert(linked(TENANT, TYPE, "h1", 1));

    assertThat(store.findByCwId(TENANT, TYPE, 2)).isEmpty();
    assertThat(store.findByCwId(OTHER_TENANT, TYPE, 1)).isEmpty();
    assertThat(store.findByCwId(TENANT, OTHER_TYPE, 1)).isEmpty();
    assertThat(store.findByCwId(TenantId.of("never_seen"), EntityType.of("never_seen"), 1)).isEmpty();
  }

  @Test
  void count_unknownTenantAndType_zero() {
    assertThat(store.count(TenantId.of("never_seen"), EntityType.of("never_seen"))).isZero();
  }

  @Test
  void findByState_nothingStored_returnsEmpty() {
    assertThat(store.findByState(TENANT, TYPE, LinkState.LINKED, 10)).isEmpty();
  }

  // ---- refs: findRefByHostId / findRefByCwId ----

  @Test
  void findRef_unknownTenantTypeOrId_returnsEmpty() {
    insert(linked(TENANT, TYPE, "h1", 1));

    assertThat(store.findRefByHostId(TENANT, TYPE, "h2")).isEmpty();
    assertThat(store.findRefByHostId(OTHER_TENANT, TYPE, "h1")).isEmpty();
    assertThat(store.findRefByHostId(TENANT, OTHER_TYPE, "h1")).isEmpty();
    assertThat(store.findRefByHostId(TenantId.of("never_seen"), EntityType.of("never_seen"), "h1")).isEmpty();
    assertThat(store.findRefByCwId(TENANT, TYPE, 2)).isEmpty();
    assertThat(store.findRefByCwId(OTHER_TENANT, TYPE, 1)).isEmpty();
    assertThat(store.findRefByCwId(TENANT, OTHER_TYPE, 1)).isEmpty();
    assertThat(store.findRefByCwId(TenantId.of("never_seen"), EntityType.of("never_seen"), 1)).isEmpty();
  }

  @Test
  void findRef_storedLink_equalsTheFullLinksIdsStateAndVersion() {
    Link link = insert(new Link(TENANT, TYPE, "h1", 42L, LinkState.LINKED, "hfp", "cwfp", T0.minusSeconds(5),
        Map.of("name", "Acme", "amount", new BigDecimal("12.50")), true, false, 0, T0));

    LinkRef byHost = store.findRefByHostId(TENANT, TYPE, "h1").orElseThrow();
    LinkRef byCw = store.findRefByCwId(TENANT, TYPE, 42).orElseThrow();

    assertThat(byHost).isEqualTo(new LinkRef("h1", 42L, LinkState.LINKED, 1)).isEqualTo(byCw);
    assertThat(byHost).isEqualTo(store.findByHostId(TENANT, TYPE, "h1").orElseThrow().ref())
        .isEqualTo(link.ref());
  }

  @Test
  void findRef_hostIdsOfEveryShape_comeBackAsStored() {
    // Decimal, zero-padded, non-Latin-1 and empty-looking ids: a store may encode each differently.
    List<String> hostIds = List.of("12345", "007", "0", "-5", "a b", "\u00e9t\u00e9", "\u4e2d\u6587", "9".repeat(25));
    long cwId = 100;
    for (String hostId : hostIds) {
      insert(linked(TENANT, TYPE, hostId, cwId++));
    }

    cwId = 100;
    for (String hostId : hostIds) {
      LinkRef expected = new LinkRef(hostId, cwId, LinkState.LINKED, 1);
      assertThat(store.findRefByHostId(TENANT, TYPE, hostId)).as("by host id %s", hostId).contains(expected);
      assertThat(store.findRefByCwId(TENANT, TYPE, cwId)).as("by cw id %s", cwId).contains(expected);
      cwId++;
    }
  }

  @Test
  void findRef_linkMissingOneId_hasNullForIt() {
    insert(cwOnly(TENANT, TYPE, 7));
    insert(Link.pendingCreate(TENANT, TYPE, "h1", T0));

    assertThat(store.findRefByCwId(TENANT, TYPE, 7)).contains(new LinkRef(null, 7L, LinkState.PENDING_CREATE, 1));
    assertThat(store.findRefByHostId(TENANT, TYPE, "h1"))
        .contains(new LinkRef("h1", null, LinkState.PENDING_CREATE, 1));
  }

  @Test
  void findRef_tombstonedLink_isPresentWithItsState() {
    Link stored = insert(linked(TENANT, TYPE, "h1", 1));
    Link tombstoned = store.replace(stored, stored.withState(LinkState.TOMBSTONED, 1L)).orElseThrow();

    assertThat(store.findRefByHostId(TENANT, TYPE, "h1")).contains(tombstoned.ref());
    assertThat(store.findRefByCwId(TENANT, TYPE, 1)).contains(new LinkRef("h1", 1L, LinkState.TOMBSTONED, 2));
  }

  @Test
  void findRef_afterReplace_seesTheNewIdsStateAndVersion() {
    Link intent = insert(Link.pendingCreate(TENANT, TYPE, "h1", T0));
    assertThat(store.findRefByCwId(TENANT, TYPE, 55)).isEmpty();

    Link linked = store.replace(intent, intent.withState(LinkState.LINKED, 55L)).orElseThrow();

    assertThat(store.findRefByHostId(TENANT, TYPE, "h1")).contains(new LinkRef("h1", 55L, LinkState.LINKED, 2));
    assertThat(store.findRefByCwId(TENANT, TYPE, 55)).contains(linked.ref());
  }

  @Test
  void findRef_afterRemove_returnsEmptyBothWays() {
    Link stored = insert(linked(TENANT, TYPE, "h1", 1));
    assertThat(store.findRefByHostId(TENANT, TYPE, "h1")).isPresent();
    assertThat(store.findRefByCwId(TENANT, TYPE, 1)).isPresent();

    assertThat(store.remove(stored)).isTrue();

    assertThat(store.findRefByHostId(TENANT, TYPE, "h1")).isEmpty();
    assertThat(store.findRefByCwId(TENANT, TYPE, 1)).isEmpty();
  }

  // ---- putIfAbsent ----

  @Test
  void putIfAbsent_newLink_storesEveryComponentWithVersionOne() {
    Link link = new Link(TENANT, TYPE, "h1", 42L, LinkState.LINKED, "hfp", "cwfp", T0.minusSeconds(5),
        Map.of("name", "Acme", "amount", new BigDecimal("12.50")), true, false, 77, T0);

    PutResult r = store.putIfAbsent(link);

    assertThat(r.inserted()).isTrue();
    assertThat(r.link().version()).as("the store assigns version 1, ignoring the given one").isEqualTo(1);
    assertSameContent(r.link(), link);
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(r.link());
    assertThat(store.findByCwId(TENANT, TYPE, 42)).contains(r.link());
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void putAllIfAbsent_intentsAndAConflict_eachAsPutIfAbsentInOrder() {
    Link existing = insert(cwOnly(TENANT, TYPE, 2));

    List<PutResult> r = store.putAllIfAbsent(List.of(cwOnly(TENANT, TYPE, 1), cwOnly(TENANT, TYPE, 2),
        cwOnly(TENANT, TYPE, 3), linked(TENANT, TYPE, "h4", 4)));

    assertThat(r).extracting(PutResult::inserted).containsExactly(true, false, true, true);
    assertThat(r.get(1).link()).as("the conflicting link, not overwritten").isEqualTo(existing);
    assertThat(r.get(0).link().version()).isEqualTo(1);
    assertSameContent(r.get(2).link(), cwOnly(TENANT, TYPE, 3));
    assertThat(store.findByCwId(TENANT, TYPE, 1)).contains(r.get(0).link());
    assertThat(store.findByCwId(TENANT, TYPE, 3)).contains(r.get(2).link());
    assertThat(store.findByHostId(TENANT, TYPE, "h4")).contains(r.get(3).link());
    assertThat(store.count(TENANT, TYPE)).isEqualTo(4);
    assertThat(store.putAllIfAbsent(List.of())).isEmpty();
  }

  @Test
  void putIfAbsent_sameHostId_returnsExistingAndDoesNotOverwrite() {
    Link first = insert(linked(TENANT, TYPE, "h1", 1));

    PutResult r = store.putIfAbsent(linked(TENANT, TYPE, "h1", 2));

    assertThat(r.inserted()).isFalse();
    assertThat(r.link()).isEqualTo(first);
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(first);
    assertThat(store.findByCwId(TENANT, TYPE, 2)).as("the rejected link's cw id is not indexed").isEmpty();
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void putIfAbsent_sameCwId_returnsExistingAndDoesNotOverwrite() {
    Link first = insert(linked(TENANT, TYPE, "h1", 1));

    PutResult r = store.putIfAbsent(linked(TENANT, TYPE, "h2", 1));

    assertThat(r.inserted()).isFalse();
    assertThat(r.link()).isEqualTo(first);
    assertThat(store.findByCwId(TENANT, TYPE, 1)).contains(first);
    assertThat(store.findByHostId(TENANT, TYPE, "h2")).as("the rejected link's host id is not indexed").isEmpty();
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void putIfAbsent_conflictOnBothIds_returnsHostIdConflict() {
    Link byHost = insert(linked(TENANT, TYPE, "h1", 1));
    insert(linked(TENANT, TYPE, "h2", 2));

    PutResult r = store.putIfAbsent(linked(TENANT, TYPE, "h1", 2));

    assertThat(r.inserted()).isFalse();
    assertThat(r.link()).isEqualTo(byHost);
  }

  @Test
  void putIfAbsent_cwOnlyLinkMatchingExistingCwId_returnsExisting() {
    Link first = insert(linked(TENANT, TYPE, "h1", 1));

    PutResult r = store.putIfAbsent(cwOnly(TENANT, TYPE, 1));

    assertThat(r.inserted()).isFalse();
    assertThat(r.link()).isEqualTo(first);
  }

  @Test
  void putIfAbsent_writeIntentWithoutCwId_isFoundByHostIdOnly() {
    Link intent = insert(Link.pendingCreate(TENANT, TYPE, "h1", T0));

    assertThat(intent.state()).isEqualTo(LinkState.PENDING_CREATE);
    assertThat(intent.cwId()).isNull();
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(intent);
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);

    PutResult second = store.putIfAbsent(Link.pendingCreate(TENANT, TYPE, "h1", T0.plusSeconds(1)));
    assertThat(second.inserted()).as("a second intent for the same host record").isFalse();
    assertThat(second.link()).isEqualTo(intent);
  }

  @Test
  void putIfAbsent_linkWithoutHostId_isFoundByCwIdOnly() {
    Link pulled = insert(cwOnly(TENANT, TYPE, 7));

    assertThat(pulled.hostId()).isNull();
    assertThat(store.findByCwId(TENANT, TYPE, 7)).contains(pulled);
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void putIfAbsent_sameIdsInOtherTenantOrType_areIndependentLinks() {
    Link a = insert(linked(TENANT, TYPE, "h1", 1));
    Link b = insert(linked(OTHER_TENANT, TYPE, "h1", 1));
    Link c = insert(linked(TENANT, OTHER_TYPE, "h1", 1));

    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(a);
    assertThat(store.findByHostId(OTHER_TENANT, TYPE, "h1")).contains(b);
    assertThat(store.findByCwId(TENANT, OTHER_TYPE, 1)).contains(c);
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
    assertThat(store.count(OTHER_TENANT, TYPE)).isEqualTo(1);
    assertThat(store.count(TENANT, OTHER_TYPE)).isEqualTo(1);
  }

  // ---- replace ----

  @Test
  void replace_currentVersion_storesReplacementWithNextVersion() {
    Link stored = insert(linked(TENANT, TYPE, "h1", 1));
    Link replacement = withVersion(stored.withSynced("hfp", "cwfp", T0, Map.of("name", "Acme"), false, true,
        T0.plusSeconds(30)), 999);

    Optional<Link> result = store.replace(stored, replacement);

    assertThat(result).isPresent();
    assertThat(result.get().version()).as("version + 1, the replacement's own version ignored").isEqualTo(2);
    assertSameContent(result.get(), replacement);
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).isEqualTo(result);
    assertThat(store.findByCwId(TENANT, TYPE, 1)).isEqualTo(result);
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void replace_eachSuccess_incrementsVersionByOne() {
    Link current = insert(linked(TENANT, TYPE, "h1", 1));
    for (int i = 0; i < 5; i++) {
      current = store.replace(current, withFingerprint(current, "fp" + i)).orElseThrow();
    }

    assertThat(current.version()).isEqualTo(6);
    assertThat(store.findByHostId(TENANT, TYPE, "h1").orElseThrow().hostFingerprint()).isEqualTo("fp4");
  }

  @Test
  void replace_staleVersion_returnsEmptyAndChangesNothing() {
    Link v1 = insert(linked(TENANT, TYPE, "h1", 1));
    Link v2 = store.replace(v1, withFingerprint(v1, "new")).orElseThrow();

    Optional<Link> stale = store.replace(v1, withFingerprint(v1, "stale"));

    assertThat(stale).isEmpty();
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(v2);
  }

  @Test
  void replace_futureVersion_returnsEmpty() {
    Link v1 = insert(linked(TENANT, TYPE, "h1", 1));

    assertThat(store.replace(withVersion(v1, 2), withFingerprint(v1, "x"))).isEmpty();
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(v1);
  }

  @Test
  void replace_absentLink_returnsEmptyAndNeverCreates() {
    Link never = withVersion(linked(TENANT, TYPE, "h1", 1), 1);

    assertThat(store.replace(never, never)).isEmpty();
    assertThat(store.replace(withVersion(never, 0), never)).isEmpty();
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).isEmpty();
    assertThat(store.findByCwId(TENANT, TYPE, 1)).isEmpty();
    assertThat(store.count(TENANT, TYPE)).isZero();
  }

  @Test
  void replace_sameIdsInTwoTenants_changesOnlyTheNamedTenant() {
    Link a = insert(linked(TENANT, TYPE, "h1", 1));
    Link b = insert(linked(OTHER_TENANT, TYPE, "h1", 1));

    Link a2 = store.replace(a, withFingerprint(a, "a2")).orElseThrow();

    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(a2);
    assertThat(store.findByHostId(OTHER_TENANT, TYPE, "h1")).as("the other tenant's link is untouched").contains(b);
    assertThat(store.findByCwId(OTHER_TENANT, TYPE, 1)).contains(b);
    assertThat(store.replace(b, withFingerprint(b, "b2"))).as("its version is its own").isPresent();
  }

  @Test
  void replace_replacementWithOtherTenantOrType_throwsIllegalArgument() {
    Link a = insert(linked(TENANT, TYPE, "h1", 1));

    assertThatThrownBy(() -> store.replace(a, linked(OTHER_TENANT, TYPE, "h1", 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.replace(a, linked(TENANT, OTHER_TYPE, "h1", 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(a);
    assertThat(store.findByHostId(OTHER_TENANT, TYPE, "h1")).isEmpty();
  }

  @Test
  void replace_writeIntentResolved_addsCwIdAndIndexesIt() {
    Link intent = insert(Link.pendingCreate(TENANT, TYPE, "h1", T0));

    Link linked = store.replace(intent, intent.withState(LinkState.LINKED, 55L)).orElseThrow();

    assertThat(linked.state()).isEqualTo(LinkState.LINKED);
    assertThat(linked.version()).isEqualTo(2);
    assertThat(store.findByCwId(TENANT, TYPE, 55)).contains(linked);
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(linked);
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void replace_cwIdHeldByAnotherLink_returnsEmptyAndChangesNothing() {
    Link other = insert(linked(TENANT, TYPE, "h2", 55));
    Link intent = insert(Link.pendingCreate(TENANT, TYPE, "h1", T0));

    Optional<Link> result = store.replace(intent, intent.withState(LinkState.LINKED, 55L));

    assertThat(result).isEmpty();
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(intent);
    assertThat(store.findByCwId(TENANT, TYPE, 55)).contains(other);
  }

  @Test
  void replace_linkWithoutHostId_matchedByCwIdAndGainsHostId() {
    Link pulled = insert(cwOnly(TENANT, TYPE, 7));

    Link done = store.replace(pulled, pulled.withHostId("h7").withState(LinkState.LINKED, 7L)).orElseThrow();

    assertThat(done.version()).isEqualTo(2);
    assertThat(store.findByHostId(TENANT, TYPE, "h7")).contains(done);
    assertThat(store.findByCwId(TENANT, TYPE, 7)).contains(done);
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void replace_hostIdHeldByAnotherLink_returnsEmptyAndChangesNothing() {
    Link holder = insert(linked(TENANT, TYPE, "h1", 1));
    Link pulled = insert(cwOnly(TENANT, TYPE, 7));

    Optional<Link> result = store.replace(pulled, pulled.withHostId("h1").withState(LinkState.LINKED, 7L));

    assertThat(result).isEmpty();
    assertThat(store.findByCwId(TENANT, TYPE, 7)).contains(pulled);
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(holder);
    assertThat(store.findByCwId(TENANT, TYPE, 1)).contains(holder);
  }

  @Test
  void replace_afterRemove_returnsEmptyAndDoesNotRecreate() {
    Link stored = insert(linked(TENANT, TYPE, "h1", 1));
    assertThat(store.remove(stored)).isTrue();

    assertThat(store.replace(stored, withFingerprint(stored, "x"))).isEmpty();
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).isEmpty();
    assertThat(store.count(TENANT, TYPE)).isZero();
  }

  // ---- remove ----

  @Test
  void remove_currentVersion_removesBothWaysAndFreesTheIds() {
    Link stored = insert(linked(TENANT, TYPE, "h1", 1));
    insert(linked(TENANT, TYPE, "h2", 2));

    assertThat(store.remove(stored)).isTrue();

    assertThat(store.findByHostId(TENANT, TYPE, "h1")).isEmpty();
    assertThat(store.findByCwId(TENANT, TYPE, 1)).isEmpty();
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
    assertThat(store.putIfAbsent(linked(TENANT, TYPE, "h1", 1)).inserted()).as("ids free again").isTrue();
  }

  @Test
  void remove_staleVersion_returnsFalseAndKeepsTheLink() {
    Link v1 = insert(linked(TENANT, TYPE, "h1", 1));
    Link v2 = store.replace(v1, withFingerprint(v1, "x")).orElseThrow();

    assertThat(store.remove(v1)).isFalse();
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(v2);
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void remove_absentLink_returnsFalse() {
    assertThat(store.remove(withVersion(linked(TENANT, TYPE, "h1", 1), 1))).isFalse();
    Link other = insert(linked(OTHER_TENANT, TYPE, "h1", 1));

    assertThat(store.remove(withVersion(linked(TENANT, TYPE, "h1", 1), 1))).as("same ids, other tenant").isFalse();
    assertThat(store.findByHostId(OTHER_TENANT, TYPE, "h1")).contains(other);
  }

  @Test
  void remove_linkWithoutHostId_removesByCwId() {
    Link pulled = insert(cwOnly(TENANT, TYPE, 7));

    assertThat(store.remove(pulled)).isTrue();
    assertThat(store.findByCwId(TENANT, TYPE, 7)).isEmpty();
    assertThat(store.count(TENANT, TYPE)).isZero();
  }

  // ---- findByState and count ----

  @Test
  void findByState_mixedStates_returnsEachMatchingLinkOnceForTheTenantAndType() {
    Link l1 = insert(linked(TENANT, TYPE, "h1", 1));
    Link l2 = insert(linked(TENANT, TYPE, "h2", 2));
    Link intent = insert(Link.pendingCreate(TENANT, TYPE, "h3", T0));
    Link pulled = insert(cwOnly(TENANT, TYPE, 4));
    Link tomb = insert(linked(TENANT, TYPE, "h5", 5));
    tomb = store.replace(tomb, tomb.withState(LinkState.TOMBSTONED, 5L)).orElseThrow();
    insert(linked(OTHER_TENANT, TYPE, "h9", 9));
    insert(linked(TENANT, OTHER_TYPE, "h8", 8));

    assertThat(store.findByState(TENANT, TYPE, LinkState.LINKED, 100)).containsExactlyInAnyOrder(l1, l2);
    assertThat(store.findByState(TENANT, TYPE, LinkState.PENDING_CREATE, 100))
        .containsExactlyInAnyOrder(intent, pulled);
    assertThat(store.findByState(TENANT, TYPE, LinkState.TOMBSTONED, 100)).containsExactly(tomb);
    assertThat(store.findByState(TENANT, TYPE, LinkState.LEFT_SCOPE, 100)).isEmpty();
    assertThat(store.count(TENANT, TYPE)).as("count covers every state").isEqualTo(5);
  }

  @Test
  void findByState_moreThanLimit_returnsExactlyLimitDistinctMatches() {
    for (int i = 0; i < 10; i++) {
      insert(linked(TENANT, TYPE, "h" + i, i));
    }

    List<Link> three = store.findByState(TENANT, TYPE, LinkState.LINKED, 3);

    assertThat(three).hasSize(3).doesNotHaveDuplicates().allMatch(l -> l.state() == LinkState.LINKED);
  }

  // ---- races ----

  @Test
  void putIfAbsent_concurrentSameHostId_exactlyOneInserted() {
    List<PutResult> results = Races.race(Races.THREADS, i -> store.putIfAbsent(linked(TENANT, TYPE, "h1", 100 + i)));

    List<PutResult> winners = results.stream().filter(PutResult::inserted).toList();
    assertThat(winners).hasSize(1);
    Link winner = winners.get(0).link();
    assertThat(results).filteredOn(r -> !r.inserted()).allSatisfy(r -> assertThat(r.link()).isEqualTo(winner));
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(winner);
    for (int i = 0; i < Races.THREADS; i++) {
      if (winner.cwId() != 100 + i) {
        assertThat(store.findByCwId(TENANT, TYPE, 100 + i)).isEmpty();
      }
    }
  }

  @Test
  void putIfAbsent_concurrentSameCwId_exactlyOneInserted() {
    List<PutResult> results = Races.race(Races.THREADS, i -> store.putIfAbsent(linked(TENANT, TYPE, "h" + i, 1)));

    assertThat(results).filteredOn(PutResult::inserted).hasSize(1);
    Link winner = store.findByCwId(TENANT, TYPE, 1).orElseThrow();
    assertThat(results).filteredOn(r -> !r.inserted()).allSatisfy(r -> assertThat(r.link()).isEqualTo(winner));
    assertThat(store.count(TENANT, TYPE)).isEqualTo(1);
  }

  @Test
  void putIfAbsent_concurrentCrossedIds_neverTwoLinksSharingAnId() {
    // Thread i claims (h[i % 2], cw[i / 2 % 2]): any two winners would share an id unless the store checks both
    // indexes atomically.
    List<PutResult> results = Races.race(Races.THREADS,
        i -> store.putIfAbsent(linked(TENANT, TYPE, "h" + (i % 2), 10 + (i / 2 % 2))));

    List<Link> winners = results.stream().filter(PutResult::inserted).map(PutResult::link).toList();
    assertThat(winners).hasSizeBetween(1, 2);
    Set<String> hosts = new HashSet<>();
    Set<Long> cws = new HashSet<>();
    for (Link w : winners) {
      assertThat(hosts.add(w.hostId())).as("host id %s linked twice", w.hostId()).isTrue();
      assertThat(cws.add(w.cwId())).as("cw id %s linked twice", w.cwId()).isTrue();
    }
    assertThat(store.count(TENANT, TYPE)).isEqualTo(winners.size());
  }

  @Test
  void replace_concurrentFromSameVersion_exactlyOneWins() {
    Link v1 = insert(linked(TENANT, TYPE, "h1", 1));

    List<Optional<Link>> results = Races.race(Races.THREADS,
        i -> store.replace(v1, withFingerprint(v1, "writer" + i)));

    List<Link> winners = results.stream().flatMap(Optional::stream).toList();
    assertThat(winners).hasSize(1);
    assertThat(winners.get(0).version()).isEqualTo(2);
    assertThat(store.findByHostId(TENANT, TYPE, "h1")).contains(winners.get(0));
  }

  @Test
  void replace_concurrentReadModifyWriteLoops_loseNoUpdate() {
    insert(withFingerprint(linked(TENANT, TYPE, "h1", 1), "0"));
    int perThread = 50;

    Races.race(Races.THREADS, i -> {
      for (int n = 0; n < perThread; n++) {
        while (true) {
          Link cur = store.findByHostId(TENANT, TYPE, "h1").orElseThrow();
          String next = Integer.toString(Integer.parseInt(cur.hostFingerprint()) + 1);
          if (store.replace(cur, withFingerprint(cur, next)).isPresent()) {
            break;
          }
        }
      }
      return null;
    });

    Link end = store.findByHostId(TENANT, TYPE, "h1").orElseThrow();
    assertThat(end.hostFingerprint()).isEqualTo(Integer.toString(Races.THREADS * perThread));
    assertThat(end.version()).isEqualTo(1L + Races.THREADS * perThread);
  }

  @Test
  void replace_concurrentIntentsClaimingOneCwId_onlyOneLinked() {
    List<Link> intents = new java.util.ArrayList<>();
    for (int i = 0; i < Races.THREADS; i++) {
      intents.add(insert(Link.pendingCreate(TENANT, TYPE, "h" + i, T0)));
    }

    List<Optional<Link>> results = Races.race(Races.THREADS,
        i -> store.replace(intents.get(i), intents.get(i).withState(LinkState.LINKED, 500L)));

    assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
    Link winner = store.findByCwId(TENANT, TYPE, 500).orElseThrow();
    assertThat(store.findByState(TENANT, TYPE, LinkState.PENDING_CREATE, 100)).hasSize(Races.THREADS - 1)
        .noneMatch(l -> l.hostId().equals(winner.hostId()));
  }
}
