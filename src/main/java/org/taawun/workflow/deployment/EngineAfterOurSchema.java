package org.taawun.workflow.deployment;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Builds the engine only after Flyway migrated our tables. Otherwise, on a fresh
 * database, the engine may create its own tables first and Flyway then refuses a schema
 * it did not start. Registered in {@code META-INF/spring.factories}.
 */
public class EngineAfterOurSchema implements DependsOnDatabaseInitializationDetector {

	@Override
	public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
		Set<String> names = new HashSet<>();
		names.addAll(Set.of(beanFactory.getBeanNamesForType(ProcessEngineConfigurationImpl.class, true, false)));
		names.addAll(Set.of(beanFactory.getBeanNamesForType(ProcessEngine.class, true, false)));
		return names;
	}

}
