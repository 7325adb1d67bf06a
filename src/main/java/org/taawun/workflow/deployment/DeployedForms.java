package org.taawun.workflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;

import org.springframework.stereotype.Component;

import org.taawun.form.FormSchema;

/**
 * The forms as deployed with each process version. A form is bound to its process's
 * deployment ({@code formRefBinding="deployment"}) and a file of {@code forms/} is named
 * after its id, so the form of a task is {@code forms/<formRef>.form} of that deployment.
 * Deployments never change: a form read once is kept.
 */
@Component
public class DeployedForms {

	private final RepositoryService repository;

	private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();

	DeployedForms(RepositoryService repository) {
		this.repository = repository;
	}

	public FormSchema of(String processDefinitionId, String formRef) {
		String deploymentId = this.repository.getProcessDefinition(processDefinitionId).getDeploymentId();
		return this.cache.computeIfAbsent(deploymentId + "/" + formRef, (key) -> read(deploymentId, formRef));
	}

	private FormSchema read(String deploymentId, String formRef) {
		try (InputStream in = this.repository.getResourceAsStream(deploymentId, "forms/" + formRef + ".form")) {
			return FormSchema.parse(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
