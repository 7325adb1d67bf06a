package org.taawun.support;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at the test PostgreSQL server.
 */
class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.datasource.url=" + TestPostgres.url("postgres"), "spring.datasource.username=postgres",
					"spring.datasource.password=postgres")
			.applyTo(context);
		TestPostgres.opened();
		// registered before any bean, so destroyed after all of them, the engine included
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("testPostgresRelease",
				TestPostgres::closed);

	}

}
