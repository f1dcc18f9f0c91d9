package io.cwsync.examples.adapter;

import io.cwsync.examples.crm.CrmDatabase;
import io.cwsync.examples.crm.QuoteDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Scans documents changed since a cursor and expands each into records (its lines, or its note), never
 * splitting one document across two batches: a batch ends after the document whose records would pass
 * the limit, except that a batch always holds at least one document.
 */
final class DocumentScan {
  private DocumentScan() {}

  record Batch<T>(List<T> records, @Nullable String cursor, boolean hasMore) {}

  static <T> Batch<T> scan(CrmDatabase db, @Nullable String cursor, int limit,
      Function<QuoteDocument, List<T>> expand) {
    long from = Values.cursor(cursor);
    List<QuoteDocument> documents = db.documents().changesSince(from, limit + 1);
    List<T> out = new ArrayList<>();
    String next = cursor;
    int taken = 0;
    for (QuoteDocument document : documents) {
      if (taken == limit) {
        break;
      }
      List<T> records = expand.apply(document);
      if (taken > 0 && out.size() + records.size() > limit) {
        break;
      }
      out.addAll(records);
      next = Long.toString(document.tracking().changeSeq());
      taken++;
    }
    return new Batch<>(out, next, taken < documents.size());
  }
}
