package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.contributor.ContributorSession;
import fr.gouv.ban.domain.model.ResourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Applies many creates in one transaction through the normal write path, so bulk loads get the same
 * validation, versions and diffs as API writes while committing in chunks.
 */
@ApplicationScoped
public class ChunkWriter {
  @Inject private ResourceService service;
  @Inject private VersionHistory history;
  @Inject private BulkWrites bulk;

  @PersistenceContext(unitName = "ban")
  private EntityManager em;

  /**
   * Creates every body, all or nothing. Rows are written at the end in JDBC batches and COPY
   * ({@link BulkWrites}): checks within the chunk do not see each other's pending rows, so
   * duplicates inside one chunk are caught by the unique indexes at commit and fail the whole
   * chunk.
   */
  @Transactional
  public void createAll(ResourceKind kind, List<JsonObject> bodies, ContributorSession by) {
    em.setFlushMode(FlushModeType.COMMIT);
    bulk.begin();
    for (JsonObject body : bodies) {
      service.create(kind, body, by);
    }
    history.numberPendingDiffs();
    bulk.flush(List.of());
  }
}
