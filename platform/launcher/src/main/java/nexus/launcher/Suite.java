package nexus.launcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nexus.alumni.AlumniApplication;
import nexus.auth.AuthServerApplication;
import nexus.contract.ContractApplication;
import nexus.gateway.GatewayApplication;
import nexus.intake.IntakeApplication;
import nexus.reporting.ReportingApplication;
import nexus.review.ReviewApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The suite's applications, each its own Spring context on its own port, sharing one JVM and one
 * classpath: the OIDC server, the five services and the gateway. Each application reads its own
 * config file ({@code spring.config.name}) and leaves out what belongs to the others.
 */
public final class Suite implements AutoCloseable {

  /**
   * What the gateway and the OIDC server leave out: databases, Kafka, the services' web setup. The
   * OIDC server leaves out the gateway's routing itself ({@code AuthServerApplication}): this list
   * replaces the exclusions of its config file.
   */
  static final String EDGE_EXCLUDES =
      String.join(
          ",",
          "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
          "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
          "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
          "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
          "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
          "org.springframework.cloud.stream.config.BindingServiceConfiguration",
          "org.springframework.cloud.stream.function.FunctionConfiguration",
          "org.springframework.cloud.stream.config.BindersHealthIndicatorAutoConfiguration",
          "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
          "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
          "nexus.messaging.MessagingAutoConfiguration",
          "nexus.web.WebAutoConfiguration");

  /**
   * The services' API documentation (springdoc, on the shared classpath) stays off in the gateway
   * and the OIDC server, which have no API of their own to document.
   */
  static final Map<String, Object> NO_API_DOCS =
      Map.of("springdoc.api-docs.enabled", false, "springdoc.swagger-ui.enabled", false);

  /** What the services leave out: the OIDC server's and the gateway's machinery. */
  static final String SERVICE_EXCLUDES =
      String.join(
          ",",
          "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
          "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.GatewayServerMvcAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.filter.FilterAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctionAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.handler.GatewayMultipartAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.predicate.PredicateAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.GatewayServerMvcAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.GatewayMvcClassPathWarningAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.filter.FilterAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctionAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.handler.GatewayMultipartAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.predicate.PredicateAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.config.DefaultFunctionConfiguration");

  /** The services in start order, by route name. */
  static final Map<String, Supplier<SpringApplicationBuilder>> SERVICES = new LinkedHashMap<>();

  static {
    SERVICES.put("intake", IntakeApplication::builder);
    SERVICES.put("review", ReviewApplication::builder);
    SERVICES.put("contract", ContractApplication::builder);
    SERVICES.put("reporting", ReportingApplication::builder);
    SERVICES.put("alumni", AlumniApplication::builder);
  }

  /** The services' names, in start order (each needs a port in {@link SuiteConfig}). */
  public static java.util.Set<String> serviceNames() {
    return java.util.Collections.unmodifiableSet(SERVICES.keySet());
  }

  private final SuiteConfig config;
  private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

  private Suite(SuiteConfig config) {
    this.config = config;
  }

  /** Starts the OIDC server, every service and then the gateway. */
  public static Suite start(SuiteConfig config) {
    Suite suite = new Suite(config);
    try {
      suite.contexts.put("auth", suite.startAuth());
      for (String service : SERVICES.keySet()) {
        suite.startService(service);
      }
      suite.contexts.put("gateway", suite.startGateway());
      return suite;
    } catch (RuntimeException e) {
      suite.close();
      throw e;
    }
  }

  /** Starts (or restarts) one service. */
  public synchronized ConfigurableApplicationContext startService(String name) {
    return startService(name, Map.of());
  }

  /** Starts (or restarts) one service with extra properties (fault tests). */
  public synchronized ConfigurableApplicationContext startService(
      String name, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>(config.common());
    props.putAll(extra);
    props.put("server.port", config.port(name));
    props.put("spring.autoconfigure.exclude", SERVICE_EXCLUDES);
    // the gateway's jar turns multipart parsing off in every context of the JVM unless it is set
    // (the gateway streams uploads through); the services parse their uploads themselves
    props.put("spring.servlet.multipart.enabled", true);
    ConfigurableApplicationContext context = SERVICES.get(name).get().run(args(props));
    contexts.put(name, context);
    return context;
  }

  /** Stops one service, as if its process died (the gateway and the others stay up). */
  public synchronized void stopService(String name) {
    ConfigurableApplicationContext context = contexts.remove(name);
    if (context != null) {
      context.close();
    }
  }

  public ConfigurableApplicationContext context(String name) {
    return contexts.get(name);
  }

  /** The port an application listens on. */
  public int port(String name) {
    return config.port(name);
  }

  public String gatewayUrl() {
    return config.gatewayUrl();
  }

  private ConfigurableApplicationContext startAuth() {
    Map<String, Object> props = new HashMap<>(config.common());
    props.put("server.port", config.port("auth"));
    props.put("spring.autoconfigure.exclude", EDGE_EXCLUDES);
    props.putAll(NO_API_DOCS);
    return AuthServerApplication.builder().run(args(props));
  }

  private ConfigurableApplicationContext startGateway() {
    Map<String, Object> props = new HashMap<>(config.common());
    props.put("server.port", config.port("gateway"));
    props.put("spring.autoconfigure.exclude", EDGE_EXCLUDES);
    props.putAll(NO_API_DOCS);
    for (String service : SERVICES.keySet()) {
      props.put("nexus.gateway.routes." + service, "http://localhost:" + config.port(service));
    }
    return GatewayApplication.builder().run(args(props));
  }

  /**
   * The suite's settings go in as command-line arguments: they must win over each application's own
   * config file (which names its usual port, for instance).
   */
  private String[] args(Map<String, Object> props) {
    List<String> args = new ArrayList<>(List.of(config.args()));
    props.forEach((key, value) -> args.add("--" + key + "=" + value));
    return args.toArray(String[]::new);
  }

  @Override
  public synchronized void close() {
    List<String> names = new ArrayList<>(contexts.keySet());
    java.util.Collections.reverse(names);
    for (String name : names) {
      try {
        contexts.remove(name).close();
      } catch (RuntimeException e) {
        // keep closing the others
      }
    }
  }
}
