package io.cwsync.core.internal;

import static io.cwsync.core.internal.StepSupport.*;

import io.cwsync.connectwise.model.ConnectWiseRecord;
import io.cwsync.core.ConnectWiseChange;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.Link;
import io.cwsync.core.spi.LinkState;
import io.cwsync.core.spi.Outcome;
import io.cwsync.core.spi.SyncAction;
import java.util.Optional;

/**
 * Real-time work of one flow run: a host change pushed now, and a ConnectWise callback re-read by id and handled like
 * a polled record (deletes only after a 404, G6). Confined to the run's thread.
 */
final class RealTimeStep extends Step {

  RealTimeStep(FlowRun run) {
    super(run);
  }

  /** Real-time host change: pushes one record now, if the host still has it. */
  void pushNow(String hostId) {
    Optional<HostRecord> h = adapter().find(hostId);
    if (h.isPresent()) {
      run.read++;
      new PushStep(run).pushOne(h.get());
    }
  }

  /** A ConnectWise callback: re-reads the record and handles it like a polled one; deletes only after a 404. */
  void callback(ConnectWiseChange event) {
    Optional<ConnectWiseRecord> r = rt.gateway().get(flow.resource(), null, event.cwId());
    if (r.isEmpty()) {
      if (event.action() == ConnectWiseChange.Action.DELETED) {
        confirmDelete(event.cwId());
      }
      return;
    }
    if (event.action() == ConnectWiseChange.Action.DELETED) {
      Link link = links.findByCwId(tid, flow.entityType(), event.cwId()).orElse(null);
      audit(SyncAction.SKIP, Outcome.SUCCESS, link == null ? null : link.hostId(), event.cwId(),
          "delete callback, but ConnectWise still returns the record; not deleted");
    }
    run.read++;
    new PullStep(run).pullOne(r.get(), null);
  }

  private void confirmDelete(long cwId) {
    Link link = links.findByCwId(tid, flow.entityType(), cwId).orElse(null);
    if (link == null || link.state() == LinkState.TOMBSTONED) {
      count(SyncAction.SKIP, Outcome.SUCCESS, flow.entityType());
      return;
    }
    if (dry) {
      record(SyncAction.DELETE, Outcome.DRY_RUN, link.hostId(), cwId, null);
      return;
    }
    replaceLink(link, link.withState(LinkState.TOMBSTONED, cwId));
    if (link.hostId() != null) {
      fence();
      adapter().delete(link.hostId());
    }
    record(SyncAction.DELETE, Outcome.SUCCESS, link.hostId(), cwId,
        "delete callback confirmed by a 404; link tombstoned");
  }
}
