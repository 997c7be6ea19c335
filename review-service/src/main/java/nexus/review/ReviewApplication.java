package nexus.review;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Screening, export control, reviewer assignment, scoring and award decisions. */
@SpringBootApplication
public class ReviewApplication {

  /** Config file name: every service of the suite can share one classpath (the launcher). */
  public static final String CONFIG_NAME = "spring.config.name=review-service";

  public static void main(String[] args) {
    builder().run(args);
  }

  /** The application as the launcher and tests start it. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(ReviewApplication.class).properties(CONFIG_NAME);
  }
}
