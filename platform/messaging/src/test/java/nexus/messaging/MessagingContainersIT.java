package nexus.messaging;

import nexus.testsupport.ContainerInfrastructure;
import nexus.testsupport.WithContainerInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The same scenarios on real Kafka and a real MongoDB 7 replica set (where Docker is). */
@SpringBootTest(classes = MessagingTestApp.class)
@WithContainerInfrastructure
class MessagingContainersIT extends MessagingIT {

  @Override
  void brokerDown() {
    ContainerInfrastructure.pauseKafka();
  }

  @Override
  void brokerBack() {
    ContainerInfrastructure.resumeKafka();
  }
}
