package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so its shape is checked instead: real
 * Kafka and a MongoDB replica set, a health check on everything, start order by health, and every
 * application on its compose profile with the port its own configuration names.
 */
class ComposeFileTest {

  private static final Path ROOT = Path.of("../..");

  /**
   * Compose service, module directory, Spring config name, port, and the port of its actuator
   * (health, metrics): the same one for the services, which the gateway fronts; a port of its own
   * for the gateway and the OIDC server, whose public ports ask for a sign-in.
   */
  private record App(
      String service, String module, String configName, int port, int managementPort) {
    App(String service, String module, String configName, int port) {
      this(service, module, configName, port, port);
    }
  }

  private static final List<App> APPS =
      List.of(
          new App("intake", "intake-service", "intake-service", 8081),
          new App("review", "review-service", "review-service", 8082),
          new App("contract", "contract-service", "contract-service", 8083),
          new App("reporting", "reporting-service", "reporting-service", 8084),
          new App("alumni", "alumni-service", "alumni-service", 8085),
          new App("gateway", "platform/gateway", "gateway", 8080, 8090),
          new App("auth", "platform/gateway", "auth-server", 9000, 9001));

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsEveryApplicationOnRealInfrastructureInHealthOrder() throws IOException {
    Map<String, Object> compose = load(ROOT.resolve("docker-compose.yml"));
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");

    assertThat(services).containsKeys("kafka", "mongo", "mailpit");
    assertThat(services.get("mongo").get("command").toString()).contains("--replSet");
    assertThat(env(services.get("kafka")))
        .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");

    services.forEach(
        (name, service) -> {
          assertThat(service).as(name + " has a health check").containsKey("healthcheck");
          Object dependsOn = service.get("depends_on");
          if (dependsOn != null) {
            ((Map<String, Map<String, String>>) dependsOn)
                .forEach(
                    (dependency, condition) ->
                        assertThat(condition)
                            .as(name + " waits for " + dependency)
                            .containsEntry("condition", "service_healthy"));
          }
        });
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyApplicationHasItsImageProfileAndPort() throws IOException {
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) load(ROOT.resolve("docker-compose.yml")).get("services");
    for (App app : APPS) {
      Map<String, Object> service = services.get(app.service());
      assertThat(service).as(app.service()).isNotNull();
      assertThat(service.get("build")).isEqualTo(app.module());
      assertThat(ROOT.resolve(app.module()).resolve("Dockerfile")).exists();
      assertThat(env(service)).containsEntry("SPRING_PROFILES_ACTIVE", "compose");

      Path resources = ROOT.resolve(app.module()).resolve("src/main/resources");
      assertThat(resources.resolve(app.configName() + "-compose.yml"))
          .as("compose profile of " + app.service())
          .exists();
      assertThat(defaultPort(resources.resolve(app.configName() + ".yml")))
          .as("port of " + app.service())
          .isEqualTo(app.port());
      assertThat(service.get("healthcheck").toString())
          .contains("localhost:" + app.managementPort() + "/actuator/health/readiness");
      if (app.managementPort() != app.port()) {
        assertThat(Files.readString(resources.resolve(app.configName() + "-compose.yml")))
            .as("management port of " + app.service())
            .contains("port: ${MANAGEMENT_PORT:" + app.managementPort() + "}");
        assertThat(service.get("ports").toString())
            .as(app.service() + " does not publish its management port")
            .doesNotContain(Integer.toString(app.managementPort()));
      }
    }
    Map<String, String> gateway = env(services.get("gateway"));
    for (App app : APPS.subList(0, 5)) {
      assertThat(gateway)
          .containsEntry(
              app.service().toUpperCase() + "_URL", "http://" + app.service() + ":" + app.port());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> env(Map<String, Object> service) {
    return (Map<String, String>) service.getOrDefault("environment", Map.of());
  }

  private static int defaultPort(Path config) throws IOException {
    Matcher m = Pattern.compile("port: \\$\\{[A-Z_]+:(\\d+)}").matcher(Files.readString(config));
    assertThat(m.find()).as("server.port in " + config).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static Map<String, Object> load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return new Yaml().load(reader);
    }
  }
}
