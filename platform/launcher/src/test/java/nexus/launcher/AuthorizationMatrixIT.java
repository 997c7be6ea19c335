package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nexus.launcher.AuthzMatrix.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix ({@code authz-matrix.csv}): every endpoint of every service through the
 * gateway, the gateway's front door and the OIDC server's sign-in and sign-up pages, for every role
 * and for a visitor without a login — each cell tested. A cell says what the role gets: {@code A}
 * allowed (the request reaches the handler: any answer but 401/403), {@code D} denied (403), {@code
 * L} sign in first (401 on the API, the login page for a page). Path variables name objects that do
 * not exist, so an allowed request changes nothing. The matrix also must list every endpoint the
 * suite maps: a new endpoint without its row fails here.
 *
 * <p>{@code -Dauthz.record=true} prints what each role actually got, as rows of the file, to review
 * and paste — never to accept unread.
 */
class AuthorizationMatrixIT {

  static Suite suite;

  @BeforeAll
  static void signInEveryRole() {
    suite = RunningSuite.get();
    AuthzMatrix.ROLES.forEach(role -> AuthzMatrix.session(suite, role));
  }

  @Test
  void everyCellOfTheMatrixHolds() {
    List<Row> rows = new ArrayList<>(AuthzMatrix.rows());
    Map<String, Boolean> multipart = AuthzMatrix.mapped(suite);
    if (Boolean.getBoolean("authz.record")) {
      // endpoints without a row yet are observed too, with no expectation
      TreeSet<String> listed = new TreeSet<>();
      rows.forEach(r -> listed.add(r.method() + " " + r.path()));
      for (String endpoint : multipart.keySet()) {
        if (!listed.contains(endpoint)) {
          String[] parts = endpoint.split(" ", 2);
          rows.add(
              new Row(parts[0], parts[1], Collections.nCopies(AuthzMatrix.ROLES.size(), "?"), "?"));
        }
      }
    }
    List<String> wrong = new ArrayList<>();
    StringBuilder recorded = new StringBuilder();
    for (Row row : rows) {
      recorded.append(row.method()).append(',').append(row.path());
      for (String role : AuthzMatrix.ROLES) {
        String cell =
            AuthzMatrix.cell(
                row,
                AuthzMatrix.send(
                    suite,
                    AuthzMatrix.session(suite, role),
                    row,
                    multipart.getOrDefault(row.method() + " " + row.path(), false),
                    true));
        recorded.append(',').append(cell);
        if (!cell.equals(row.cell(role))) {
          wrong.add(
              "%s %s as %s: expected %s, got %s"
                  .formatted(row.method(), row.path(), role, row.cell(role), cell));
        }
      }
      recorded.append(',').append(row.audit()).append('\n');
    }
    if (Boolean.getBoolean("authz.record")) {
      System.out.println("=== observed matrix ===\n" + recorded);
    }
    assertThat(wrong).as("cells that do not hold").isEmpty();
  }

  @Test
  void theMatrixListsEveryEndpointOfEveryServiceTheGatewayAndTheOidcServer() {
    TreeSet<String> listed = new TreeSet<>();
    AuthzMatrix.rows().forEach(r -> listed.add(r.method() + " " + r.path()));
    TreeSet<String> mapped = new TreeSet<>(AuthzMatrix.mapped(suite).keySet());
    assertThat(listed).as("rows of authz-matrix.csv").containsAll(mapped);
    assertThat(mapped).as("endpoints the suite maps").containsAll(listed);
  }
}
