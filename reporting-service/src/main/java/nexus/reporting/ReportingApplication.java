package nexus.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Reporting obligations, reports, public activity reports, follow-up surveys and statistics. */
@SpringBootApplication
public class ReportingApplication {

  /** Config file name: every service of the suite can share one classpath (the launcher). */
  public static final String CONFIG_NAME = "spring.config.name=reporting-service";

  public static void main(String[] args) {
    builder().run(args);
  }

  /** The application as the launcher and tests start it. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(ReportingApplication.class).properties(CONFIG_NAME);
  }
}
