package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonParser;
import io.github.xxgk.report.form.MetadataField;
import io.github.xxgk.report.json.ReportShape.Node;
import io.github.xxgk.report.model.AnnualReport;
import io.github.xxgk.report.model.OrganKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata read so far, by catalogue field, each as the reader converted it: the edition and
 * the organ as text, the organ's kind, the year as an {@code Integer}, the date signed.
 */
final class MetadataDraft {
  private final Map<MetadataField, Object> values = new EnumMap<>(MetadataField.class);

  void set(MetadataField field, Object value) {
    values.put(field, value);
  }

  /**
   * Gives the builder every field read; the required ones were all read when there is no problem.
   */
  void addTo(AnnualReport.Builder builder) {
    for (Map.Entry<MetadataField, Object> entry : values.entrySet()) {
      Object value = entry.getValue();
      switch (entry.getKey()) {
        case EDITION:
          builder.edition((String) value);
          break;
        case ORGAN:
          builder.organ((String) value);
          break;
        case ORGAN_KIND:
          builder.organKind((OrganKind) value);
          break;
        case YEAR:
          builder.year((Integer) value);
          break;
        case PUBLISHED_ON:
          builder.publishedOn((LocalDate) value);
          break;
      }
    }
  }

  /**
   * The value of a metadata field given as text, or null after adding its problem: the edition and
   * the organ's kind must be among those defined, the date a real one. The parser is on the text,
   * and is asked where it is only for a problem.
   */
  static Object fromText(Node node, String text, JsonParser parser, Problems problems) {
    switch (node.field) {
      case EDITION:
        if (AnnualReport.EDITION_2021.equals(text)) {
          return text;
        }
        problems.add(
            JsonMessage.TYPE_EDITION,
            node.pointer,
            JacksonSupport.tokenLocation(parser),
            AnnualReport.EDITION_2021);
        return null;
      case ORGAN:
        return text;
      case ORGAN_KIND:
        Optional<OrganKind> kind = OrganKind.fromJsonName(text);
        if (kind.isPresent()) {
          return kind.get();
        }
        problems.add(
            JsonMessage.TYPE_ORGAN_KIND, node.pointer, JacksonSupport.tokenLocation(parser));
        return null;
      case PUBLISHED_ON:
        LocalDate date = TextValues.date(text);
        if (date == null) {
          problems.add(JsonMessage.TYPE_DATE, node.pointer, JacksonSupport.tokenLocation(parser));
        }
        return date;
      case YEAR:
        // An integer, not text: the reader converts it itself.
        break;
    }
    throw new AssertionError(node.field);
  }
}
