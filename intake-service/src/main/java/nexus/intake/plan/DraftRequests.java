package nexus.intake.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nexus.intake.document.StoredDocument;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.domain.PlanContent;

/** What the drafting API takes and gives. */
public final class DraftRequests {

  private DraftRequests() {}

  /**
   * Starts a draft.
   *
   * @param callId the call applied to
   * @param course the course
   * @param title a working title
   */
  public record NewDraft(
      @NotBlank(message = "{draft.call.required}") String callId,
      @NotNull(message = "{plan.course.required}") Course course,
      @NotBlank(message = "{plan.title.required}") @Size(max = 200, message = "{plan.title.size}")
          String title) {}

  /**
   * Saves a draft step; any field may still be incomplete.
   *
   * @param title the plan's title
   * @param field the research field
   * @param content everything the rules look at
   */
  public record DraftEdit(
      @NotBlank(message = "{plan.title.required}") @Size(max = 200, message = "{plan.title.size}")
          String title,
      @Size(max = 200, message = "{draft.field.size}") String field,
      @Valid PlanContent content) {}

  /**
   * One broken rule, as shown beside its field.
   *
   * @param rule the rule's name
   * @param field where in the plan
   * @param limits what was found and the limit
   * @param message in the caller's language
   */
  public record Problem(String rule, String field, List<Object> limits, String message) {}

  /**
   * A draft with the rules it breaks right now.
   *
   * @param plan the plan
   * @param field research field
   * @param content what was drafted
   * @param violations broken rules (empty: ready to submit, documents aside)
   * @param documents the documents uploaded so far
   */
  public record DraftView(
      PlanView plan,
      String field,
      PlanContent content,
      List<Problem> violations,
      List<StoredDocument> documents) {}
}
