package nexus.alumni.announcement.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import nexus.alumni.announcement.AnnouncementDocument;
import nexus.alumni.announcement.AnnouncementForm;
import nexus.alumni.announcement.Announcements;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff publish announcements to segments. */
@RestController
@PreAuthorize("hasAnyRole('staff-alumni','admin')")
class AnnouncementApi {

  private final Announcements announcements;

  AnnouncementApi(Announcements announcements) {
    this.announcements = announcements;
  }

  @PostMapping("/api/announcements")
  @ResponseStatus(HttpStatus.CREATED)
  Published publish(@Valid @RequestBody AnnouncementForm form) {
    return Published.of(announcements.publish(form));
  }

  @GetMapping("/api/announcements")
  List<Published> all() {
    return announcements.all().stream().map(Published::of).toList();
  }

  /**
   * A published announcement as staff see it.
   *
   * @param id announcement id
   * @param titleJa Japanese title
   * @param titleEn English title
   * @param recipients how many members it reached
   * @param mailed how many of them get it by e-mail (consented)
   * @param publishedAt when
   */
  record Published(
      String id, String titleJa, String titleEn, int recipients, int mailed, Instant publishedAt) {
    static Published of(AnnouncementDocument a) {
      return new Published(
          a.id, a.titleJa, a.titleEn, a.recipients.size(), a.mailed, a.publishedAt);
    }
  }
}
