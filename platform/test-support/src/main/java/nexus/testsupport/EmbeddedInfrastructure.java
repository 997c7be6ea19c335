package nexus.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, in this JVM) and one Mongo-compatible server (in memory), started
 * once per test JVM and shared by every test so that the suite stays fast. Tests isolate themselves
 * by database name and by consumer group, not by restarting infrastructure.
 */
public final class EmbeddedInfrastructure {

  private static EmbeddedKafkaKraftBroker kafka;
  private static MongoServer mongo;
  private static String mongoUri;

  private EmbeddedInfrastructure() {}

  /** Starts both servers if they are not running yet. Idempotent and thread-safe. */
  public static synchronized void start() {
    if (kafka == null) {
      EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 4);
      broker.brokerProperties(
          Map.of(
              "auto.create.topics.enable", "true",
              "num.partitions", "4",
              "offsets.topic.replication.factor", "1",
              "transaction.state.log.replication.factor", "1",
              "group.initial.rebalance.delay.ms", "0"));
      broker.afterPropertiesSet();
      kafka = broker;
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedInfrastructure::stop));
    }
    if (mongo == null) {
      MongoServer server = new MongoServer(new MemoryBackend());
      server.bind("127.0.0.1", 0);
      InetSocketAddress address = server.getLocalAddress();
      mongo = server;
      mongoUri = "mongodb://127.0.0.1:" + address.getPort();
    }
  }

  /** Kafka bootstrap servers, e.g. {@code 127.0.0.1:40123}. */
  public static String kafkaBootstrapServers() {
    start();
    return kafka.getBrokersAsString();
  }

  /** Connection string of the Mongo-compatible server, without a database name. */
  public static String mongoUri() {
    start();
    return mongoUri;
  }

  /**
   * Spring properties that point a NEXUS service at this infrastructure (the names every service's
   * {@code application.yml} reads).
   */
  public static Map<String, Object> springProperties() {
    return Map.of(
        "nexus.kafka.brokers", kafkaBootstrapServers(),
        "nexus.mongo.uri", mongoUri());
  }

  /** Takes the Kafka broker down, as in an outage; {@link #restartKafkaBroker()} brings it back. */
  public static synchronized void stopKafkaBroker() {
    cluster().brokers().values().forEach(broker -> broker.shutdown());
    cluster().brokers().values().forEach(broker -> broker.awaitShutdown());
  }

  /** Restarts the broker in place, on the same port and with the same log directories. */
  public static synchronized void restartKafkaBroker() {
    cluster().brokers().values().forEach(broker -> broker.startup());
  }

  private static KafkaClusterTestKit cluster() {
    start();
    return kafka.getCluster();
  }

  private static synchronized void stop() {
    if (mongo != null) {
      mongo.shutdownNow();
    }
    if (kafka != null) {
      kafka.destroy();
    }
  }
}
