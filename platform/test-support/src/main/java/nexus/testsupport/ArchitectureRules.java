package nexus.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** Architecture rules every service checks in one ArchUnit test. */
public final class ArchitectureRules {

  /** The top-level packages of the five services. */
  public static final List<String> SERVICES =
      List.of("nexus.intake", "nexus.review", "nexus.contract", "nexus.reporting", "nexus.alumni");

  private ArchitectureRules() {}

  /**
   * Classes in a {@code ..domain..} package do not use Spring: the rules of the call are plain
   * Java.
   */
  public static ArchRule domainIsFreeOfSpring() {
    return noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .allowEmptyShould(true)
        .because("the domain is plain Java; adapters sit at the edges");
  }

  /** A service talks to the others only through events: it never uses their packages. */
  public static ArchRule noDependencyOnOtherServices(String ownPackage) {
    String[] others =
        SERVICES.stream()
            .filter(p -> !p.equals(ownPackage))
            .map(p -> p + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(ownPackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("services share only the event contracts in nexus.events");
  }
}
