package io.cwsync.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cwsync.core.model.EntityType;
import io.cwsync.examples.crm.Actor;
import io.cwsync.examples.crm.DocumentStatus;
import io.cwsync.examples.crm.QuoteDocument;
import io.cwsync.examples.crm.SalesOpportunity;
import io.cwsync.examples.demo.DemoMode;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** "Related Won Documents" -> a note on the ConnectWise opportunity that names the document. */
class WonDocumentNoteTest {
  /** A fresh fixture per test (JUnit creates one instance per test method), closed after it. */
  @AutoClose
  private final SyncFixture f = SyncFixture.start(2).integrate(DemoMode.REAL_TIME);

  @Test
  void sync_wonDocument_addsOneNoteNamingItAndDraftsAddNone() {
    // The generated tenant has notes of its own (one per opportunity): the sync adds to them, never changes them.
    List<ObjectNode> existing = f.cw("sales/opportunities/{parentId}/notes");
    f.syncOk();
    assertThat(f.cw("sales/opportunities/{parentId}/notes")).isEqualTo(existing);

    SalesOpportunity opp = f.db.opportunities().list().get(0);
    QuoteDocument quote = f.db.documents().ofOpportunity(opp.id()).get(0);
    f.db.documents().setStatus(quote.id(), DocumentStatus.WON, Actor.USER);
    // Quote lines follow the won quote too; they are covered (and blocked) elsewhere, so only the note
    // flow must end cleanly here.
    f.sync.sync();
    assertThat(f.failures()).noneMatch(e -> e.type().equals(EntityType.OPPORTUNITY_NOTE));

    List<ObjectNode> notes = new java.util.ArrayList<>(f.cw("sales/opportunities/{parentId}/notes"));
    assertThat(notes).containsAll(existing);
    notes.removeAll(existing);
    assertThat(notes).singleElement().satisfies(n -> {
      assertThat(n.path("text").asText()).contains("Quote Q-1000").contains("Won");
      assertThat(n.path("opportunityId").asLong()).isEqualTo(f.cwId(EntityType.OPPORTUNITY, opp.id()));
    });
    assertThat(f.db.documents().require(quote.id()).cwNoteId()).isEqualTo(notes.get(0).path("id").asInt());

    // Syncing again does not add the note twice.
    f.sync.sync();
    assertThat(f.cw("sales/opportunities/{parentId}/notes")).hasSize(existing.size() + 1);
  }
}
