package io.cwsync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.SyncCoordinator;
import io.cwsync.core.SyncReport;
import io.cwsync.core.model.Direction;
import io.cwsync.core.model.Tenant;
import io.cwsync.core.spi.AuditEntry;
import io.cwsync.core.spi.AuditQuery;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.RetryItem;
import io.cwsync.core.spi.RetryKey;
import io.cwsync.core.spi.RetryState;
import io.cwsync.core.spi.SyncAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 5: a record ConnectWise sends that cannot be read (a bad date, a bad boolean) is parked with its id
 * and the reason naming the field; the other records of its page and of the pages after it arrive, the cursor moves
 * past it, and the next pass does not fail on it again unless it changed.
 */
class PoisonRecordTest {
  private static final int RECORDS = 25;
  private static final int PAGE = 10;
  private static final int BAD_DATE = 12;
  private static final int BAD_FLAG = 20;

  private static void loadWithPoison(World w) {
    List<ObjectNode> records = new ArrayList<>();
    for (int id = 1; id <= RECORDS; id++) {
      Instant at = Fixture.T0.minus(Duration.ofHours(2)).plusSeconds(id);
      ObjectNode c = Fixture.company("C" + id, "Company " + id, "City " + (id % 7));
      c.put("id", id);
      ObjectNode info = c.putObject("_info");
      info.put("lastUpdated", at.toString());
      info.put("dateEntered", at.toString());
      if (id == BAD_DATE) {
        c.put("dateAcquired", "not a date");
      }
      if (id == BAD_FLAG) {
        c.put("leadFlag", "perhaps");
      }
      records.add(c);
    }
    w.fx.sim.load(Oracle.COMPANIES, records);
  }

  private static List<AuditEntry> failures(World w) {
    return w.audit.query(new AuditQuery(w.tenantId, null, null, Set.of(Outcome.FAILED), null, 1_000));
  }

  @Test
  void runPass_unreadableRecordsInThreePageStream_othersArriveBadOnesParkedWithIdAndReason() {
    try (World w = new World()) {
      loadWithPoison(w);
      Tenant tenant = w.tenant(Direction.PULL);
      SyncCoordinator c = w.builder("node-1").pageSize(PAGE).build();

      SyncReport first = c.runPass(tenant);

      assertThat(first.successful()).as("two unreadable records do not fail the run").isTrue();
      assertThat(first.count(SyncAction.CREATE)).isEqualTo(RECORDS - 2);
      assertThat(w.host.size()).isEqualTo(RECORDS - 2);
      RetryItem badDate = w.retries.find(new RetryKey(World.TENANT, World.FLOW, Direction.PULL,
          Integer.toString(BAD_DATE))).orElseThrow();
      assertThat(badDate.state()).isEqualTo(RetryState.PARKED);
      assertThat(badDate.reason()).contains("record " + BAD_DATE).contains("dateAcquired: not a date")
          .doesNotContain("not a date\"");
      RetryItem badFlag = w.retries.find(new RetryKey(World.TENANT, World.FLOW, Direction.PULL,
          Integer.toString(BAD_FLAG))).orElseThrow();
      assertThat(badFlag.state()).isEqualTo(RetryState.PARKED);
      assertThat(badFlag.reason()).contains("leadFlag: not a boolean").doesNotContain("perhaps");
      assertThat(failures(w)).extracting(AuditEntry::cwId).containsExactlyInAnyOrder((long) BAD_DATE,
          (long) BAD_FLAG);
      assertThat(failures(w)).allSatisfy(e -> assertThat(e.action()).isEqualTo(SyncAction.PARKED));

      // Next pass: nothing new fails; the parked records stay parked, unchanged.
      w.fx.clock.advance(Duration.ofMinutes(20));
      SyncReport second = c.runPass(tenant);
      assertThat(second.count(SyncAction.PARKED) + second.count(SyncAction.ERROR)).isZero();
      assertThat(failures(w)).hasSize(2);

      // ConnectWise changes the bad record (a valid date now): it is read again and arrives.
      w.fx.clock.advance(Duration.ofMinutes(1));
      w.fx.sim.update(Oracle.COMPANIES, BAD_DATE, n -> n.put("dateAcquired", "2020-01-01T00:00:00Z"));
      SyncReport third = c.runPass(tenant);
      assertThat(third.count(SyncAction.CREATE)).isEqualTo(1);
      assertThat(w.host.size()).isEqualTo(RECORDS - 1);
      assertThat(w.retries.find(new RetryKey(World.TENANT, World.FLOW, Direction.PULL,
          Integer.toString(BAD_DATE)))).as("resolved once read").isEmpty();
    }
  }
}
