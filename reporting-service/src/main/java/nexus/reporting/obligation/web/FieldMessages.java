package nexus.reporting.obligation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages by the id of the element they belong beside ({@code person-0-name}, {@code indirect}),
 * for the report forms to show each next to its field.
 */
public final class FieldMessages {

  private final Map<String, List<String>> byField = new LinkedHashMap<>();

  void add(String field, String message) {
    List<String> list = byField.computeIfAbsent(field, f -> new ArrayList<>());
    if (!list.contains(message)) {
      list.add(message);
    }
  }

  /** Adds the message unless the field already has one. */
  void addIfFree(String field, String message) {
    if (!byField.containsKey(field)) {
      add(field, message);
    }
  }

  /** The messages of exactly this field, joined; null when there is none. */
  public String at(String field) {
    List<String> messages = byField.get(field);
    return messages == null ? null : String.join(" ", messages);
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  /** How many messages there are. */
  public int count() {
    return byField.values().stream().mapToInt(List::size).sum();
  }
}
