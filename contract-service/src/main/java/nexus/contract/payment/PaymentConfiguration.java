package nexus.contract.payment;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import nexus.contract.ContractProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The bank adapter: the bank's API where one is configured, else the Zengin file upload. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

  @Bean
  @ConditionalOnMissingBean
  BankGateway bankGateway(ContractProperties properties, RestClient.Builder http) {
    return properties.bank() != null
            && properties.bank().url() != null
            && !properties.bank().url().isBlank()
        ? new HttpBankGateway(properties, http)
        : new FileTransferBankGateway();
  }

  @Bean
  Retry bankRetry(RetryRegistry registry) {
    return registry.retry("bank");
  }

  @Bean
  CircuitBreaker bankCircuitBreaker(CircuitBreakerRegistry registry) {
    return registry.circuitBreaker("bank");
  }
}
