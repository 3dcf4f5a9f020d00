package fr.gouv.ban.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** JSON text kept as a String in Java and as jsonb in PostgreSQL (version data, diffs). */
@Converter
public class JsonTextConverter implements AttributeConverter<String, Object> {
  @Override
  public Object convertToDatabaseColumn(String json) {
    return json == null ? null : Jsonb.wrap(json);
  }

  @Override
  public String convertToEntityAttribute(Object column) {
    return column == null ? null : Jsonb.read(column).toString();
  }
}
