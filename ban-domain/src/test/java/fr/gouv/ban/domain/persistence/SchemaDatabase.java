package fr.gouv.ban.domain.persistence;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database of the domain's integration tests ({@code ban_schema_it} on the test cluster of make
 * test, or {@code -Dban.schema-it.db.url}), migrated to the current schema.
 */
public final class SchemaDatabase {
  private SchemaDatabase() {}

  public static PGSimpleDataSource migrated() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(
        System.getProperty(
            "ban.schema-it.db.url", "jdbc:postgresql://127.0.0.1:55433/ban_schema_it"));
    dataSource.setUser("ban");
    dataSource.setPassword("ban");
    DatabaseMigrator.migrate(dataSource, SchemaDatabase.class.getClassLoader());
    return dataSource;
  }
}
