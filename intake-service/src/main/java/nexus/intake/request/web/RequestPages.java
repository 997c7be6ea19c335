package nexus.intake.request.web;

import java.io.IOException;
import java.util.Map;
import nexus.intake.request.Requests;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the requests section on the plan's page: upload one kind, then send them all. Each
 * answer comes back to the plan's page with its message beside the request.
 */
@Controller
@PreAuthorize("hasRole('applicant')")
class RequestPages {

  private final Requests requests;
  private final MessageSource messages;

  RequestPages(Requests requests, MessageSource messages) {
    this.requests = requests;
    this.messages = messages;
  }

  @PostMapping("/plans/{id}/requests/{requestId}/documents")
  String upload(
      Authentication auth,
      @PathVariable String id,
      @PathVariable String requestId,
      @RequestParam String kind,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    if (file == null || file.isEmpty()) {
      redirect.addFlashAttribute(
          "requestError", Map.of(requestId + "." + kind, text("document.empty", null)));
    } else {
      try {
        requests.upload(
            CurrentUser.of(auth), id, requestId, kind, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("requestUploaded", requestId + "." + kind);
      } catch (RuleViolationException e) {
        redirect.addFlashAttribute(
            "requestError", Map.of(requestId + "." + kind, text(e.messageKey(), e.arguments())));
      }
    }
    return "redirect:/plans/" + id + "#request-" + requestId;
  }

  @Audited("documents.send")
  @PostMapping("/plans/{id}/requests/{requestId}/send")
  String send(
      Authentication auth,
      @PathVariable String id,
      @PathVariable String requestId,
      @RequestParam(required = false) boolean confirm,
      RedirectAttributes redirect) {
    if (!confirm) {
      redirect.addFlashAttribute(
          "requestError", Map.of(requestId, text("request.confirm.required", null)));
      return "redirect:/plans/" + id + "#request-" + requestId;
    }
    try {
      requests.send(CurrentUser.of(auth), id, requestId);
      redirect.addFlashAttribute("requestSent", requestId);
    } catch (RuleViolationException e) {
      redirect.addFlashAttribute(
          "requestError", Map.of(requestId, text(e.messageKey(), e.arguments())));
    }
    return "redirect:/plans/" + id + "#request-" + requestId;
  }

  private String text(String key, Object[] args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
