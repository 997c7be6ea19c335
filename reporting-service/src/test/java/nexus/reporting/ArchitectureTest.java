package nexus.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nexus.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nexus.reporting");

  @Test
  void domainIsPlainJava() {
    ArchitectureRules.domainIsFreeOfSpring().check(classes);
  }

  @Test
  void reportingTalksToOtherServicesOnlyThroughEvents() {
    ArchitectureRules.noDependencyOnOtherServices("nexus.reporting").check(classes);
  }
}
