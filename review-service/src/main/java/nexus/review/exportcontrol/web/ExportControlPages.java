package nexus.review.exportcontrol.web;

import java.io.IOException;
import nexus.review.exportcontrol.ExportControl;
import nexus.review.web.PageMessages;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The end user list page: what is in force, and the upload form. */
@Controller
@PreAuthorize("hasAnyRole('staff-review','admin')")
class ExportControlPages {

  private final ExportControl exportControl;
  private final PageMessages messages;

  ExportControlPages(ExportControl exportControl, PageMessages messages) {
    this.exportControl = exportControl;
    this.messages = messages;
  }

  @GetMapping("/export-control")
  String page(Model model) {
    model.addAttribute("list", exportControl.current().orElse(null));
    return "exportcontrol/index";
  }

  @PostMapping("/export-control")
  @Audited("export-control.list.upload")
  String upload(@RequestParam MultipartFile file, Authentication auth, RedirectAttributes redirect)
      throws IOException {
    byte[] bytes = file.getBytes();
    messages.run(
        redirect,
        "upload",
        () ->
            exportControl.upload(
                file.getOriginalFilename(), bytes, CurrentUser.of(auth).subject()));
    return "redirect:/export-control";
  }
}
