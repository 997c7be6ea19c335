package nexus.launcher;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the suite runs: ports per application and the infrastructure it uses.
 *
 * @param ports port per application name (auth, gateway and each service)
 * @param kafkaBrokers Kafka bootstrap servers
 * @param mongoUri Mongo connection string (no database; each service names its own)
 * @param extra further properties for every application (e.g. the demo password)
 * @param args command-line arguments passed to every application
 * @param smtpPort port of the SMTP server on this host the services send mail to; null for none
 */
public record SuiteConfig(
    Map<String, Integer> ports,
    String kafkaBrokers,
    String mongoUri,
    Map<String, Object> extra,
    String[] args,
    Integer smtpPort) {

  public SuiteConfig {
    ports = Map.copyOf(ports);
    extra = Map.copyOf(extra);
    args = args.clone();
  }

  /** A suite whose services send no mail anywhere (their SMTP setting stays their own). */
  public SuiteConfig(
      Map<String, Integer> ports,
      String kafkaBrokers,
      String mongoUri,
      Map<String, Object> extra,
      String[] args) {
    this(ports, kafkaBrokers, mongoUri, extra, args, null);
  }

  int port(String app) {
    Integer port = ports.get(app);
    if (port == null) {
      throw new IllegalArgumentException("no port for " + app);
    }
    return port;
  }

  String gatewayUrl() {
    return "http://localhost:" + port("gateway");
  }

  /** Properties every application gets. */
  Map<String, Object> common() {
    Map<String, Object> props = new HashMap<>(extra);
    props.put("nexus.kafka.brokers", kafkaBrokers);
    props.put("nexus.mongo.uri", mongoUri);
    props.put("nexus.auth.issuer", "http://localhost:" + port("auth"));
    props.put("nexus.gateway.url", gatewayUrl());
    if (smtpPort != null) {
      props.put("spring.mail.host", "127.0.0.1");
      props.put("spring.mail.port", smtpPort);
    }
    return props;
  }

  @Override
  public String[] args() {
    return args.clone();
  }
}
