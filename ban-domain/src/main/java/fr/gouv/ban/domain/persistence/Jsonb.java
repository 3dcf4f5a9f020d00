package fr.gouv.ban.domain.persistence;

import static fr.gouv.ban.domain.Jsonp.JSON;

import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/** Wraps JSON text as a jsonb parameter and unwraps jsonb columns read back. */
final class Jsonb {
  private Jsonb() {}

  static PGobject wrap(String json) {
    try {
      PGobject o = new PGobject();
      o.setType("jsonb");
      o.setValue(json);
      return o;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonStructure read(Object column) {
    String text = column instanceof PGobject pg ? pg.getValue() : column.toString();
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
