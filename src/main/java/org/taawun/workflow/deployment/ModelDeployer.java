package org.taawun.workflow.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.taawun.form.FormSchema;

/**
 * Deploys the models of {@code bpmn/} and {@code forms/} as one deployment, and only what
 * changed.
 * <p>
 * A changed model becomes a new version; an unchanged one is not deployed again. Because
 * user tasks bind their forms with {@code formRefBinding="deployment"}, a form only
 * reaches a process that is deployed with it: a changed process is deployed with every
 * form it references, and a changed form with every process that references it.
 */
class ModelDeployer {

	static final String DEPLOYMENT_NAME = "taawun";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

	private final RepositoryService repository;

	private final ObjectMapper json = new ObjectMapper();

	ModelDeployer(RepositoryService repository) {
		this.repository = repository;
	}

	/** Deploys what changed among the models; empty when nothing did. */
	Optional<Deployment> deploy(List<ModelResource> models) {
		Map<String, ModelResource> byName = new LinkedHashMap<>();
		models.forEach((model) -> byName.put(model.name(), model));
		Map<String, Set<String>> formsOfProcess = formsOfProcesses(models);
		Set<String> toDeploy = withBoundModels(changed(models), formsOfProcess);
		if (toDeploy.isEmpty()) {
			log.info("Models unchanged: nothing deployed");
			return Optional.empty();
		}
		DeploymentBuilder builder = this.repository.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME);
		toDeploy.forEach((name) -> builder.addInputStream(name, new ByteArrayInputStream(byName.get(name).content())));
		Deployment deployment = builder.deploy();
		log.info("Deployed {} as deployment {}", toDeploy, deployment.getId());
		return Optional.of(deployment);
	}

	/**
	 * The models whose bytes differ from their latest deployed version, or that were
	 * never deployed.
	 */
	private Set<String> changed(List<ModelResource> models) {
		Map<String, byte[]> deployed = latestDeployed(models.stream().map(ModelResource::name).toList());
		Set<String> changed = new TreeSet<>();
		for (ModelResource model : models) {
			byte[] previous = deployed.get(model.name());
			if (previous == null || !model.sameContentAs(previous)) {
				changed.add(model.name());
			}
		}
		return changed;
	}

	/**
	 * Adds to the changed models the forms and processes that must be deployed with them.
	 */
	private static Set<String> withBoundModels(Set<String> changed, Map<String, Set<String>> formsOfProcess) {
		Set<String> result = new TreeSet<>(changed);
		formsOfProcess.forEach((process, forms) -> {
			if (forms.stream().anyMatch(changed::contains)) {
				result.add(process);
			}
		});
		formsOfProcess.forEach((process, forms) -> {
			if (result.contains(process)) {
				result.addAll(forms);
			}
		});
		return result;
	}

	/** For each deployed name, the bytes of its newest version in our deployments. */
	private Map<String, byte[]> latestDeployed(List<String> names) {
		Map<String, byte[]> latest = new HashMap<>();
		List<Deployment> deployments = this.repository.createDeploymentQuery()
			.deploymentName(DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.list();
		for (Deployment deployment : deployments) {
			for (String resourceName : this.repository.getDeploymentResourceNames(deployment.getId())) {
				if (names.contains(resourceName) && !latest.containsKey(resourceName)) {
					latest.put(resourceName, read(deployment.getId(), resourceName));
				}
			}
			if (latest.size() == names.size()) {
				break;
			}
		}
		return latest;
	}

	private byte[] read(String deploymentId, String resourceName) {
		try (InputStream in = this.repository.getResourceAsStream(deploymentId, resourceName)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + resourceName + " of deployment " + deploymentId, ex);
		}
	}

	/** Which form files each process file references through {@code camunda:formRef}. */
	private Map<String, Set<String>> formsOfProcesses(List<ModelResource> models) {
		Map<String, String> formFileById = new HashMap<>();
		models.stream().filter(ModelResource::isForm).forEach((form) -> formFileById.put(formId(form), form.name()));
		Map<String, Set<String>> result = new HashMap<>();
		for (ModelResource process : models.stream().filter(ModelResource::isProcess).toList()) {
			Set<String> forms = new TreeSet<>();
			for (String formRef : formRefs(process)) {
				String file = formFileById.get(formRef);
				if (file == null) {
					throw new IllegalStateException(process.name() + " references form '" + formRef
							+ "', which no file in forms/ declares as its id");
				}
				forms.add(file);
			}
			result.put(process.name(), forms);
		}
		return result;
	}

	private String formId(ModelResource form) {
		try {
			JsonNode id = this.json.readTree(form.content()).get("id");
			if (id == null || !id.isTextual()) {
				throw new IllegalStateException(form.name() + " has no \"id\": a form is referenced by its id");
			}
			FormSchema.parse(form.content());
			return id.asText();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(form.name() + " cannot be drawn: " + ex.getMessage(), ex);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(form.name() + " is not valid JSON at line " + ex.getLocation().getLineNr()
					+ ": " + ex.getOriginalMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> formRefs(ModelResource process) {
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(process.content()));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(process.name() + " is not a valid BPMN model: " + rootMessage(ex), ex);
		}
		Set<String> refs = new TreeSet<>();
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			String ref = node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
			if (ref != null) {
				refs.add(ref);
			}
		}
		return refs;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
