package fr.gouv.ban.domain.persistence;

import static fr.gouv.ban.domain.Jsonp.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A flat string map (the original's hstore {@code attributes}) stored as a jsonb object. */
@Converter
public class JsonMapConverter implements AttributeConverter<Map<String, String>, Object> {
  @Override
  public Object convertToDatabaseColumn(Map<String, String> values) {
    if (values == null) {
      return null;
    }
    JsonObjectBuilder b = JSON.createObjectBuilder();
    values.forEach(b::add);
    return Jsonb.wrap(b.build().toString());
  }

  @Override
  public Map<String, String> convertToEntityAttribute(Object column) {
    if (column == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    Jsonb.read(column).asJsonObject().forEach((k, v) -> out.put(k, ((JsonString) v).getString()));
    return out;
  }
}
