package nexus.auth;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The embedded OIDC provider: login page, tokens with the suite's roles, demo accounts. */
@SpringBootApplication
public class AuthServerApplication {

  public static final String CONFIG_NAME = "spring.config.name=auth-server";

  public static void main(String[] args) {
    builder().run(args);
  }

  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(AuthServerApplication.class).properties(CONFIG_NAME);
  }
}
