package org.taawun.workflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.support.PostgresIntegrationTest;
import org.taawun.workflow.model.AgreementLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Deploys successive versions of a probe model on PostgreSQL: an unchanged model is not
 * deployed again, a changed one becomes a new version that carries the forms it is bound
 * to.
 */
@PostgresIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelDeployerIT {

	@Autowired
	private RepositoryService repository;

	@Test
	@Order(1)
	void leavesTheApplicationsOwnModelsAloneWhenNothingChanged() {
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(AgreementLifecycle.KEY).count())
			.isEqualTo(1);

		assertThat(deployer().deploy(ModelFolders.read(""))).isEmpty();

		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(AgreementLifecycle.KEY).count())
			.isEqualTo(1);
	}

	@Test
	@Order(2)
	void deploysAModelOnceAndNotAgainWhileItIsUnchanged() throws IOException {
		Deployment first = deployer().deploy(ModelFolders.read("deployer/v1/")).orElseThrow();
		assertThat(this.repository.getDeploymentResourceNames(first.getId()))
			.containsExactlyInAnyOrder("bpmn/deployer-probe.bpmn", "forms/deployer-probe.form");

		assertThat(deployer().deploy(ModelFolders.read("deployer/v1/"))).isEmpty();
		assertThat(latestProbe().getVersion()).isEqualTo(1);
	}

	@Test
	@Order(3)
	void redeploysTheProcessBoundToAChangedForm() throws IOException {
		Deployment second = deployer().deploy(ModelFolders.read("deployer/v2/")).orElseThrow();

		assertThat(this.repository.getDeploymentResourceNames(second.getId()))
			.containsExactlyInAnyOrder("bpmn/deployer-probe.bpmn", "forms/deployer-probe.form");
		ProcessDefinition probe = latestProbe();
		assertThat(probe.getVersion()).isEqualTo(2);
		assertThat(formOf(probe)).contains("Probe v2");
	}

	@Test
	@Order(4)
	void deploysAChangedProcessWithTheFormsItReferences() throws IOException {
		Deployment third = deployer().deploy(ModelFolders.read("deployer/v3/")).orElseThrow();

		assertThat(this.repository.getDeploymentResourceNames(third.getId()))
			.containsExactlyInAnyOrder("bpmn/deployer-probe.bpmn", "forms/deployer-probe.form");
		assertThat(latestProbe().getVersion()).isEqualTo(3);
	}

	@Test
	@Order(5)
	void stopsOnAnUnreadableFormNamingItsFileAndLineAndDeploysNothing() {
		long deployments = this.repository.createDeploymentQuery().count();

		assertThatIllegalStateException().isThrownBy(() -> deployer().deploy(ModelFolders.read("deployer/broken/")))
			.withMessageContaining("forms/deployer-probe.form")
			.withMessageContaining("line 3");

		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	@Order(6)
	void stopsOnAMalformedProcessNamingItsFileAndLineAndDeploysNothing() {
		long deployments = this.repository.createDeploymentQuery().count();

		assertThatIllegalStateException()
			.isThrownBy(() -> deployer().deploy(ModelFolders.read("deployer/broken-process/")))
			.withMessageContaining("bpmn/deployer-probe.bpmn")
			.withMessageContaining("Line=5");

		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	@Order(7)
	void stopsOnAFormWhoseGroupWouldNestItsValuesAndDeploysNothing() {
		long deployments = this.repository.createDeploymentQuery().count();

		assertThatIllegalStateException()
			.isThrownBy(() -> deployer().deploy(ModelFolders.read("deployer/nested-group/")))
			.withMessageContaining("forms/deployer-probe.form")
			.withMessageContaining("Group_Vote");

		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	private ModelDeployer deployer() {
		return new ModelDeployer(this.repository);
	}

	private ProcessDefinition latestProbe() {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey("DeployerProbe")
			.latestVersion()
			.singleResult();
	}

	private String formOf(ProcessDefinition definition) throws IOException {
		try (InputStream form = this.repository.getResourceAsStream(definition.getDeploymentId(),
				"forms/deployer-probe.form")) {
			return new String(form.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
