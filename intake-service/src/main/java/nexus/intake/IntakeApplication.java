package nexus.intake;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The applicants' front door: calls, exchange plans, documents and submission. */
@SpringBootApplication
public class IntakeApplication {

  /** Config file name: every service of the suite can share one classpath (the launcher). */
  public static final String CONFIG_NAME = "spring.config.name=intake-service";

  public static void main(String[] args) {
    builder().run(args);
  }

  /** The application as the launcher and tests start it. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(IntakeApplication.class).properties(CONFIG_NAME);
  }
}
