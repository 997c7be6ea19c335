package nexus.web;

import java.util.ArrayList;
import java.util.List;

/** The menu each role sees in the layout: gateway paths, labelled by message key. */
public final class Menu {

  /** One link: gateway path and message key of its label. */
  public record Item(String href, String labelKey) {}

  private Menu() {}

  public static List<Item> forUser(CurrentUser user) {
    List<Item> items = new ArrayList<>();
    if (user.has(Role.APPLICANT)) {
      items.add(new Item("/intake/plans", "menu.intake.plans"));
      items.add(new Item("/intake/progress", "menu.intake.progress"));
      items.add(new Item("/reporting/plans", "menu.reporting.plans"));
    }
    if (user.has(Role.APPLICANT) || user.roles().isEmpty()) {
      // members see their institution; someone without any role may register one
      items.add(new Item("/intake/institution", "menu.intake.institution"));
    }
    if (user.has(Role.APPLICANT) || user.has(Role.PARTNER)) {
      items.add(new Item("/contract/my/cases", "menu.contract.my"));
    }
    if (user.has(Role.STAFF_INTAKE)) {
      items.add(new Item("/intake/dashboard", "menu.intake.dashboard"));
    }
    if (user.has(Role.STAFF_REVIEW)) {
      items.add(new Item("/review/dashboard", "menu.review.dashboard"));
      items.add(new Item("/review/reviewers", "menu.review.committee"));
      items.add(new Item("/review/export-control", "menu.review.exportcontrol"));
    }
    if (user.roles().contains(Role.REVIEWER)) {
      items.add(new Item("/review/portal", "menu.review.portal"));
    }
    if (user.has(Role.STAFF_CONTRACT)) {
      items.add(new Item("/contract/dashboard", "menu.contract.dashboard"));
    }
    if (user.has(Role.STAFF_REPORTING)) {
      items.add(new Item("/reporting/dashboard", "menu.reporting.dashboard"));
      items.add(new Item("/reporting/activity-reports", "menu.reporting.activity"));
      items.add(new Item("/reporting/surveys", "menu.reporting.surveys"));
      items.add(new Item("/reporting/statistics", "menu.reporting.statistics"));
      items.add(new Item("/reporting/press", "menu.reporting.press"));
    }
    if (user.has(Role.STAFF_ALUMNI)) {
      items.add(new Item("/alumni/dashboard", "menu.alumni.dashboard"));
      items.add(new Item("/alumni/directory", "menu.alumni.directory"));
      items.add(new Item("/alumni/staff/gatherings", "menu.alumni.staff-gatherings"));
    }
    if (user.roles().contains(Role.ALUMNUS)) {
      // an alumnus's own pages (not admin's: admin has no alumni profile)
      items.add(new Item("/alumni/me", "menu.alumni.me"));
      items.add(new Item("/alumni/directory", "menu.alumni.directory"));
      items.add(new Item("/alumni/gatherings", "menu.alumni.gatherings"));
    }
    return List.copyOf(items);
  }
}
