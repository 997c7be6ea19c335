package nexus.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code nexus.gateway}.
 *
 * @param routes path prefix (e.g. {@code intake}) to the base URL of the service behind it
 */
@ConfigurationProperties("nexus.gateway")
public record GatewayProperties(Map<String, String> routes) {
  public GatewayProperties {
    routes = routes == null ? Map.of() : new LinkedHashMap<>(routes);
  }
}
