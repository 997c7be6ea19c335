package nexus.alumni;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Alumni association: membership of past participants, directory and regional events. */
@SpringBootApplication
public class AlumniApplication {

  /** Config file name: every service of the suite can share one classpath (the launcher). */
  public static final String CONFIG_NAME = "spring.config.name=alumni-service";

  public static void main(String[] args) {
    builder().run(args);
  }

  /** The application as the launcher and tests start it. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(AlumniApplication.class).properties(CONFIG_NAME);
  }
}
