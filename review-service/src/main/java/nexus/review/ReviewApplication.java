package nexus.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Screening, export control, reviewer assignment, scoring and award decisions. */
@SpringBootApplication
public class ReviewApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReviewApplication.class, args);
  }
}
