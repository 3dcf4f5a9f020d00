package fr.gouv.ban.domain.geocoding;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentChange;
import fr.gouv.ban.geocoder.load.CommuneDirectory;
import fr.gouv.ban.geocoder.load.MunicipalityDocuments;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Every street of the management database as geocoder documents, read with plain JDBC (no JPA: for
 * {@code bin/ban index build --from db}) through the same query and mapping as the live feed
 * ({@link StreetRows}), then one municipality document per commune with addresses (as the BAN CSV
 * loader makes them). Reads in one repeatable-read transaction, streaming, so the documents and the
 * returned increment are one consistent state of the database.
 */
public final class DatabaseDocuments {

  private final DataSource db;
  private final CommuneDirectory communes;

  public DatabaseDocuments(DataSource db, CommuneDirectory communes) {
    this.db = db;
    this.communes = communes;
  }

  /** What the database holds now (for a progress bar's maximum). */
  public long groupCount() throws SQLException {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("select count(*) from address_group where deleted_at is null")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Streams the documents to {@code sink}: streets, then municipalities.
   *
   * @param groupsRead called after each group read (progress)
   * @return the last diff increment the documents include
   */
  public long read(Consumer<AddressDocument> sink, LongConsumer groupsRead) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false); // a cursor (fetch size) needs a transaction
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        long increment;
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("select coalesce(max(increment), 0) from diff")) {
          rs.next();
          increment = rs.getLong(1);
        }
        MunicipalityDocuments municipalities = new MunicipalityDocuments();
        try (PreparedStatement st = c.prepareStatement(StreetRows.ALL_GROUPS)) {
          st.setFetchSize(10_000);
          try (ResultSet rs = st.executeQuery()) {
            int width = rs.getMetaData().getColumnCount();
            String group = null;
            List<Object[]> rows = new ArrayList<>();
            long groups = 0;
            while (rs.next()) {
              Object[] row = new Object[width];
              for (int i = 0; i < width; i++) {
                row[i] = rs.getObject(i + 1);
              }
              String id = (String) row[StreetRows.GROUP_ID];
              if (group != null && !group.equals(id)) {
                emit(group, rows, sink, municipalities);
                groupsRead.accept(++groups);
                rows.clear();
              }
              group = id;
              rows.add(row);
            }
            if (group != null) {
              emit(group, rows, sink, municipalities);
              groupsRead.accept(++groups);
            }
          }
        }
        municipalities.documents(communes).forEach(sink);
        return increment;
      } finally {
        c.rollback();
      }
    }
  }

  private void emit(
      String group,
      List<Object[]> rows,
      Consumer<AddressDocument> sink,
      MunicipalityDocuments municipalities) {
    DocumentChange street = StreetRows.street(group, rows, communes::populationFor);
    if (!street.isDelete()) {
      sink.accept(street.document());
      for (Object[] row : rows) {
        if (StreetRows.placed(row)) {
          StreetRows.addTo(municipalities, row);
        }
      }
    }
  }
}
