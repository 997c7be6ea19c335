package nexus.alumni.gathering;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs run once per cluster: ShedLock's locks in the {@code shedlock} collection. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class Scheduling {

  @Bean
  LockProvider lockProvider(MongoTemplate mongo) {
    return new MongoLockProvider(mongo.getCollection("shedlock"));
  }
}
