package fr.gouv.ban.domain.persistence;

import static fr.gouv.ban.domain.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A list of strings stored as a jsonb array. */
@Converter
public class JsonListConverter implements AttributeConverter<List<String>, Object> {
  @Override
  public Object convertToDatabaseColumn(List<String> values) {
    JsonArrayBuilder b = JSON.createArrayBuilder();
    if (values != null) {
      values.forEach(b::add);
    }
    return Jsonb.wrap(b.build().toString());
  }

  @Override
  public List<String> convertToEntityAttribute(Object column) {
    if (column == null) {
      return List.of();
    }
    return Jsonb.read(column).asJsonArray().getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
