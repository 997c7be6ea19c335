package nexus.review.reviewer.web;

import java.util.List;
import nexus.review.reviewer.Reviewers;
import nexus.review.reviewer.Reviewers.ReviewerView;
import nexus.web.Audited;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Review staff manage the committee. */
@RestController
@PreAuthorize("hasAnyRole('staff-review','admin')")
class ReviewerApi {

  private final Reviewers reviewers;

  ReviewerApi(Reviewers reviewers) {
    this.reviewers = reviewers;
  }

  record ReviewerForm(String name, String affiliation, String email, List<String> expertise) {}

  @PutMapping("/api/reviewers/{subject}")
  @Audited("reviewer.save")
  ReviewerView save(@PathVariable String subject, @RequestBody ReviewerForm f) {
    return reviewers.save(subject, f.name(), f.affiliation(), f.email(), f.expertise());
  }

  @Audited("reviewers.read")
  @GetMapping("/api/reviewers")
  Page<ReviewerView> page(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return reviewers.page(Paging.of(page, size, Sort.by("name")));
  }

  @Audited("reviewer.read")
  @GetMapping("/api/reviewers/{subject}")
  ReviewerView one(@PathVariable String subject) {
    return reviewers.one(subject).orElseThrow(() -> new NotFoundException("reviewer " + subject));
  }
}
