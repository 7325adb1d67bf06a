package org.taawun.workflow.deployment;

import org.camunda.bpm.engine.RepositoryService;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Deploys the application's models once the engine is built, before the server takes
 * requests: a model that cannot be read stops the start.
 */
@Component
class ModelDeployment implements SmartInitializingSingleton {

	private final RepositoryService repository;

	ModelDeployment(RepositoryService repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		new ModelDeployer(this.repository).deploy(ModelFolders.read(""));
	}

}
