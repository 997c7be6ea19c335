package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.security.MessageDigest;
import java.util.HexFormat;
import nexus.intake.document.DocumentFixtures;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class DocumentUploadIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;

  @Test
  void planDocumentIsStoredUnderTheCallsNameAndComesBackIntact() throws Exception {
    String id = draft("INST-U");
    byte[] pdf = DocumentFixtures.pdf();
    upload(id, "INST-U", "PLAN", "my plan.pdf", pdf)
        .andExpect(status().isCreated())
        .andExpect(
            jsonPath("$.fileName").value("2025年度若手人材交流プログラム申請_交流計画書（Institution INST-U）.pdf"))
        .andExpect(jsonPath("$.mediaType").value("application/pdf"))
        .andExpect(
            jsonPath("$.sha256")
                .value(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))));

    mvc.perform(get("/api/drafts/" + id + "/documents/PLAN").with(applicantOf("INST-U")))
        .andExpect(status().isOk())
        .andExpect(content().bytes(pdf))
        .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''2025")));
    mvc.perform(get("/api/drafts/" + id + "/documents/PLAN").with(applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/staff/plans/" + id + "/documents/PLAN")
                .with(PlanFixtures.staff("staff-intake")))
        .andExpect(status().isOk())
        .andExpect(content().bytes(pdf));
    // review staff read the documents of the plans they screen; other staff do not
    mvc.perform(
            get("/api/staff/plans/" + id + "/documents/PLAN")
                .with(PlanFixtures.staff("staff-review")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/staff/plans/" + id + "/documents/PLAN")
                .with(PlanFixtures.staff("staff-contract")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/staff/plans/" + id + "/documents/PLAN").with(applicantOf("INST-U")))
        .andExpect(status().isForbidden());
  }

  @Test
  void programRenamedPdfTextRenamedWordAndOversizedFilesAreRefusedAndNothingIsStored()
      throws Exception {
    String id = draft("INST-H");
    upload(id, "INST-H", "PLAN", "plan.pdf", DocumentFixtures.exe())
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.rule").value("document.type"));
    upload(id, "INST-H", "PLAN", "plan.docx", "<script>alert(1)</script>".getBytes())
        .andExpect(status().isUnsupportedMediaType());
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(DocumentFixtures.pdf(), 0, big, 0, DocumentFixtures.pdf().length);
    upload(id, "INST-H", "PLAN", "big.pdf", big).andExpect(status().isPayloadTooLarge());
    upload(id, "INST-H", "NOT_A_KIND", "plan.pdf", DocumentFixtures.pdf())
        .andExpect(status().isNotFound());

    assertThat(mongo.getCollection("fs.files").countDocuments(new Document("metadata.planId", id)))
        .isZero();
  }

  @Test
  void wordDocumentsAreAcceptedAndANewUploadReplacesTheOld() throws Exception {
    String id = draft("INST-W");
    upload(id, "INST-W", "EXPORT_CONTROL_HOST", "form.pdf", DocumentFixtures.pdf())
        .andExpect(status().isCreated());
    upload(id, "INST-W", "EXPORT_CONTROL_HOST", "form.docx", DocumentFixtures.docx())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName").value(containsString("安保様式（Institution INST-W）.docx")));
    assertThat(mongo.getCollection("fs.files").countDocuments(new Document("metadata.planId", id)))
        .isEqualTo(1);
  }

  private String draft(String institution) throws Exception {
    String body =
        mvc.perform(
                post("/api/drafts")
                    .with(applicantOf(institution))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"callId\":\"ytec-2025\",\"course\":\"MENTOR\",\"title\":\"Docs\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.plan.id");
  }

  private ResultActions upload(
      String id, String institution, String kind, String name, byte[] bytes) throws Exception {
    return mvc.perform(
        multipart("/api/drafts/" + id + "/documents/" + kind)
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
            .with(applicantOf(institution)));
  }
}
