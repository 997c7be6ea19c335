package nexus.testsupport;

import java.util.Map;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real MongoDB 7 (a one-node replica set) and real Apache Kafka (KRaft) in containers, started once
 * per test JVM. Used by the {@code containers} profile wherever a Docker engine is available; the
 * same scenarios run on {@link EmbeddedInfrastructure} everywhere else.
 */
public final class ContainerInfrastructure {

  private static KafkaContainer kafka;
  private static MongoDBContainer mongo;

  private ContainerInfrastructure() {}

  public static synchronized void start() {
    if (kafka == null) {
      kafka = new KafkaContainer("apache/kafka:4.1.0");
      kafka.start();
    }
    if (mongo == null) {
      mongo = new MongoDBContainer("mongo:7");
      mongo.start();
    }
  }

  /** The same property names as {@link EmbeddedInfrastructure#springProperties()}. */
  public static Map<String, Object> springProperties() {
    start();
    return Map.of(
        "nexus.kafka.brokers", kafka.getBootstrapServers(),
        "nexus.mongo.uri", mongo.getReplicaSetUrl().replaceFirst("/test(\\?|$)", "/$1"));
  }

  /** Pauses the Kafka container, as in an outage; {@link #resumeKafka()} ends it. */
  public static void pauseKafka() {
    kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
  }

  public static void resumeKafka() {
    kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
  }
}
