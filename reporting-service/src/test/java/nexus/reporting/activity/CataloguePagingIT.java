package nexus.reporting.activity;

import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public catalogue shows 20 reports a page: a year with more has a next page, the page number
 * says where one is, and the filters chosen stay chosen on every page (in the links and the form).
 */
class CataloguePagingIT extends ReportingContext {

  static final Pattern ROW =
      Pattern.compile(
          "<tr class=\"report-row\" id=\"report-([^\"]+)\"[^>]*data-course=\"([^\"]*)\"");

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  @Test
  void twentyOneReportsOfAYearTakeTwoPagesAndTheFiltersStayOnBothPages() throws Exception {
    String tag = "paging" + System.nanoTime();
    Set<String> young = new HashSet<>();
    for (int i = 0; i < 21; i++) {
      young.add(published(tag, "YOUNG_TALENT", i));
    }
    Set<String> mentor = Set.of(published(tag, "MENTOR", 21), published(tag, "MENTOR", 22));

    // fiscal year, course and words: 21 young-talent reports, 20 on the first page
    String first = page("/public/reports?year=2025&course=YOUNG_TALENT&q=" + tag + "&lang=en");
    List<String[]> firstRows = rows(first);
    assertThat(firstRows).hasSize(20).allSatisfy(r -> assertThat(r[1]).isEqualTo("YOUNG_TALENT"));
    assertThat(text(first, "page-number")).isEqualTo("1 / 2");
    assertThat(text(first, "result-count")).contains("21");
    assertThat(first).doesNotContain("id=\"prev-page\"");
    String next = href(first, "next-page");
    assertThat(next).contains("year=2025", "course=YOUNG_TALENT", "q=" + tag, "lang=en", "page=1");

    // the next page: the one report left, the same filters in the form and in the links
    String second = page(next);
    List<String[]> secondRows = rows(second);
    assertThat(secondRows).hasSize(1);
    assertThat(text(second, "page-number")).isEqualTo("2 / 2");
    assertThat(second).doesNotContain("id=\"next-page\"");
    assertThat(second)
        .containsPattern("<option value=\"YOUNG_TALENT\" selected=\"selected\">")
        .containsPattern("<option value=\"2025\" selected=\"selected\">")
        .contains("id=\"filter-q\" name=\"q\" type=\"search\" maxlength=\"100\" value=\"" + tag);
    Set<String> shown = new HashSet<>();
    firstRows.forEach(r -> shown.add(r[0]));
    secondRows.forEach(r -> shown.add(r[0]));
    assertThat(shown).isEqualTo(young);

    // back to the first page, filters kept
    String previous = href(second, "prev-page");
    assertThat(previous)
        .contains("year=2025", "course=YOUNG_TALENT", "q=" + tag, "lang=en", "page=0");
    assertThat(rows(page(previous)))
        .extracting(r -> r[0])
        .containsExactlyElementsOf(firstRows.stream().map(r -> r[0]).toList());

    // without the course filter the mentor reports join (the newest, first): 23, then 3
    String allFirst = page("/public/reports?year=2025&q=" + tag);
    assertThat(rows(allFirst)).extracting(r -> r[0]).containsAll(mentor);
    String all = page(href(allFirst, "next-page"));
    assertThat(text(all, "page-number")).isEqualTo("2 / 2");
    assertThat(rows(all)).hasSize(3).allSatisfy(r -> assertThat(young).contains(r[0]));
  }

  /** A published report of a new plan of the course; returns its id. */
  private String published(String tag, String course, int n) throws Exception {
    String planId = newPlanId();
    deliver(awarded(planId, course));
    deliver(hostSigned(planId));
    String body =
        mvc.perform(
                put("/api/plans/" + planId + "/activity-report")
                    .with(TestUsers.applicantOf("INST-A"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"titleJa":"交流 %1$s %2$d","titleEn":"Exchange %1$s %2$d",
                         "bodyJa":"本文","bodyEn":"Text","people":[]}"""
                            .formatted(tag, n)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    mvc.perform(
            post("/api/activity-reports/" + id + "/publish")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk());
    return id;
  }

  private String page(String uri) throws Exception {
    return mvc.perform(get(uri))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** Each row's report id and course. */
  private static List<String[]> rows(String html) {
    List<String[]> rows = new ArrayList<>();
    Matcher m = ROW.matcher(html);
    while (m.find()) {
      rows.add(new String[] {m.group(1), m.group(2)});
    }
    return rows;
  }

  private static String href(String html, String id) {
    Matcher m = Pattern.compile("<a id=\"" + id + "\" href=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("#" + id).isTrue();
    return m.group(1).replace("&amp;", "&");
  }

  private static String text(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
    assertThat(m.find()).as("#" + id).isTrue();
    return m.group(1).strip();
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
