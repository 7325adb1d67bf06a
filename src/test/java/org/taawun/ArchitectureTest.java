package org.taawun;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the doors between features honest, and the engine behind {@code workflow} so a
 * move to a maintained fork of it stays a rename.
 */
class ArchitectureTest {

	@Test
	void featuresDependOnEachOtherWithoutCycles() {
		ApplicationModules.of(TaawunApplication.class).verify();
	}

	@Test
	void onlyTheWorkflowFeatureKnowsTheEngine() {
		noClasses().that()
			.resideOutsideOfPackage("org.taawun.workflow..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.taawun"));
	}

}
