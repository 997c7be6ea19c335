package nexus.intake.timeline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import nexus.events.CallOpened;
import nexus.events.EventCatalog;
import nexus.events.PaymentDisbursed;
import nexus.events.PlanSubmitted;
import nexus.events.SurveyCampaignLaunched;
import org.junit.jupiter.api.Test;

class TimelineStepsTest {

  private static final Instant ENVELOPE_TIME = Instant.parse("2026-02-01T00:00:00Z");

  @Test
  void paymentIsAStepAtItsDisbursementWithItsAmount() {
    Instant paid = Instant.parse("2026-01-20T01:00:00Z");
    TimelineStep step =
        TimelineSteps.of(
                new PaymentDisbursed("P-1", "PAY-1", "INST-1", 6_300_000L, paid),
                "payment.disbursed",
                ENVELOPE_TIME)
            .orElseThrow();

    assertThat(step.planIds()).containsExactly("P-1");
    assertThat(step.occurredAt()).isEqualTo(paid);
    assertThat(step.facts()).containsEntry("amountJpy", 6_300_000L);
  }

  @Test
  void submissionShowsItsVersionAndRequestedAmount() {
    TimelineStep step =
        TimelineSteps.of(
                new PlanSubmitted(
                    "P-1",
                    "ytec-2025",
                    "I",
                    "Inst",
                    "MENTOR",
                    "T",
                    List.of("TH"),
                    3_000_000L,
                    ENVELOPE_TIME,
                    2),
                "plan.submitted",
                ENVELOPE_TIME)
            .orElseThrow();

    assertThat(step.facts()).containsEntry("version", 2).containsEntry("amountJpy", 3_000_000L);
  }

  @Test
  void surveyCampaignIsAStepOfEveryPlanItAsksAndACallIsNoStep() {
    TimelineStep step =
        TimelineSteps.of(
                new SurveyCampaignLaunched("C-1", 2027, List.of("P-1", "P-2"), ENVELOPE_TIME),
                "survey-campaign.launched",
                ENVELOPE_TIME)
            .orElseThrow();

    assertThat(step.planIds()).containsExactly("P-1", "P-2");
    assertThat(
            TimelineSteps.of(
                new CallOpened("ytec-2026", "nexus-ytec", 2026, "t", ENVELOPE_TIME, ENVELOPE_TIME),
                "call.opened",
                ENVELOPE_TIME))
        .isEmpty();
  }

  @Test
  void everyTimelineEventHasALabelInJapaneseAndEnglish() throws IOException {
    Properties en = load("/intake-messages.properties");
    Properties ja = load("/intake-messages_ja.properties");

    assertThat(TimelineSteps.eventTypes()).hasSizeGreaterThan(15);
    for (var type : TimelineSteps.eventTypes()) {
      String key = "timeline.event." + EventCatalog.typeOf(type).name();
      assertThat(en.getProperty(key)).as(key + " (en)").isNotBlank();
      assertThat(ja.getProperty(key))
          .as(key + " (ja)")
          .isNotBlank()
          .isNotEqualTo(en.getProperty(key));
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TimelineStepsTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
