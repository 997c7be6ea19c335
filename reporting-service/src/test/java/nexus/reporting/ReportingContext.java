package nexus.reporting;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.testsupport.EmbeddedInfrastructure;
import nexus.testsupport.SignedTokens;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every reporting IT shares: embedded Kafka and Mongo, a GreenMail SMTP
 * server, the scheduled reminder run switched off (tests call it through their own lock executors),
 * and trust in {@link SignedTokens}.
 */
@SpringBootTest(
    properties = {"spring.config.name=reporting-service", "nexus.reporting.reminders-cron=-"})
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
@Import(SignedTokens.Decoder.class)
public abstract class ReportingContext {

  public static final GreenMail SMTP = startSmtp();
  public static final Duration WAIT = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  private static GreenMail startSmtp() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  /** Messages received for one address. */
  public static List<MimeMessage> mailTo(String address) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
  }

  /** Messages whose subject contains the text. */
  public static List<MimeMessage> mailWithSubject(String text) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> subject(m).contains(text))
        .toList();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String body(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every event on a topic, from the beginning to its current end. */
  public static List<EventEnvelope> eventsOn(String topic, EventCodec codec) {
    Properties props = new Properties();
    props.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    List<EventEnvelope> events = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          events.add(codec.decode(r.value()));
        }
      }
    }
    return events;
  }
}
