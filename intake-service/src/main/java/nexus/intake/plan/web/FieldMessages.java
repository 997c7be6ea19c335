package nexus.intake.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages by plan field path ({@code participants[0].birthDate}), for the template to show each
 * beside its field.
 */
public final class FieldMessages {

  private final Map<String, List<String>> byField = new LinkedHashMap<>();

  void add(String field, String message) {
    byField.computeIfAbsent(field == null ? "" : field, f -> new ArrayList<>()).add(message);
  }

  /** The messages of exactly this field, joined; null when there is none. */
  public String at(String field) {
    List<String> messages = byField.get(field);
    return messages == null ? null : String.join(" ", messages);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public Map<String, List<String>> all() {
    return byField;
  }
}
