package nexus.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nexus.testsupport.SignedTokens;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * One Spring context for every contract IT: embedded Kafka and Mongo-compatible server, MockMvc,
 * the fake bank, the agency's paying account for Zengin files, and trust in {@link SignedTokens}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {
      "spring.config.name=contract-service",
      "nexus.contract.remitter.requester-code=1234567890",
      "nexus.contract.remitter.name-kana=ｶｶﾞｸｷﾞｼﾞﾕﾂｼﾝｺｳｷｺｳ",
      "nexus.contract.remitter.bank-code=0001",
      "nexus.contract.remitter.bank-name=ﾐｽﾞﾎ",
      "nexus.contract.remitter.branch-code=001",
      "nexus.contract.remitter.branch-name=ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ",
      "nexus.contract.remitter.account-number=1234567",
      "resilience4j.retry.instances.bank.wait-duration=10ms"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
@Import({FakeBank.Config.class, SignedTokens.Decoder.class})
public @interface ContractIT {}
