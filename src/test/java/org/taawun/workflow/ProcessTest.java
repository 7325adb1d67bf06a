package org.taawun.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on an in-memory H2 database, with its real beans, the demo
 * authorities and users, no job executor (tests run due jobs themselves after moving the
 * engine clock), and flow-node coverage recorded under
 * {@code target/process-test-coverage}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1",
		"taawun.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
		// tests look at due dates themselves, after moving the clock
		"taawun.staff-mail.watch-every=P3650D" })
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {

}
