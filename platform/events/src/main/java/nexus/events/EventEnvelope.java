package nexus.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The envelope every event travels in: a CloudEvents 1.0 structured-mode JSON document with two
 * extension attributes, {@code dataversion} and {@code correlationid}.
 *
 * @param eventId unique id of this event; consumers deduplicate on it
 * @param type stable wire type (see {@link EventType#name()})
 * @param version contract version of {@code data}
 * @param occurredAt when the fact happened
 * @param key the plan id (or the call / campaign id) the event is keyed by
 * @param correlationId ties together everything caused by one user action
 * @param producer the service that recorded the fact
 * @param data the event body
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
    @JsonProperty("id") String eventId,
    @JsonProperty("type") String type,
    @JsonProperty("dataversion") int version,
    @JsonProperty("time") Instant occurredAt,
    @JsonProperty("subject") String key,
    @JsonProperty("correlationid") String correlationId,
    @JsonProperty("source") String producer,
    @JsonProperty("data") JsonNode data) {

  public static final String SPEC_VERSION = "1.0";

  public EventEnvelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(data, "data");
  }

  @JsonProperty("specversion")
  String specVersion() {
    return SPEC_VERSION;
  }

  @JsonProperty("datacontenttype")
  String dataContentType() {
    return "application/json";
  }

  @JsonProperty("dataschema")
  String dataSchema() {
    return EventCatalog.schemaId(type, version);
  }
}
