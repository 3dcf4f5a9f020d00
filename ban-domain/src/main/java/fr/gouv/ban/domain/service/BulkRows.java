package fr.gouv.ban.domain.service;

import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.persistence.CopyIn;
import fr.gouv.ban.domain.persistence.GeoPointConverter;
import fr.gouv.ban.domain.persistence.JsonMapConverter;
import fr.gouv.ban.domain.versioning.DiffEntity;
import fr.gouv.ban.domain.versioning.VersionEntity;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rows one bulk transaction (an import chunk) creates, kept out of the persistence context and
 * written with {@code COPY} at its end ({@link BulkWrites}): every version and diff, and the new
 * housenumbers and positions (the kinds of which an import creates hundreds of thousands). The
 * resources are encoded when written, so a resource created and then changed by the same chunk is
 * stored in its final state.
 *
 * <p>A managed entity must never reference a row kept here (EclipseLink would find an unknown new
 * object at the flush): before the flush, {@link #handOver} gives such rows to the persistence
 * context. Only an updated position can do it (its housenumber or parent created by the chunk): the
 * other kinds reference municipalities, postcodes and groups, which are always persisted by JPA.
 */
final class BulkRows {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");
  private static final GeoPointConverter POINTS = new GeoPointConverter();
  private static final JsonMapConverter ATTRIBUTES = new JsonMapConverter();
  private static final List<String> RESOURCE_COLUMNS =
      List.of(
          "pk",
          "id",
          "version",
          "created_at",
          "modified_at",
          "created_by",
          "modified_by",
          "deleted_at",
          "attributes");

  private final List<VersionEntity> versions = new ArrayList<>();
  private final Map<OffsetDateTime, String> timestamps = new HashMap<>();
  private final List<DiffEntity> diffs = new ArrayList<>();
  private final Set<VersionedResource> housenumbers = new LinkedHashSet<>();
  private final Set<VersionedResource> positions = new LinkedHashSet<>();

  /** Whether new resources of {@code kind} are written here rather than persisted by JPA. */
  static boolean copies(ResourceKind kind) {
    return kind == ResourceKind.HOUSENUMBER || kind == ResourceKind.POSITION;
  }

  void add(VersionedResource created) {
    (created instanceof Housenumber ? housenumbers : positions).add(created);
  }

  void add(VersionEntity version, DiffEntity diff) {
    versions.add(version);
    diffs.add(diff);
  }

  boolean isEmpty() {
    return housenumbers.isEmpty() && positions.isEmpty() && versions.isEmpty() && diffs.isEmpty();
  }

  /**
   * Gives {@code em} the rows kept here that the managed {@code updated} resources reference, and
   * what those reference in turn, so that the flush finds no unknown new object.
   */
  void handOver(List<VersionedResource> updated, EntityManager em) {
    for (VersionedResource r : updated) {
      if (r instanceof Position p) {
        handOverReferences(p, em);
      }
    }
  }

  private void handOverReferences(Position p, EntityManager em) {
    if (housenumbers.remove(p.getHousenumber())) {
      em.persist(p.getHousenumber());
    }
    Position parent = p.getParent();
    if (parent != null && positions.remove(parent)) {
      em.persist(parent);
      handOverReferences(parent, em);
    }
  }

  /**
   * Writes everything on {@code connection}, after the persistence context's flush (the new rows
   * reference the rows it wrote); the diffs must have their increments by now.
   */
  void copyTo(Connection connection) throws SQLException {
    copyHousenumbers(connection);
    copyAncestors(connection);
    copyPositions(connection);
    copyVersions(connection);
    copyDiffs(connection);
    housenumbers.clear();
    positions.clear();
    versions.clear();
    diffs.clear();
    timestamps.clear();
  }

  private void copyHousenumbers(Connection connection) throws SQLException {
    if (housenumbers.isEmpty()) {
      return;
    }
    try (CopyIn out =
        new CopyIn(
            connection,
            "housenumber",
            columns("number", "ordinal", "parent_pk", "postcode_pk", "cia", "laposte", "ign"))) {
      for (VersionedResource r : housenumbers) {
        Housenumber h = (Housenumber) r;
        out.add(
            values(
                h,
                h.getNumber(),
                h.getOrdinal(),
                h.getParent().getPk(),
                pk(h.getPostcode()),
                h.getCia(),
                h.getLaposte(),
                h.getIgn()));
      }
      out.end();
    }
  }

  private void copyAncestors(Connection connection) throws SQLException {
    if (housenumbers.isEmpty()) {
      return;
    }
    try (CopyIn out =
        new CopyIn(connection, "housenumber_ancestor", List.of("housenumber_pk", "group_pk"))) {
      for (VersionedResource r : housenumbers) {
        for (AddressGroup g : ((Housenumber) r).getAncestors()) {
          out.add(r.getPk(), g.getPk());
        }
      }
      out.end();
    }
  }

  private void copyPositions(Connection connection) throws SQLException {
    if (positions.isEmpty()) {
      return;
    }
    try (CopyIn out =
        new CopyIn(
            connection,
            "position",
            columns(
                "center",
                "name",
                "housenumber_pk",
                "parent_pk",
                "kind",
                "positioning",
                "source",
                "comment",
                "ign",
                "laposte",
                "source_kind"))) {
      for (VersionedResource r : positions) {
        Position p = (Position) r;
        out.add(
            values(
                p,
                Objects.toString(POINTS.convertToDatabaseColumn(p.getCenter()), null),
                p.getName(),
                p.getHousenumber().getPk(),
                pk(p.getParent()),
                p.getKind(),
                p.getPositioning(),
                p.getSource(),
                p.getComment(),
                p.getIgn(),
                p.getLaposte(),
                p.getSourceKind()));
      }
      out.end();
    }
  }

  private void copyVersions(Connection connection) throws SQLException {
    if (versions.isEmpty()) {
      return;
    }
    try (CopyIn out =
        new CopyIn(
            connection,
            "resource_version",
            List.of(
                "pk",
                "resource",
                "resource_pk",
                "sequential",
                "data",
                "valid_from",
                "created_by"))) {
      for (VersionEntity v : versions) {
        out.add(
            v.getPk(),
            v.getResource(),
            v.getResourcePk(),
            v.getSequential(),
            v.getData(),
            timestamp(v.getValidFrom()),
            v.getCreatedBy());
      }
      out.end();
    }
  }

  private void copyDiffs(Connection connection) throws SQLException {
    if (diffs.isEmpty()) {
      return;
    }
    try (CopyIn out =
        new CopyIn(
            connection,
            "diff",
            List.of(
                "pk",
                "increment",
                "resource",
                "resource_id",
                "insee",
                "created_at",
                "created_by",
                "old",
                "new",
                "diff"))) {
      for (DiffEntity d : diffs) {
        out.add(
            d.getPk(),
            d.getIncrement(),
            d.getResource(),
            d.getResourceId(),
            d.getInsee(),
            timestamp(d.getCreatedAt()),
            d.getCreatedBy(),
            d.getOld(),
            d.getNew(),
            d.getDiff());
      }
      out.end();
    }
  }

  private static List<String> columns(String... own) {
    List<String> all = new ArrayList<>(RESOURCE_COLUMNS);
    all.addAll(List.of(own));
    return all;
  }

  /** The columns every resource shares, then {@code own}. */
  private Object[] values(VersionedResource r, Object... own) {
    Object[] all = new Object[RESOURCE_COLUMNS.size() + own.length];
    all[0] = r.getPk();
    all[1] = r.getId();
    all[2] = r.getVersion();
    all[3] = timestamp(r.getCreatedAt());
    all[4] = timestamp(r.getModifiedAt());
    all[5] = r.getCreatedBy();
    all[6] = r.getModifiedBy();
    all[7] = timestamp(r.getDeletedAt());
    all[8] = Objects.toString(ATTRIBUTES.convertToDatabaseColumn(r.getAttributes()), null);
    System.arraycopy(own, 0, all, RESOURCE_COLUMNS.size(), own.length);
    return all;
  }

  private static Long pk(VersionedResource r) {
    return r == null ? null : r.getPk();
  }

  /**
   * A timestamp in PostgreSQL's input form. A write stamps its resource, version and diff with one
   * instant, so each is formatted once: formatting is the costliest part of encoding a row.
   */
  private String timestamp(OffsetDateTime t) {
    if (t == null) {
      return null;
    }
    return timestamps.computeIfAbsent(t, TIMESTAMP::format);
  }
}
