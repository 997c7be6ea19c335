package nexus.auth;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The embedded OIDC provider: login page, sign-up, tokens with the suite's roles, demo accounts.
 *
 * <p>It shares the gateway's jar but routes nothing, so the gateway's auto-configurations stay off
 * here, whatever {@code spring.autoconfigure.exclude} a launcher passes (a property given on the
 * command line replaces the config file's list rather than adding to it). With them on, the
 * gateway's {@code FormFilter} (a servlet filter ordered after Spring Security) moves every form
 * post's parameters into the body and passes on a request whose parameters are only those of the
 * query string: the sign-up form's fields reach the controller empty. Its function routing would
 * also map {@code /login} to a function bean.
 */
@SpringBootApplication(
    excludeName = {
      "org.springframework.cloud.gateway.server.mvc.GatewayServerMvcAutoConfiguration",
      "org.springframework.cloud.gateway.server.mvc.GatewayMvcClassPathWarningAutoConfiguration",
      "org.springframework.cloud.gateway.server.mvc.filter.FilterAutoConfiguration",
      "org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctionAutoConfiguration",
      "org.springframework.cloud.gateway.server.mvc.handler.GatewayMultipartAutoConfiguration",
      "org.springframework.cloud.gateway.server.mvc.predicate.PredicateAutoConfiguration",
      "org.springframework.cloud.gateway.server.mvc.config.DefaultFunctionConfiguration"
    })
public class AuthServerApplication {

  public static final String CONFIG_NAME = "spring.config.name=auth-server";

  public static void main(String[] args) {
    builder().run(args);
  }

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(AuthServerApplication.class).properties(CONFIG_NAME);
  }
}
