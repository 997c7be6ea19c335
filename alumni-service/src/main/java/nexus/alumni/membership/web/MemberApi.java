package nexus.alumni.membership.web;

import java.util.List;
import nexus.alumni.membership.AccessLog;
import nexus.alumni.membership.Claims;
import nexus.alumni.membership.MemberView;
import nexus.alumni.membership.Members;
import nexus.web.Audited;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.Paging;
import nexus.web.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Alumni staff's API over alumni members. */
@RestController
@RequestMapping("/api/members")
@PreAuthorize("hasAnyRole('staff-alumni','admin')")
class MemberApi {

  private final Members members;
  private final AccessLog accessLog;
  private final Claims claims;

  MemberApi(Members members, AccessLog accessLog, Claims claims) {
    this.members = members;
    this.accessLog = accessLog;
    this.claims = claims;
  }

  @GetMapping
  @Audited("alumni.members.read")
  Page<MemberView> page(
      Authentication auth,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Page<MemberView> shown =
        members.page(Paging.of(page, size, Sort.by("enrolledAt").descending()));
    accessLog.listed(
        CurrentUser.of(auth).subject(),
        shown.getContent().stream().map(MemberView::id).toList(),
        "staff-list-api");
    return shown;
  }

  /** Sends the claim invitation again, e.g. after the link expired. */
  @PostMapping("/{id}/invitation")
  @Audited("alumni.member.reinvite")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void reinvite(@PathVariable String id) {
    members.one(id).orElseThrow(() -> new NotFoundException("member " + id));
    if (!claims.reinvite(id)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "member.invitation.impossible");
    }
  }

  /** Who read this member's personal data, newest first. */
  @GetMapping("/{id}/access-log")
  @Audited("alumni.member.access-log.read")
  List<AccessLog.Read> accessLog(@PathVariable String id) {
    members.one(id).orElseThrow(() -> new NotFoundException("member " + id));
    return accessLog.readsOf(id, 200);
  }

  @GetMapping("/{id}")
  @Audited("alumni.member.read")
  MemberView one(Authentication auth, @PathVariable String id) {
    MemberView member = members.one(id).orElseThrow(() -> new NotFoundException("member " + id));
    accessLog.read(CurrentUser.of(auth).subject(), id, "staff-api");
    return member;
  }
}
