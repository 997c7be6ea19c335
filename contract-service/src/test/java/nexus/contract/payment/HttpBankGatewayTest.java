package nexus.contract.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import nexus.contract.ContractProperties;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

class HttpBankGatewayTest {

  private final RestClient.Builder builder = RestClient.builder();
  private final MockRestServiceServer bank = MockRestServiceServer.bindTo(builder).build();
  private final HttpBankGateway gateway =
      new HttpBankGateway(
          new ContractProperties(
              null, null, new ContractProperties.Bank("https://bank.example"), null),
          builder);

  @Test
  void theTransferCarriesThePaymentIdAsIdempotencyKey() {
    bank.expect(requestTo("https://bank.example/transfers"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header("Idempotency-Key", "PAY-1"))
        .andExpect(jsonPath("$.amountJpy").value(7_700_000))
        .andExpect(jsonPath("$.payee.accountNumber").value("7654321"))
        .andRespond(withSuccess("{\"reference\":\"B-42\"}", MediaType.APPLICATION_JSON));

    assertThat(gateway.transfer("PAY-1", AccountCipherTest.ACCOUNT, 7_700_000)).isEqualTo("B-42");
    bank.verify();
  }

  @Test
  void aBankErrorIsAFailureNotAPayment() {
    bank.expect(requestTo("https://bank.example/transfers")).andRespond(withServerError());

    assertThatThrownBy(() -> gateway.transfer("PAY-1", AccountCipherTest.ACCOUNT, 1))
        .isInstanceOf(RestClientException.class);
  }
}
