package nexus.bench;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nexus.intake.call.CallCatalog;
import nexus.intake.call.domain.Call;
import nexus.launcher.EmbeddedMail;
import nexus.launcher.Suite;
import nexus.launcher.SuiteConfig;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The embedded suite as the launcher runs it (a Kafka broker, a Mongo-compatible server and a mail
 * server in this JVM, the OIDC server, the five services and the gateway), on free ports and a
 * fresh data directory, with the bench's PIs as accounts and the suite's own settings otherwise.
 */
final class BenchSuite implements AutoCloseable {

  static final String CALL = "ytec-2035";
  static final String STAFF_PASSWORD = "bench-staff-password";

  private final EmbeddedKafkaKraftBroker kafka;
  private MongoServer mongo;
  private MongoBackend backend;
  private final int mongoPort;
  private final String mongoUri;
  private final Suite suite;
  private final EmbeddedMail mail;
  private final Path data;

  private BenchSuite(List<Applicants.Pi> pis, String mongoBackend, Path data) throws IOException {
    this.data = data;
    kafka = new EmbeddedKafkaKraftBroker(1, 4);
    kafka.brokerProperties(
        Map.of(
            "auto.create.topics.enable", "true",
            "num.partitions", "4",
            "log.dirs", data.resolve("kafka").toString()));
    kafka.afterPropertiesSet();
    backend =
        mongoBackend.equals("h2")
            ? new H2Backend(data.resolve("mongo.mv").toString())
            : new MemoryBackend();
    mongo = new MongoServer(backend);
    mongoPort = freePort();
    mongo.bind("127.0.0.1", mongoPort);
    mongoUri = "mongodb://127.0.0.1:" + mongoPort;

    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("gateway", freePort());
    ports.put("auth", freePort());
    for (String service : Suite.serviceNames()) {
      ports.put(service, freePort());
    }
    Map<String, Object> extra = new HashMap<>(Applicants.asProperties(pis));
    extra.put("nexus.auth.demo-password", STAFF_PASSWORD);
    // every applicant of the bench signs in from this machine's loopback address: the sign-in
    // limit per address (against guessing across accounts) would stop the setup after 30 of them,
    // where each applicant would come from an address of their own
    extra.put("nexus.auth.rate-limits.logins-per-address-per-minute", 1_000_000);
    // the applications log as usual, to a file rather than over the bench's own output
    extra.put("logging.file.name", data.resolve("suite.log").toString());
    extra.put("logging.threshold.console", "WARN");
    // the receipts go to a mail server as in the launcher: a failing send would be retried and
    // dead-lettered by intake's consumer, work the real suite does not do
    mail = EmbeddedMail.start(freePort(), freePort());
    suite =
        Suite.start(
            new SuiteConfig(
                ports,
                kafka.getBrokersAsString(),
                mongoUri,
                extra,
                new String[0],
                mail.smtpPort()));
  }

  static BenchSuite start(List<Applicants.Pi> pis, String mongoBackend) throws IOException {
    Path data = Files.createTempDirectory("nexus-bench-");
    return new BenchSuite(pis, mongoBackend, data);
  }

  /**
   * What intake staff do before the surge: open the call (a copy of the 2025 call) with its
   * deadline where the bench says.
   */
  Call openCall(LocalDateTime closesAt) {
    return openCall(2035, closesAt);
  }

  /** Another call of that fiscal year ({@code ytec-<year>}), open until then as well. */
  Call openCall(int fiscalYear, LocalDateTime closesAt) {
    CallCatalog calls = suite.context("intake").getBean(CallCatalog.class);
    calls.copy("ytec-2025", fiscalYear);
    return calls.reschedule(
        "ytec-" + fiscalYear, closesAt.minusDays(30), closesAt, "staff-intake", "benchmark");
  }

  /** Where the broker, the Mongo server (h2) and the suite's log keep their files. */
  Path dataDirectory() {
    return data;
  }

  String gatewayUrl() {
    return suite.gatewayUrl();
  }

  String mongoUri() {
    return mongoUri;
  }

  String kafkaBrokers() {
    return kafka.getBrokersAsString();
  }

  /** The application context of one part of the suite (intake, review, ..., gateway, auth). */
  ConfigurableApplicationContext context(String name) {
    return suite.context(name);
  }

  /** Takes the Kafka broker down, as in an outage. */
  void stopKafka() {
    kafka.getCluster().brokers().values().forEach(broker -> broker.shutdown());
    kafka.getCluster().brokers().values().forEach(broker -> broker.awaitShutdown());
  }

  /** Starts the broker again in place: same port, same log directories. */
  void startKafka() {
    kafka.getCluster().brokers().values().forEach(broker -> broker.startup());
  }

  /** A service's process dies and is started again (the others and the gateway stay up). */
  void restartService(String name) {
    stopService(name);
    startService(name);
  }

  /** A service's process dies (its context closes; the others and the gateway stay up). */
  void stopService(String name) {
    suite.stopService(name);
  }

  /** A stopped service starts again, on its port, with its database and consumer groups. */
  void startService(String name) {
    suite.startService(name);
  }

  /** A stopped service starts again with extra settings (e.g. its consumers' poll size). */
  void startService(String name, Map<String, Object> extra) {
    suite.startService(name, extra);
  }

  /**
   * Restarts the Mongo-compatible server on its port: every client connection is dropped, the store
   * is closed and opened again from its file. Only the h2 backend keeps data across this.
   */
  synchronized void restartMongo() {
    if (!(backend instanceof H2Backend)) {
      throw new IllegalStateException("only the h2 backend keeps its data across a restart");
    }
    mongo.shutdownNow();
    backend = new H2Backend(data.resolve("mongo.mv").toString());
    mongo = new MongoServer(backend);
    mongo.bind("127.0.0.1", mongoPort);
  }

  @Override
  public void close() {
    suite.close();
    mail.close();
    mongo.shutdownNow();
    backend.close();
    kafka.destroy();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
