package nexus.contract;

import static nexus.contract.CaseFixtures.HOST;
import static nexus.contract.CaseFixtures.PARTNER;
import static nexus.contract.CaseFixtures.awardWithPartner;
import static nexus.contract.CaseFixtures.contractStaff;
import static nexus.contract.CaseFixtures.handWorkedReport;
import static nexus.contract.CaseFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.events.IntegrationEvent;
import nexus.events.SettlementCompleted;
import nexus.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole contract through Kafka: review's award arrives on {@code nexus.review.events}; the
 * agreements signed and the advance paid leave on {@code nexus.contract.events}; reporting's
 * accounting report arrives on {@code nexus.reporting.events}; the settlement leaves again.
 */
@ContractIT
class ContractFlowIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;

  @Test
  void anAwardBecomesSignedAgreementsAPaidAdvanceAndASettlement() throws Exception {
    String planId = newPlanId();
    CaseDriver driver = new CaseDriver(mvc);
    try (KafkaConsumer<byte[], byte[]> consumer = consumer();
        KafkaProducer<byte[], byte[]> producer = producer()) {
      consumer.subscribe(List.of("nexus.contract.events"));
      List<EventEnvelope> published = new CopyOnWriteArrayList<>();

      send(producer, "nexus.review.events", planId, awardWithPartner(planId));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  mvc.perform(get("/api/cases/" + planId).with(contractStaff("staff-a")))
                      .andExpect(status().isOk()));

      driver.toAgreements(planId);
      driver.sign(planId, "AGR-" + planId + "-1", HOST);
      driver.sign(planId, "AGR-" + planId + "-2", PARTNER);
      String paymentId = driver.requestAndApprove(planId, "AGR-" + planId + "-1");
      driver.disburse("staff-b", planId, paymentId).andExpect(status().isOk());

      await()
          .atMost(WAIT)
          .until(
              () ->
                  types(poll(consumer, planId, published))
                      .containsAll(
                          List.of("work-plan.approved", "agreement.signed", "payment.disbursed")));
      assertThat(types(published)).filteredOn("agreement.signed"::equals).hasSize(2);

      send(producer, "nexus.reporting.events", planId, handWorkedReport(planId));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  driver
                      .staffPost(
                          "staff-a",
                          "/api/cases/" + planId + "/settlements/" + HOST + "/refund-received",
                          "{\"confirm\":true}")
                      .andExpect(status().isOk()));

      EventEnvelope settled =
          await()
              .atMost(WAIT)
              .until(
                  () ->
                      poll(consumer, planId, published).stream()
                          .filter(e -> e.type().equals("settlement.completed"))
                          .findFirst()
                          .orElse(null),
                  e -> e != null);
      SettlementCompleted s = codec.payload(settled, SettlementCompleted.class);
      assertThat(s.institutionId()).isEqualTo(HOST);
      assertThat(s.disbursedAmountJpy()).isEqualTo(7_700_000);
      assertThat(s.spentAmountJpy()).isEqualTo(6_655_000);
      assertThat(s.refundAmountJpy()).isEqualTo(1_045_000);
    }
  }

  private List<EventEnvelope> poll(
      KafkaConsumer<byte[], byte[]> consumer, String planId, List<EventEnvelope> seen) {
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
      if (new String(r.value(), StandardCharsets.UTF_8).contains(planId)) {
        seen.add(codec.decode(r.value()));
      }
    }
    return seen;
  }

  private static List<String> types(List<EventEnvelope> envelopes) {
    return envelopes.stream().map(EventEnvelope::type).toList();
  }

  private void send(
      KafkaProducer<byte[], byte[]> producer, String topic, String key, IntegrationEvent event)
      throws Exception {
    byte[] value = codec.encode(codec.wrap(event, "test", null));
    producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
  }

  private static Properties common() {
    Properties props = new Properties();
    props.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
    return props;
  }

  private static KafkaConsumer<byte[], byte[]> consumer() {
    Properties props = common();
    props.put("group.id", "contract-flow-" + UUID.randomUUID());
    props.put("auto.offset.reset", "earliest");
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(props);
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    Properties props = common();
    props.put("key.serializer", ByteArraySerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    return new KafkaProducer<>(props);
  }
}
