package nexus.review.reviewer;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A committee member, id = login subject. */
@Document("reviewers")
public class ReviewerDocument {
  @Id public String subject;
  public String name;
  public String affiliation;
  public String email;
  public List<String> expertise = new ArrayList<>();
  public List<Declaration> declarations = new ArrayList<>();

  /** A conflict the reviewer declared on a plan. */
  public record Declaration(String planId, String reason) {}
}
