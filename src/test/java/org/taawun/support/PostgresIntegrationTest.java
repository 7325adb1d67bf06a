package org.taawun.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with its demo data, on a random port, on a real PostgreSQL server
 * that the tests start themselves. Every such test shares one application and one
 * database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "taawun.demo.enabled=true", "camunda.bpm.job-execution.enabled=false",
				// tests look at due dates themselves, after moving the clock
				"taawun.staff-mail.watch-every=P3650D" })
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresIntegrationTest {

}
