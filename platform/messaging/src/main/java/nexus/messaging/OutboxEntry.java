package nexus.messaging;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be relayed. Saved in the same document write as
 * the state change that caused it, so the two are never apart.
 *
 * @param eventId the envelope's id
 * @param type wire type
 * @param key Kafka record key (the plan id)
 * @param envelope the whole envelope as JSON, exactly as it will be sent
 * @param recordedAt when the state change was saved
 * @param traceparent W3C trace context of the request that caused the event, if any
 */
public record OutboxEntry(
    String eventId,
    String type,
    String key,
    String envelope,
    Instant recordedAt,
    String traceparent) {}
