package fr.gouv.ban.geocoder.live;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.search.SearchEngine;
import fr.gouv.ban.geocoder.search.SearchSettings;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.util.BitSet;
import java.util.Collections;
import java.util.Map;

/**
 * One consistent view of the live index: the base engine, the changes applied since the base was
 * built (by id: the latest document, or null for a deletion, with its increment), the overlay
 * engine indexing those documents, and the tombstones hiding their base versions. Immutable.
 *
 * @param base engine over the base index
 * @param baseIncrement last increment folded into the base
 * @param pending changes since the base, by document id
 * @param overlay engine over the pending documents, or null when there are none
 * @param tombstones base documents replaced or deleted by pending changes
 * @param increment last applied increment
 */
record IndexState(
    SearchEngine base,
    long baseIncrement,
    Map<String, PendingChange> pending,
    SearchEngine overlay,
    BitSet tombstones,
    long increment) {

  /** A pending change: the new document, or null for a deletion. */
  record PendingChange(AddressDocument document, long increment) {}

  static IndexState of(
      SearchEngine base,
      long baseIncrement,
      Map<String, PendingChange> pending,
      long increment,
      TextNormalizer normalizer,
      SearchSettings settings) {
    BitSet tombstones = new BitSet();
    IndexBuilder overlay = new IndexBuilder(normalizer);
    boolean hasDocuments = false;
    for (Map.Entry<String, PendingChange> entry : pending.entrySet()) {
      int doc = base.index().find(entry.getKey());
      if (doc >= 0) {
        tombstones.set(doc);
      }
      if (entry.getValue().document() != null) {
        overlay.add(entry.getValue().document());
        hasDocuments = true;
      }
    }
    SearchEngine overlayEngine =
        hasDocuments ? new SearchEngine(overlay.build(), normalizer, settings) : null;
    return new IndexState(
        base,
        baseIncrement,
        Collections.unmodifiableMap(pending),
        overlayEngine,
        tombstones.isEmpty() ? null : tombstones,
        increment);
  }

  /** Builds one index holding the base (minus tombstones) and the pending documents. */
  CompactIndex merged(TextNormalizer normalizer) {
    IndexBuilder builder = new IndexBuilder(normalizer);
    CompactIndex index = base.index();
    for (int doc = 0; doc < index.documentCount(); doc++) {
      if (tombstones == null || !tombstones.get(doc)) {
        builder.add(index.document(doc));
      }
    }
    for (PendingChange change : pending.values()) {
      if (change.document() != null) {
        builder.add(change.document());
      }
    }
    return builder.build();
  }
}
