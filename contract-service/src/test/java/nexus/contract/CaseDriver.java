package nexus.contract;

import static nexus.contract.CaseFixtures.applicantOf;
import static nexus.contract.CaseFixtures.contractStaff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Takes a case through its steps over the API, as staff and the institutions would. */
public final class CaseDriver {

  public static final String WORK_PLAN =
      """
      {"budget":{"suppliesJpy":900000,"honorariaJpy":400000,"travelJpy":4500000,"otherJpy":500000,"indirectJpy":630000},
       "start":"2026-02-01","end":"2026-11-30","participants":["Siti Rahman (PARTICIPANT)"]}
      """;
  public static final String ACCOUNT =
      """
      {"agreementId":"%s","account":{"bankCode":"0005","bankName":"ミツビシユーエフジェイ","branchCode":"123",
       "branchName":"ホンゴウ","accountType":"1","accountNumber":"7654321","holderKana":"コクリツダイガクホウジン"}}
      """;

  private final MockMvc mvc;

  public CaseDriver(MockMvc mvc) {
    this.mvc = mvc;
  }

  public String json(String planId) throws Exception {
    return mvc.perform(get("/api/cases/" + planId).with(contractStaff("staff-a")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  public ResultActions staffPost(String staff, String path, String body) throws Exception {
    return mvc.perform(
        post(path)
            .with(contractStaff(staff))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  public ResultActions closeCondition(String planId, String conditionId) throws Exception {
    return staffPost(
        "staff-a", "/api/cases/" + planId + "/conditions/" + conditionId + "/close", "");
  }

  public ResultActions submitWorkPlan(String planId, String body) throws Exception {
    return mvc.perform(
        put("/api/my/cases/" + planId + "/work-plan")
            .with(applicantOf(CaseFixtures.HOST))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  public ResultActions decideWorkPlan(String planId, boolean approve, String comment)
      throws Exception {
    return staffPost(
        "staff-a",
        "/api/cases/" + planId + "/work-plan/decision",
        "{\"approve\":" + approve + ",\"comment\":\"" + comment + "\",\"confirm\":true}");
  }

  /** Conditions closed, work plan submitted and approved: the agreements are issued. */
  public void toAgreements(String planId) throws Exception {
    List<String> open = JsonPath.read(json(planId), "$.conditions[?(@.open == true)].id");
    for (String id : open) {
      closeCondition(planId, id).andExpect(status().isOk());
    }
    submitWorkPlan(planId, WORK_PLAN).andExpect(status().isOk());
    decideWorkPlan(planId, true, "").andExpect(status().isOk());
  }

  /**
   * The institution downloads its agreement and signs the bytes it got; the agency countersigns.
   */
  public void sign(String planId, String agreementId, String institutionId) throws Exception {
    String sha =
        mvc.perform(
                get("/api/my/cases/" + planId + "/agreements/" + agreementId + "/pdf")
                    .with(applicantOf(institutionId)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader("X-Content-SHA256");
    mvc.perform(
            post("/api/my/cases/" + planId + "/agreements/" + agreementId + "/signature")
                .with(applicantOf(institutionId))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sha256\":\"" + sha + "\",\"confirm\":true}"))
        .andExpect(status().isOk());
    staffPost(
            "staff-a",
            "/api/cases/" + planId + "/agreements/" + agreementId + "/agency-signature",
            "{\"sha256\":\"" + sha + "\",\"confirm\":true}")
        .andExpect(status().isOk());
  }

  public ResultActions requestPayment(String staff, String planId, String agreementId)
      throws Exception {
    return staffPost(staff, "/api/cases/" + planId + "/payments", ACCOUNT.formatted(agreementId));
  }

  public ResultActions approvePayment(String staff, String planId, String paymentId)
      throws Exception {
    return staffPost(
        staff,
        "/api/cases/" + planId + "/payments/" + paymentId + "/approval",
        "{\"confirm\":true}");
  }

  public ResultActions disburse(String staff, String planId, String paymentId) throws Exception {
    return staffPost(
        staff,
        "/api/cases/" + planId + "/payments/" + paymentId + "/disbursement",
        "{\"confirm\":true}");
  }

  /** Requested by staff-a, approved by staff-b. */
  public String requestAndApprove(String planId, String agreementId) throws Exception {
    requestPayment("staff-a", planId, agreementId).andExpect(status().isOk());
    String paymentId = "PAY-" + agreementId;
    approvePayment("staff-b", planId, paymentId).andExpect(status().isOk());
    return paymentId;
  }
}
