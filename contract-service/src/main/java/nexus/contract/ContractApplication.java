package nexus.contract;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Work plans, implementation agreements, advance payments and settlement of awarded plans. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContractApplication {

  /** Config file name: every service of the suite can share one classpath (the launcher). */
  public static final String CONFIG_NAME = "spring.config.name=contract-service";

  public static void main(String[] args) {
    builder().run(args);
  }

  /** The application as the launcher and tests start it. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(ContractApplication.class).properties(CONFIG_NAME);
  }
}
