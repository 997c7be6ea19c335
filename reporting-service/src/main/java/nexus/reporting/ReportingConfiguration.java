package nexus.reporting;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import nexus.reporting.obligation.ReportingRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run once per cluster: ShedLock keeps its locks in this service's own database
 * (collection {@code shedLock}), so of several replicas only one runs a job at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@EnableConfigurationProperties(ReportingRules.class)
class ReportingConfiguration {

  @Bean
  LockProvider lockProvider(MongoTemplate mongo) {
    return new MongoLockProvider(mongo.getDb());
  }
}
