package nexus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsAreTheIssuesSurgeOfTwoHundredApplicantsAndTenThousandPlans() {
    BenchOptions options = BenchOptions.parse();
    assertThat(options.users()).isEqualTo(200);
    assertThat(options.plans()).isEqualTo(10_000);
    assertThat(options.warmup()).isEqualTo(1_000);
    assertThat(options.pis()).isEqualTo(5_500);
    assertThat(options.mongoBackend()).isEqualTo("h2");
  }

  @Test
  void oneMorePlanThanTwicePisNeedsOneMorePi() {
    BenchOptions options =
        BenchOptions.parse("--plans", "7", "--warmup", "0", "--timeout-minutes", "3");
    assertThat(options.pis()).isEqualTo(4);
    assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void openLoopStepsOfferTheirRateForTheirSecondsWithPlansOfTheirOwn() {
    BenchOptions options =
        BenchOptions.parse(
            "--plans", "100", "--warmup", "10", "--open-rates", "50, 25", "--open-seconds", "4");
    assertThat(options.openRates()).containsExactly(25, 50);
    assertThat(options.openPlans(50)).isEqualTo(200);
    assertThat(options.openPlans()).isEqualTo(300);
    assertThat(options.pis()).isEqualTo(205);
    assertThatThrownBy(() -> BenchOptions.parse("--open-rates", "0"))
        .hasMessageContaining("--open-rates");
  }

  @Test
  void unknownOptionsAndUnknownBackendsAreRefusedWithTheUsage() {
    assertThatThrownBy(() -> BenchOptions.parse("--userz", "3"))
        .hasMessageContaining("unknown option --userz")
        .hasMessageContaining("--users 200");
    assertThatThrownBy(() -> BenchOptions.parse("--mongo", "postgres"))
        .hasMessageContaining("h2 or memory");
  }
}
