package nexus.alumni.gathering;

import static nexus.alumni.support.AlumniFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import nexus.alumni.support.AlumniIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reminder job runs on one node at a time: a second node (its own lock provider on the same
 * MongoDB) cannot take the job's lock while this node holds it, and this node's own second run is
 * skipped while the lock is held.
 */
class ReminderLockIT extends AlumniIntegrationTest {

  @Autowired GatheringReminders reminders;

  @Test
  void aSecondNodeDoesNotRunTheRemindersWhileTheFirstHoldsTheLock() {
    reminders.remind();

    MongoLockProvider otherNode = new MongoLockProvider(mongo.getCollection("shedlock"));
    Optional<SimpleLock> lock =
        otherNode.lock(
            new LockConfiguration(
                Instant.now(), "alumni-gathering-reminders", Duration.ofMinutes(5), Duration.ZERO));
    assertThat(lock).isEmpty();

    Optional<SimpleLock> otherJob =
        otherNode.lock(
            new LockConfiguration(
                Instant.now(), "other-job-" + newId("x"), Duration.ofMinutes(1), Duration.ZERO));
    assertThat(otherJob).isPresent();
    otherJob.get().unlock();
  }
}
