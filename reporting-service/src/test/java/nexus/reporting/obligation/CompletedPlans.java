package nexus.reporting.obligation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.alumni.AlumniContactFixtures;
import nexus.testsupport.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Takes a plan through award, signatures, participant list, outcome report and settlement. */
public final class CompletedPlans {

  private CompletedPlans() {}

  /**
   * A completed young-talent plan of INST-A (exchange ending 2026-11-30) whose host user has the
   * given address and whose two participants have the given addresses.
   */
  public static String complete(
      MockMvc mvc,
      EventInbox inbox,
      EventCodec codec,
      String hostEmail,
      String participantEmail1,
      String participantEmail2)
      throws Exception {
    return completed(mvc, inbox, codec, hostEmail, participantEmail1, participantEmail2).get(0);
  }

  /**
   * As {@link #complete}, with both participants alumni members who consent to mail at the given
   * addresses (in English); the participant list, years older, gives other addresses ({@code
   * listed-...}), which nobody should mail.
   */
  public static String completeAsAlumni(
      MockMvc mvc,
      EventInbox inbox,
      EventCodec codec,
      String hostEmail,
      String alumniEmail1,
      String alumniEmail2)
      throws Exception {
    List<String> ids =
        completed(mvc, inbox, codec, hostEmail, "listed-" + alumniEmail1, "listed-" + alumniEmail2);
    String planId = ids.get(0);
    AlumniContactFixtures.deliver(
        inbox,
        codec,
        AlumniContactFixtures.contact(
            "ALU-" + ids.get(1), planId, ids.get(1), alumniEmail1, "en", 1));
    AlumniContactFixtures.deliver(
        inbox,
        codec,
        AlumniContactFixtures.contact(
            "ALU-" + ids.get(2), planId, ids.get(2), alumniEmail2, "en", 1));
    return planId;
  }

  /** The plan id and the participants' ids, in the order of the list. */
  public static List<String> completed(
      MockMvc mvc,
      EventInbox inbox,
      EventCodec codec,
      String hostEmail,
      String participantEmail1,
      String participantEmail2)
      throws Exception {
    String planId = ObligationFixtures.newPlanId();
    deliver(inbox, codec, ObligationFixtures.awarded(planId));
    deliver(inbox, codec, ObligationFixtures.hostSigned(planId));
    mvc.perform(
            get("/api/plans/" + planId)
                .with(ObligationFixtures.applicantWithEmail("INST-A", hostEmail)))
        .andExpect(status().isOk());
    String list =
        mvc.perform(
                put("/api/plans/" + planId + "/participant-list")
                    .with(TestUsers.applicantOf("INST-A"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                    {"participants":[
                      {"name":"Survey One","birthDate":"1998-04-01","category":"GRADUATE_STUDENT",
                       "role":"PARTICIPANT","country":"TH","email":"%s",
                       "visits":[{"start":"2026-03-01","end":"2026-03-20","direction":"INVITATION"}],
                       "safety":{"insuranceWithEvacuation":true,"emergencyContact":"+66","mofaRegistered":false}},
                      {"name":"Survey Two","birthDate":"1997-04-01","category":"POSTDOC",
                       "role":"PARTICIPANT","country":"VN","email":"%s",
                       "visits":[{"start":"2026-04-01","end":"2026-04-10","direction":"INVITATION"}],
                       "safety":{"insuranceWithEvacuation":true,"emergencyContact":"+84","mofaRegistered":false}}
                    ]}"""
                            .formatted(participantEmail1, participantEmail2)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            put("/api/plans/" + planId + "/outcome-report")
                .with(TestUsers.applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"summary":"s","outcomes":"o","partnerContribution":"p","followUp":"f"}"""))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/plans/" + planId + "/outcome-report/decision")
                .with(TestUsers.staff("staff-reporting"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"accept\":true}"))
        .andExpect(status().isOk());
    deliver(inbox, codec, ObligationFixtures.settled(planId, "INST-A"));
    return List.of(
        planId,
        JsonPath.read(list, "$[0].participantId"),
        JsonPath.read(list, "$[1].participantId"));
  }

  private static void deliver(EventInbox inbox, EventCodec codec, IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
