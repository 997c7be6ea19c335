package nexus.contract.casefile;

import static nexus.contract.CaseFixtures.HOST;
import static nexus.contract.CaseFixtures.PARTNER;
import static nexus.contract.CaseFixtures.applicantOf;
import static nexus.contract.CaseFixtures.awardWithPartner;
import static nexus.contract.CaseFixtures.contractStaff;
import static nexus.contract.CaseFixtures.newPlanId;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import nexus.contract.ContractIT;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ContractIT
class CaseThreadIT {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PROGRAM = {
    'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0
  };

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  @Test
  void staffAndTheHostSettleAConditionInTheThreadWithVersionedAttachments() throws Exception {
    String planId = newPlanId();
    inbox.handle(codec.encode(codec.wrap(awardWithPartner(planId), "review-service", null)));

    mvc.perform(
            multipart("/api/cases/" + planId + "/messages")
                .param("text", "Please send the revised dispatch schedule.")
                .with(contractStaff("staff-a")))
        .andExpect(status().isOk());
    mvc.perform(
            multipart("/api/my/cases/" + planId + "/messages")
                .file(new MockMultipartFile("files", "schedule.pdf", "application/pdf", PDF))
                .param("text", "Revised: 60 days.")
                .with(applicantOf(HOST)))
        .andExpect(status().isOk());
    String json =
        mvc.perform(
                multipart("/api/my/cases/" + planId + "/messages")
                    .file(new MockMultipartFile("files", "schedule.pdf", "application/pdf", PDF))
                    .param("text", "Corrected dates.")
                    .with(applicantOf(HOST)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.messages.length()").value(3))
            .andExpect(jsonPath("$.messages[0].fromStaff").value(true))
            .andExpect(jsonPath("$.messages[1].attachments[0].version").value(1))
            .andExpect(jsonPath("$.messages[2].attachments[0].version").value(2))
            .andExpect(
                jsonPath("$.messages[2].attachments[0].contentType").value("application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String fileId = JsonPath.read(json, "$.messages[1].attachments[0].fileId");

    mvc.perform(
            get("/api/cases/" + planId + "/attachments/" + fileId).with(contractStaff("staff-b")))
        .andExpect(status().isOk())
        .andExpect(content().bytes(PDF));
    mvc.perform(
            multipart("/api/cases/" + planId + "/conditions/C1/close")
                .with(contractStaff("staff-a")))
        .andExpect(jsonPath("$.stage").value("WORK_PLAN"));
  }

  @Test
  void aProgramIsRefusedWhateverItsNameAndOnlyTheHostWritesToTheThread() throws Exception {
    String planId = newPlanId();
    inbox.handle(codec.encode(codec.wrap(awardWithPartner(planId), "review-service", null)));

    mvc.perform(
            multipart("/api/my/cases/" + planId + "/messages")
                .file(new MockMultipartFile("files", "budget.pdf", "application/pdf", PROGRAM))
                .with(applicantOf(HOST)))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.rule").value("document.type"));
    mvc.perform(
            multipart("/api/my/cases/" + planId + "/messages")
                .param("text", "hi")
                .with(applicantOf(PARTNER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            multipart("/api/my/cases/" + planId + "/messages")
                .param("text", "hi")
                .with(applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(multipart("/api/my/cases/" + planId + "/messages").with(applicantOf(HOST)))
        .andExpect(status().isBadRequest());
  }
}
