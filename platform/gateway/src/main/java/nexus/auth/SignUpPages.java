package nexus.auth;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, and sign-up for people without an account: e-mail, name, a password of at least
 * 12 characters, consent to the use of the data; the account signs in once the link mailed to the
 * address is opened and its button pressed. Roles come later, from the institution the person
 * registers or joins.
 */
@Controller
class SignUpPages {

  private static final Logger log = LoggerFactory.getLogger(SignUpPages.class);
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  private static final DateTimeFormatter JST =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));
  static final int MIN_PASSWORD = 12;

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final JavaMailSender mail;
  private final MessageSource messages;
  private final String issuer;
  private final String from;
  private final String frontDoor;

  SignUpPages(
      Accounts accounts,
      PasswordEncoder passwords,
      JavaMailSender mail,
      MessageSource messages,
      @Value("${nexus.auth.issuer}") String issuer,
      @Value("${nexus.auth.mail-from}") String from,
      @Value("${nexus.gateway.url}") String gatewayUrl) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.mail = mail;
    this.messages = messages;
    this.issuer = issuer;
    this.from = from;
    this.frontDoor = gatewayUrl + "/intake/institution";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/signup")
  String form(Model model) {
    model.addAttribute("errors", Map.of());
    return "signup";
  }

  @PostMapping("/signup")
  String signUp(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation,
      @RequestParam(defaultValue = "") String consent,
      Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> errors = new LinkedHashMap<>();
    if (!EMAIL.matcher(email.strip()).matches() || email.length() > 254) {
      errors.put("email", text("signup.email.invalid", locale));
    }
    if (name.isBlank() || name.length() > 100) {
      errors.put("name", text("signup.name.required", locale));
    }
    if (password.length() < MIN_PASSWORD || password.length() > 128) {
      errors.put("password", text("signup.password.length", locale, MIN_PASSWORD));
    } else if (!password.equals(confirmation)) {
      errors.put("confirmation", text("signup.password.mismatch", locale));
    }
    if (!"true".equals(consent) && !"on".equals(consent)) {
      errors.put("consent", text("signup.consent.required", locale));
    }
    model.addAttribute("email", email);
    model.addAttribute("name", name);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "signup";
    }
    String language = "en".equals(locale.getLanguage()) ? "en" : "ja";
    var pending = accounts.signUp(email, name, language, passwords.encode(password));
    if (pending.isEmpty()) {
      // the same answer as a new sign-up: whether an address has an account is not told here
      log.info("sign-up for an address that already has an account");
      return "signup-sent";
    }
    send(pending.get(), locale);
    return "signup-sent";
  }

  /**
   * The link from the mail shows a button; only pressing it (a form post with the CSRF token)
   * verifies, so a mail scanner or a link preview that opens the link verifies nothing.
   */
  @GetMapping("/signup/verify")
  String confirm(@RequestParam(required = false) String token, Model model) {
    if (!accounts.pending(token)) {
      model.addAttribute("verified", false);
      return "signup-verified";
    }
    model.addAttribute("token", token);
    return "signup-confirm";
  }

  @PostMapping("/signup/verify")
  String verify(@RequestParam(required = false) String token, Model model) {
    var verified = accounts.verify(token);
    model.addAttribute("verified", verified.isPresent());
    model.addAttribute("email", verified.orElse(null));
    model.addAttribute("frontDoor", frontDoor);
    return "signup-verified";
  }

  private void send(Accounts.Pending pending, Locale locale) {
    String link = issuer + "/signup/verify?token=" + pending.token();
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(pending.email());
      helper.setSubject(text("signup.mail.subject", locale));
      helper.setText(
          text("signup.mail.body", locale, pending.name(), link, JST.format(pending.expiresAt())),
          false);
      mail.send(message);
    } catch (MessagingException | MailException e) {
      // the account waits unverified; signing up again with the address answers the same
      log.warn("sign-up e-mail to a new account could not be sent: {}", e.toString());
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
