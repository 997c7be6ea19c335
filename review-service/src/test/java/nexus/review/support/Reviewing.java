package nexus.review.support;

import static nexus.testsupport.TestUsers.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** Steps of the review as staff and reviewers take them through the API. */
public final class Reviewing {

  private final MockMvc mvc;
  private final EventCodec codec;
  private final EventInbox inbox;

  public Reviewing(MockMvc mvc, EventCodec codec, EventInbox inbox) {
    this.mvc = mvc;
    this.codec = codec;
    this.inbox = inbox;
  }

  /** A committee member's token: role reviewer, subject = login. */
  public static JwtRequestPostProcessor reviewer(String subject) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(j -> j.subject(subject).claim("roles", List.of("reviewer")).claim("name", subject))
        .authorities(new SimpleGrantedAuthority("ROLE_reviewer"));
  }

  public void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "intake-service", null)));
  }

  public void screenEligible(String planId) throws Exception {
    mvc.perform(
            post("/api/cases/" + planId + "/screening")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ineligibleKinds\":[]}"))
        .andExpect(status().isOk());
  }

  public void addReviewer(String subject, String name, String affiliation, String... expertise)
      throws Exception {
    String fields =
        String.join(",", java.util.Arrays.stream(expertise).map(e -> "\"" + e + "\"").toList());
    mvc.perform(
            put("/api/reviewers/" + subject)
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\""
                        + name
                        + "\",\"affiliation\":\""
                        + affiliation
                        + "\",\"email\":\""
                        + subject
                        + "@example.org\",\"expertise\":["
                        + fields
                        + "]}"))
        .andExpect(status().isOk());
  }

  public void pin(String planId, String subject) throws Exception {
    mvc.perform(
            post("/api/cases/" + planId + "/reviewers/" + subject + "/pin")
                .with(staff("staff-review")))
        .andExpect(status().isOk());
  }

  public void solve(String callId) throws Exception {
    mvc.perform(post("/api/calls/" + callId + "/assignment").with(staff("staff-review")))
        .andExpect(status().isOk());
  }

  /** Submits a complete sheet with every criterion at {@code score}. */
  public void submitScores(String subject, String planId, int score) throws Exception {
    String s = "";
    for (String c : List.of("I", "II_1", "II_2", "II_3", "III_1", "III_2", "IV")) {
      s += (s.isEmpty() ? "" : ",") + "\"" + c + "\":" + score;
    }
    mvc.perform(
            post("/api/my/plans/" + planId + "/score/submit")
                .with(reviewer(subject))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scores\":{" + s + "},\"comments\":{}}"))
        .andExpect(status().isOk());
  }
}
