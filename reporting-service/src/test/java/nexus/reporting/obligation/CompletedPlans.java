package nexus.reporting.obligation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
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
    String planId = ObligationFixtures.newPlanId();
    deliver(inbox, codec, ObligationFixtures.awarded(planId));
    deliver(inbox, codec, ObligationFixtures.hostSigned(planId));
    mvc.perform(
            get("/api/plans/" + planId)
                .with(ObligationFixtures.applicantWithEmail("INST-A", hostEmail)))
        .andExpect(status().isOk());
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
        .andExpect(status().isOk());
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
    return planId;
  }

  private static void deliver(EventInbox inbox, EventCodec codec, IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
