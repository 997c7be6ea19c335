package nexus.contract.payment;

import java.util.Map;
import nexus.contract.ContractProperties;
import nexus.contract.payment.domain.BankAccount;
import org.springframework.web.client.RestClient;

/**
 * The bank's transfer API over HTTP: {@code POST {url}/transfers} with an {@code Idempotency-Key}
 * header; the bank answers {@code {"reference": "..."}}.
 */
class HttpBankGateway implements BankGateway {

  private final RestClient http;

  HttpBankGateway(ContractProperties properties, RestClient.Builder builder) {
    this.http = builder.baseUrl(properties.bank().url()).build();
  }

  /** The bank's answer. */
  record Confirmation(String reference) {}

  @Override
  public String transfer(String idempotencyKey, BankAccount payee, long amountJpy) {
    Confirmation c =
        http.post()
            .uri("/transfers")
            .header("Idempotency-Key", idempotencyKey)
            .body(Map.of("payee", payee, "amountJpy", amountJpy))
            .retrieve()
            .body(Confirmation.class);
    if (c == null || c.reference() == null) {
      throw new IllegalStateException("the bank confirmed no reference");
    }
    return c.reference();
  }
}
