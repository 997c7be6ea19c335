package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer creates an account on the sign-in page: wrong input is named beside its field, the
 * account signs in only after the link mailed to it is opened and its button pressed (opening it
 * alone verifies nothing), the link works once, and the new account reaches the applicants' front
 * door where it registers its institution.
 */
class SignUpIT {

  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/signup/verify\\?token=[\\w-]+)");
  static Suite suite;

  @BeforeAll
  static void start() {
    suite = RunningSuite.get();
  }

  @Test
  void aNewcomerSignsUpVerifiesTheAddressAndSignsIn() {
    String email = "newcomer-" + System.nanoTime() + "@univ.example";
    String password = "a long enough passphrase";
    BrowserSession visitor = new BrowserSession(suite.gatewayUrl());
    HttpResponse<String> login = visitor.get("/intake/institution?lang=en");
    assertThat(login.uri().getPath()).isEqualTo("/login");
    assertThat(login.body()).contains("id=\"signup-link\"");
    String signUpPage = login.uri().resolve("/signup?lang=en").toString();

    visitor.get(signUpPage);
    HttpResponse<String> refused =
        visitor.submitForm(signUpPage, form("not-an-address", "", "short", "other", false));
    assertThat(refused.body())
        .contains("Enter a valid e-mail address.")
        .contains("Enter your name")
        .contains("at least 12 characters")
        .contains("Agree to the use of your data");

    HttpResponse<String> sent =
        visitor.submitForm(signUpPage, form(email, "Hanako Newcomer", password, password, true));
    assertThat(sent.body()).contains("id=\"signup-sent\"");

    // not verified yet: the account cannot sign in
    BrowserSession early = new BrowserSession(suite.gatewayUrl());
    assertThat(early.login("/intake/institution", email, password).uri().getQuery())
        .contains("error");

    String link = link(email);
    // opening the link (as a mail scanner or a link preview does) verifies nothing yet
    assertThat(new BrowserSession(suite.gatewayUrl()).get(link).body())
        .contains("id=\"signup-confirm\"");
    assertThat(early.login("/intake/institution", email, password).uri().getQuery())
        .contains("error");
    BrowserSession mailbox = new BrowserSession(suite.gatewayUrl());
    assertThat(SuiteSeeds.confirmSignUp(mailbox, link).body())
        .contains("id=\"signup-verified\"")
        .contains(email);
    assertThat(mailbox.get(link).body()).contains("id=\"signup-invalid\"");

    BrowserSession member = new BrowserSession(suite.gatewayUrl());
    HttpResponse<String> frontDoor = member.login("/intake/institution?lang=en", email, password);
    assertThat(frontDoor.uri().getPath()).isEqualTo("/intake/institution");
    assertThat(frontDoor.statusCode()).isEqualTo(200);
    assertThat(frontDoor.body()).contains("name=\"corporateNumber\"");
  }

  @Test
  void signingUpWithATakenAddressSaysTheSameAndSendsNothingNew() {
    String email = "twice-" + System.nanoTime() + "@univ.example";
    BrowserSession first = new BrowserSession(suite.gatewayUrl());
    String page = authUrl(first) + "/signup?lang=en";
    first.get(page);
    first.submitForm(page, form(email, "First", "first passphrase!!", "first passphrase!!", true));
    link(email);

    BrowserSession second = new BrowserSession(suite.gatewayUrl());
    second.get(page);
    HttpResponse<String> again =
        second.submitForm(
            page, form(email, "Second", "second passphrase", "second passphrase", true));
    assertThat(again.body()).contains("id=\"signup-sent\"");
    assertThat(messagesTo(email)).hasSize(1);
  }

  private static String authUrl(BrowserSession session) {
    HttpResponse<String> login = session.get("/intake/institution");
    return login.uri().getScheme() + "://" + login.uri().getAuthority();
  }

  private static Map<String, String> form(
      String email, String name, String password, String confirmation, boolean consent) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("email", email);
    form.put("name", name);
    form.put("password", password);
    form.put("confirmation", confirmation);
    if (consent) {
      form.put("consent", "true");
    }
    return form;
  }

  private static String link(String email) {
    MimeMessage message =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> messagesTo(email), list -> !list.isEmpty())
            .get(0);
    Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
    assertThat(matcher.find()).as("a verification link in the mail").isTrue();
    return matcher.group(1);
  }

  private static java.util.List<MimeMessage> messagesTo(String email) {
    return Arrays.stream(RunningSuite.mail().server().getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }
}
