package nexus.messaging;

import java.util.NoSuchElementException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff page for this service's dead letters: why each failed, and a replay button. */
@Controller
@ConditionalOnWebApplication
class DeadLetterPage {

  private static final int PAGE_SIZE = 50;
  private final DeadLetters deadLetters;

  DeadLetterPage(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @GetMapping("/ops/dead-letters")
  String list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    int current = Math.max(page, 0);
    long total = deadLetters.count(status);
    model.addAttribute("letters", deadLetters.list(status, current, PAGE_SIZE));
    model.addAttribute("status", status);
    model.addAttribute("page", current);
    model.addAttribute("total", total);
    model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
    return "nexus/ops/dead-letters";
  }

  @PostMapping("/ops/dead-letters/{id}/replay")
  String replay(@PathVariable String id, RedirectAttributes flash) {
    try {
      DeadLetter letter = deadLetters.replay(id);
      flash.addFlashAttribute("replayed", letter);
    } catch (NoSuchElementException e) {
      flash.addFlashAttribute("missing", id);
    }
    return "redirect:/ops/dead-letters";
  }
}
