package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import nexus.testsupport.EmbeddedInfrastructure;

/** One suite for every end-to-end test class in the JVM, on free ports, stopped at exit. */
final class RunningSuite {

  static final String PASSWORD = "it-demo-password";
  static final int LOGINS_PER_MINUTE = 20;
  static final int SUBMISSIONS_PER_MINUTE = 15;
  private static Suite suite;

  private RunningSuite() {}

  static synchronized Suite get() {
    if (suite == null) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      ports.put("gateway", freePort());
      ports.put("auth", freePort());
      for (String service : Suite.SERVICES.keySet()) {
        ports.put(service, freePort());
      }
      suite =
          Suite.start(
              new SuiteConfig(
                  ports,
                  EmbeddedInfrastructure.kafkaBootstrapServers(),
                  EmbeddedInfrastructure.mongoUri(),
                  Map.of(
                      "nexus.auth.demo-password", PASSWORD,
                      "nexus.auth.rate-limits.logins-per-minute", LOGINS_PER_MINUTE,
                      "nexus.gateway.rate-limits.submissions-per-minute", SUBMISSIONS_PER_MINUTE),
                  new String[0]));
      Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
    }
    return suite;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
