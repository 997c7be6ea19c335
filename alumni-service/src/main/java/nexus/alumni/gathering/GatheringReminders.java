package nexus.alumni.gathering;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds members of gatherings they are going to, once per gathering, on one node only. */
@Component
class GatheringReminders {

  private final Gatherings gatherings;
  private final Duration ahead;

  GatheringReminders(
      Gatherings gatherings, @Value("${nexus.alumni.gatherings.remind-ahead:48h}") Duration ahead) {
    this.gatherings = gatherings;
    this.ahead = ahead;
  }

  @Scheduled(
      fixedDelayString = "${nexus.alumni.gatherings.remind-every:15m}",
      initialDelayString = "${nexus.alumni.gatherings.remind-every:15m}")
  @SchedulerLock(name = "alumni-gathering-reminders", lockAtMostFor = "10m", lockAtLeastFor = "1m")
  void remind() {
    gatherings.remindDue(ahead);
  }
}
