/**
 * Reliable messaging between services: an outbox inside the aggregate's own document, a relay that
 * marks an event published only after Kafka acknowledged it, an idempotent inbox, and dead letters
 * that staff can list and replay.
 */
package nexus.messaging;
