package nexus.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * README command 1: the whole suite on embedded infrastructure. A real Kafka broker (KRaft) runs in
 * this JVM and a Mongo-compatible server keeps its data under {@code ./data}, so plans survive a
 * restart. Ports: gateway 8080, OIDC 9000, services 8081-8085, Kafka 9092, Mongo 27017, mail
 * (GreenMail) SMTP 3025 and IMAP 3143.
 */
public final class NexusLauncher {

  private NexusLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path data = Path.of(System.getProperty("nexus.data", "data"));
    Files.createDirectories(data);

    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 4);
    kafka.kafkaPorts(Integer.getInteger("nexus.kafka.port", 9092));
    kafka.brokerProperties(
        Map.of(
            "auto.create.topics.enable",
            "true",
            "num.partitions",
            "4",
            "log.dirs",
            data.resolve("kafka").toString()));
    kafka.afterPropertiesSet();

    H2Backend backend = new H2Backend(data.resolve("mongo.mv").toString());
    MongoServer mongo = new MongoServer(backend);
    int mongoPort = Integer.getInteger("nexus.mongo.port", 27017);
    mongo.bind("127.0.0.1", mongoPort);

    EmbeddedMail mail =
        EmbeddedMail.start(
            Integer.getInteger("nexus.smtp.port", 3025),
            Integer.getInteger("nexus.imap.port", 3143));

    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("gateway", Integer.getInteger("nexus.gateway.port", 8080));
    ports.put("auth", Integer.getInteger("nexus.auth.port", 9000));
    int next = 8081;
    for (String service : Suite.SERVICES.keySet()) {
      ports.put(service, next++);
    }
    Suite suite =
        Suite.start(
            new SuiteConfig(
                ports,
                kafka.getBrokersAsString(),
                "mongodb://127.0.0.1:" + mongoPort,
                Map.of(),
                args,
                mail.smtpPort()));

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  suite.close();
                  mail.close();
                  mongo.shutdownNow();
                  backend.close();
                  kafka.destroy();
                }));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf(
        "%n=== NEXUS Exchange is up in %.1f s: open %s (demo logins are listed above) ===%n"
            + "=== %s ===%n%n",
        took.toMillis() / 1000.0, suite.gatewayUrl(), mail.describe());
  }
}
