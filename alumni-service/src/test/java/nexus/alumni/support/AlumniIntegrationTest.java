package nexus.alumni.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.testsupport.EmbeddedInfrastructure;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context every alumni IT shares: embedded Kafka and Mongo-compatible server, and a
 * GreenMail SMTP server that receives the service's e-mails.
 */
@SpringBootTest(properties = "spring.config.name=alumni-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(TestTokens.Decoder.class)
public abstract class AlumniIntegrationTest {

  public static final MailServer SMTP = MailServer.startOnFreePort();
  public static final Duration WAIT = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", SMTP::port);
  }

  @Autowired protected MockMvc mvc;
  @Autowired protected MongoTemplate mongo;
  @Autowired protected EventInbox inbox;
  @Autowired protected EventCodec codec;

  /** Delivers an event from reporting to the inbox, as the consumer would. */
  protected EventInbox.Outcome deliver(IntegrationEvent event) {
    return inbox.handle(codec.encode(codec.wrap(event, "reporting-service", null)));
  }

  /** The values of every record on alumni's topic so far (from the beginning). */
  protected static List<String> alumniTopic() {
    Properties props = new Properties();
    props.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
    props.put("group.id", "alumni-test-" + UUID.randomUUID());
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor("nexus.alumni.events").stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var ends = consumer.endOffsets(partitions);
      long deadline = System.currentTimeMillis() + 10_000;
      while (System.currentTimeMillis() < deadline
          && partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(new String(r.value(), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }
}
