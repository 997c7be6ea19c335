package nexus.review.reviewer.web;

import java.util.Arrays;
import nexus.review.reviewer.Reviewers;
import nexus.review.scoring.ReviewerProgress;
import nexus.review.web.PageMessages;
import nexus.web.Audited;
import nexus.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee page: reviewers with their scoring progress, and the form to add or edit one. */
@Controller
@PreAuthorize("hasAnyRole('staff-review','admin')")
class ReviewerPages {

  private final Reviewers reviewers;
  private final ReviewerProgress progress;
  private final PageMessages messages;

  ReviewerPages(Reviewers reviewers, ReviewerProgress progress, PageMessages messages) {
    this.reviewers = reviewers;
    this.progress = progress;
    this.messages = messages;
  }

  @GetMapping("/reviewers")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "reviewers", reviewers.page(Paging.of(page, 50, Sort.by("name"))).map(progress::of));
    return "reviewers/list";
  }

  @PostMapping("/reviewers")
  @Audited("reviewer.save")
  String save(
      @RequestParam String subject,
      @RequestParam String name,
      @RequestParam(defaultValue = "") String affiliation,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String expertise,
      RedirectAttributes redirect) {
    messages.run(
        redirect,
        "reviewer",
        () ->
            reviewers.save(
                subject, name, affiliation, email, Arrays.asList(expertise.split("\\s*[,、]\\s*"))));
    return "redirect:/reviewers";
  }
}
