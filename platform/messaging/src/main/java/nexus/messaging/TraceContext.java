package nexus.messaging;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.messaging.MessageHeaders;

/**
 * Carries the W3C trace context of the request that caused an event through the outbox and Kafka
 * (header {@code traceparent}) into the consumer's log lines, so that one trace id shows in every
 * service's logs for one submission, however long the event waited in the outbox.
 */
final class TraceContext {

  static final String TRACEPARENT = "traceparent";

  /** MDC keys written by Micrometer Tracing and read by the log pattern. */
  static final String TRACE_ID = "traceId";

  static final String SPAN_ID = "spanId";
  private static final Pattern W3C =
      Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

  private TraceContext() {}

  /** The current request's trace context, from the MDC that Micrometer Tracing maintains. */
  static String currentTraceparent() {
    String traceId = MDC.get(TRACE_ID);
    String spanId = MDC.get(SPAN_ID);
    if (traceId == null || spanId == null || traceId.length() != 32 || spanId.length() != 16) {
      return null;
    }
    return "00-" + traceId + "-" + spanId + "-01";
  }

  /** Puts the trace id of an incoming record into the MDC until the scope closes. */
  static Scope continueFrom(MessageHeaders headers) {
    Object value = headers.get(TRACEPARENT);
    String traceparent =
        value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) value;
    if (traceparent == null || MDC.get(TRACE_ID) != null) {
      return () -> {};
    }
    Matcher m = W3C.matcher(traceparent);
    if (!m.matches()) {
      return () -> {};
    }
    MDC.put(TRACE_ID, m.group(1));
    MDC.put(SPAN_ID, m.group(2));
    return () -> {
      MDC.remove(TRACE_ID);
      MDC.remove(SPAN_ID);
    };
  }

  /** Restores the MDC. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
