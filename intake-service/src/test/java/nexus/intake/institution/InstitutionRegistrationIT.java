package nexus.intake.institution;

import static nexus.intake.institution.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nexus.intake.institution.domain.CorporateNumberFixtures;
import nexus.intake.institution.domain.OneTimeToken;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Registering a host institution and verifying its contact e-mail, through the API and pages. */
@SpringBootTest(
    properties = {
      "spring.config.name=intake-service",
      "nexus.messaging.outbox.relay-enabled=false"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
@Import(TestTokens.Decoder.class)
class InstitutionRegistrationIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired Registrations registrations;

  @Test
  void registrantGetsAPendingInstitutionAndBecomesItsFirstStaffMember() throws Exception {
    String number = CorporateNumberFixtures.next();
    String id =
        JsonPath.read(
            register("reg-first", body("東京テスト大学", number, "office@u.example"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(startsWith("INST-")))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.myRole").value("STAFF"))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");

    Document stored = institution(id);
    assertThat(stored.getString("type")).isEqualTo("UNIVERSITY");
    assertThat(stored.getString("corporateNumber")).isEqualTo(number);
    assertThat(stored.getList("members", Document.class))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("subject")).isEqualTo("reg-first"))
        .satisfies(m -> assertThat(m.getString("role")).isEqualTo("STAFF"));
    assertThat(stored.getList("outbox", Document.class).stream().map(e -> e.getString("type")))
        .containsExactly("institution.registered", "institution.verification-requested");
    assertThat(stored.getList("outbox", Document.class).toString()).doesNotContain("u.example");
  }

  @Test
  void aWrongCheckDigitIsRefusedBesideTheFieldAndNothingIsStored() throws Exception {
    String wrong = CorporateNumberFixtures.withWrongCheckDigit(CorporateNumberFixtures.next());
    register("reg-bad", body("誤番号大学", wrong, "x@u.example"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("corporateNumber"));

    mvc.perform(
            post("/institution")
                .with(user("reg-bad", "x@u.example"))
                .param("lang", "en")
                .param("nameJa", "誤番号大学")
                .param("nameEn", "Wrong Number University")
                .param("type", "UNIVERSITY")
                .param("corporateNumber", wrong)
                .param("contactEmail", "x@u.example"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("corporateNumber-error")))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("not a valid corporate number")));
    assertThat(mongo.getCollection("institutions").countDocuments(Filters.eq("nameJa", "誤番号大学")))
        .isZero();
  }

  @Test
  void missingFieldsAreEachNamedAndNothingIsStored() throws Exception {
    long before = mongo.getCollection("institutions").countDocuments();
    register("reg-empty", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                containsInAnyOrder("nameJa", "nameEn", "type", "corporateNumber", "contactEmail")));
    register("reg-empty", "{\"type\":\"CASTLE\"}").andExpect(status().isBadRequest());
    assertThat(mongo.getCollection("institutions").countDocuments()).isEqualTo(before);
  }

  @Test
  void aCorporateNumberCanBeRegisteredOnlyOnce() throws Exception {
    String number = CorporateNumberFixtures.next();
    register("reg-dup-1", body("重複大学", number, "a@u.example")).andExpect(status().isCreated());
    register(
            "reg-dup-2",
            body("重複大学", number.substring(0, 4) + "-" + number.substring(4), "b@u.example"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("institution.corporateNumber.taken"));
    assertThat(
            mongo
                .getCollection("institutions")
                .countDocuments(Filters.eq("corporateNumber", number)))
        .isOne();
  }

  @Test
  void someoneWhoBelongsToAnInstitutionCannotRegisterAnother() throws Exception {
    register("reg-twice", body("一つ目大学", CorporateNumberFixtures.next(), "a@u.example"))
        .andExpect(status().isCreated());
    register("reg-twice", body("二つ目大学", CorporateNumberFixtures.next(), "a@u.example"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("member.already-member"));
  }

  @Test
  void theVerificationLinkWorksOnceAndActivatesTheInstitution() throws Exception {
    String id = registered("reg-verify");
    String token = registrations.issueVerificationLink(id).orElseThrow().token();
    Document stored = institution(id);
    assertThat(stored.toJson()).doesNotContain(token);
    assertThat(stored.get("verification", Document.class).getString("tokenHash"))
        .isEqualTo(OneTimeToken.hash(token));

    verify("reg-verify", token)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    verify("reg-verify", token)
        .andExpect(status().isGone())
        .andExpect(jsonPath("$.rule").value("link.invalid"));
    assertThat(
            institution(id).getList("outbox", Document.class).stream()
                .map(e -> e.getString("type")))
        .contains("institution.verified");
  }

  @Test
  void anExpiredOrReplacedLinkIsRefusedAndTheInstitutionStaysPending() throws Exception {
    String id = registered("reg-expired");
    String first = registrations.issueVerificationLink(id).orElseThrow().token();
    String second = registrations.issueVerificationLink(id).orElseThrow().token();
    verify("reg-expired", first)
        .andExpect(status().isGone())
        .andExpect(jsonPath("$.rule").value("link.invalid"));

    mongo
        .getCollection("institutions")
        .updateOne(
            Filters.eq("_id", id),
            Updates.set("verification.expiresAt", Date.from(Instant.now().minusSeconds(1))));
    verify("reg-expired", second)
        .andExpect(status().isGone())
        .andExpect(jsonPath("$.rule").value("link.expired"));
    assertThat(institution(id).getString("status")).isEqualTo("PENDING");
  }

  private String registered(String subject) throws Exception {
    return JsonPath.read(
        register(subject, body("検証大学", CorporateNumberFixtures.next(), subject + "@u.example"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.id");
  }

  private ResultActions verify(String subject, String token) throws Exception {
    return mvc.perform(
        post("/api/institutions/verification")
            .with(user(subject, subject + "@u.example"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"token\":\"" + token + "\"}"));
  }

  private ResultActions register(String subject, String json) throws Exception {
    return mvc.perform(
        post("/api/institutions")
            .with(user(subject, subject + "@u.example"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  static String body(String nameJa, String number, String email) {
    return """
        {"nameJa":"%s","nameEn":"Test University","type":"UNIVERSITY",
         "corporateNumber":"%s","contactEmail":"%s"}"""
        .formatted(nameJa, number, email);
  }

  private Document institution(String id) {
    return mongo.getCollection("institutions").find(Filters.eq("_id", id)).first();
  }

  static List<String> types(Document institution) {
    return institution.getList("outbox", Document.class).stream()
        .map(e -> e.getString("type"))
        .toList();
  }
}
