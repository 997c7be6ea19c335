package nexus.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Micrometer meters for events: counters per event type published, consumed (by outcome) and
 * failed, and a gauge for the outbox backlog. Consumer lag is the binder's own gauge.
 */
class MessagingMetrics {

  private final MeterRegistry registry;
  private final AtomicLong backlog = new AtomicLong();

  MessagingMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("nexus.outbox.backlog", backlog, AtomicLong::get)
        .description("documents with events not yet acknowledged by Kafka")
        .register(registry);
  }

  void published(String type) {
    counter("nexus.events.published", type).increment();
  }

  void publishFailed(String type) {
    counter("nexus.events.publish.failed", type).increment();
  }

  void consumed(String type, String outcome) {
    Counter.builder("nexus.events.consumed")
        .tag("type", type)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  void failed(String type) {
    counter("nexus.events.failed", type).increment();
  }

  void backlog(long value) {
    backlog.set(value);
  }

  private Counter counter(String name, String type) {
    return Counter.builder(name).tag("type", type).register(registry);
  }
}
