package nexus.review.reminder;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for due reminders on a schedule, once per cluster: the lock lives in MongoDB ({@code
 * shedlock} collection), so of several review instances only one runs each round.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ReminderSchedule {

  private final Reminders reminders;

  ReminderSchedule(Reminders reminders) {
    this.reminders = reminders;
  }

  @Bean
  LockProvider lockProvider(MongoTemplate mongo) {
    return new MongoLockProvider(mongo.getDb());
  }

  @Scheduled(
      fixedDelayString = "${nexus.review.reminders.every:PT1H}",
      initialDelayString = "${nexus.review.reminders.first:PT1M}")
  @SchedulerLock(name = "review-scoring-reminders", lockAtLeastFor = "PT30S")
  void remind() {
    reminders.recordDue();
  }
}
