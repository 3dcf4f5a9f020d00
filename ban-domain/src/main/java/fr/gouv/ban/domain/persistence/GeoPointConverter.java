package fr.gouv.ban.domain.persistence;

import fr.gouv.ban.domain.model.GeoPoint;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.SQLException;
import net.postgis.jdbc.PGgeometry;
import net.postgis.jdbc.geometry.Point;
import org.postgresql.util.PGobject;

/** Maps {@link GeoPoint} to a PostGIS {@code geometry(Point,4326)} column. */
@Converter
public class GeoPointConverter implements AttributeConverter<GeoPoint, Object> {
  private static final int WGS84 = 4326;

  @Override
  public Object convertToDatabaseColumn(GeoPoint point) {
    if (point == null) {
      return null;
    }
    Point p = new Point(point.lon(), point.lat());
    p.setSrid(WGS84);
    return new PGgeometry(p);
  }

  @Override
  public GeoPoint convertToEntityAttribute(Object column) {
    if (column == null) {
      return null;
    }
    try {
      // Without registered PostGIS types the driver hands back a PGobject holding hex EWKB.
      PGgeometry geometry =
          column instanceof PGgeometry g ? g : new PGgeometry(((PGobject) column).getValue());
      Point p = (Point) geometry.getGeometry();
      return new GeoPoint(p.getX(), p.getY());
    } catch (SQLException e) {
      throw new IllegalStateException("unreadable geometry", e);
    }
  }
}
