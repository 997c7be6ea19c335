package nexus.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The gateway: the suite's one origin. */
@SpringBootApplication
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayApplication {

  public static final String CONFIG_NAME = "spring.config.name=gateway";

  public static void main(String[] args) {
    builder().run(args);
  }

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(GatewayApplication.class).properties(CONFIG_NAME);
  }
}
