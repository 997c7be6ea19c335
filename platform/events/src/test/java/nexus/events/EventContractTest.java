package nexus.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Producer-owned contract tests. The golden samples under {@code src/test/resources/golden} are
 * what readers already in production receive; a change that would break one of them fails here.
 */
class EventContractTest {

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final EventCodec codec = new EventCodec();

  static Stream<Class<? extends IntegrationEvent>> events() {
    return EventCatalog.EVENTS.stream();
  }

  @ParameterizedTest
  @MethodSource("events")
  void goldenSampleSatisfiesTheCommittedSchema(Class<? extends IntegrationEvent> event) {
    assertThat(errors(schemaOf(event), golden(event))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("events")
  void currentRecordStillReadsAndWritesEveryGoldenField(Class<? extends IntegrationEvent> event) {
    JsonNode golden = codec.mapper().readTree(golden(event));
    IntegrationEvent read = codec.mapper().treeToValue(golden, event);
    JsonNode written = codec.toTree(read);

    // An existing reader expects every field it was built against, with the same type.
    assertThat(errors(schemaOf(event), written.toString())).isEmpty();
    for (String field : golden.propertyNames()) {
      // compared as JSON text: 7000000 read as a long is the same wire value as the golden int
      assertThat(String.valueOf(written.get(field)))
          .as("%s.%s", event.getSimpleName(), field)
          .isEqualTo(golden.get(field).toString());
    }
  }

  @ParameterizedTest
  @MethodSource("events")
  void schemaDescribesEveryRecordComponent(Class<? extends IntegrationEvent> event) {
    JsonNode properties = codec.mapper().readTree(schemaOf(event)).get("properties");
    List<String> components =
        Arrays.stream(event.getRecordComponents()).map(c -> c.getName()).toList();
    assertThat(properties.propertyNames()).containsExactlyInAnyOrderElementsOf(components);
  }

  @ParameterizedTest
  @MethodSource("events")
  void wireTypeIsExplicitAndResolvable(Class<? extends IntegrationEvent> event) {
    EventType type = EventCatalog.typeOf(event);
    assertThat(type.name()).doesNotContain(event.getPackageName()).matches("[a-z-]+\\.[a-z-]+");
    assertThat(EventCatalog.classOf(type.name(), type.version())).contains(event);
  }

  @org.junit.jupiter.api.Test
  void goldenEnvelopeIsReadAndWrittenUnchanged() {
    String golden = resource("/golden/envelope.v1.json");
    EventEnvelope envelope = codec.decode(golden);

    assertThat(envelope.type()).isEqualTo("plan.submitted");
    assertThat(envelope.key()).isEqualTo("P-2025-0001");
    PlanSubmitted submitted = codec.payload(envelope, PlanSubmitted.class);
    assertThat(submitted.requestedAmountJpy()).isEqualTo(7_000_000L);
    assertThat(codec.mapper().readTree(codec.encodeToString(envelope)))
        .isEqualTo(codec.mapper().readTree(golden));
  }

  @org.junit.jupiter.api.Test
  void readersIgnoreFieldsAddedByANewerProducer() {
    String newer =
        resource("/golden/envelope.v1.json")
            .replace("\"correlationid\"", "\"traceparent\": \"00-abc-def-01\", \"correlationid\"")
            .replace("\"planId\"", "\"addedLater\": {\"x\": 1}, \"planId\"");

    EventEnvelope envelope = codec.decode(newer);

    assertThat(codec.payload(envelope, PlanSubmitted.class).planId()).isEqualTo("P-2025-0001");
  }

  @org.junit.jupiter.api.Test
  void unknownTypesAreNotGuessed() {
    assertThat(EventCatalog.classOf("plan.submitted", 99)).isEmpty();
    assertThat(EventCatalog.classOf("nexus.events.PlanSubmitted", 1)).isEmpty();
  }

  private static List<Error> errors(String schema, String json) {
    Schema compiled = SCHEMAS.getSchema(schema, InputFormat.JSON);
    return compiled.validate(json, InputFormat.JSON);
  }

  private static String schemaOf(Class<? extends IntegrationEvent> event) {
    EventType type = EventCatalog.typeOf(event);
    return resource(EventCatalog.schemaResource(type.name(), type.version()));
  }

  private static String golden(Class<? extends IntegrationEvent> event) {
    EventType type = EventCatalog.typeOf(event);
    return resource("/golden/" + type.name() + ".v" + type.version() + ".json");
  }

  private static String resource(String path) {
    try (InputStream in = EventContractTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
