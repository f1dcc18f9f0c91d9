package io.cwsync.acceptance;

import io.cwsync.connectwise.query.Condition;
import io.cwsync.core.model.Flow;
import io.cwsync.core.model.HostRecord;
import io.cwsync.core.spi.MappingContext;
import io.cwsync.core.spi.NaturalKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Company rules whose natural key is the identifier or the account number of a company not deleted. {@link PerRecord}
 * gives it as a condition only (core looks every record up on its own, as before batching); {@link Batched} also as
 * values, so core looks up a page's keys with one query.
 */
final class BatchedRules {

  static final String ACCOUNT = "account";

  private BatchedRules() {
  }

  static Optional<NaturalKey> key(HostRecord record) {
    List<NaturalKey.Term> any = new ArrayList<>();
    Object identifier = record.field(CompanyRules.IDENTIFIER);
    if (identifier != null) {
      any.add(NaturalKey.Term.of("identifier", identifier.toString()));
    }
    Object account = record.field(ACCOUNT);
    if (account != null) {
      any.add(NaturalKey.Term.of("accountNumber", account.toString()));
    }
    return any.isEmpty() ? Optional.empty()
        : Optional.of(NaturalKey.anyOf(any).and(NaturalKey.Term.of("deletedFlag", false)));
  }

  /** The key as a condition alone: one lookup request per record. */
  static class PerRecord extends CompanyRules {
    @Override
    public Optional<Condition> naturalKey(Flow flow, HostRecord record, MappingContext ctx) {
      return key(record).map(NaturalKey::condition);
    }
  }

  /** The same key as values too: one lookup request per page. */
  static final class Batched extends PerRecord {
    @Override
    public Optional<NaturalKey> naturalKeyValues(Flow flow, HostRecord record, MappingContext ctx) {
      return key(record);
    }
  }
}
