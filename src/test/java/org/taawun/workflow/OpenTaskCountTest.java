package org.taawun.workflow;

import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.task.Tasks;
import org.taawun.workflow.model.AgreementLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count of open tasks every page's header shows is the engine's own count of the
 * tasks assigned to the person and of those offered to their groups that nobody holds.
 */
@ProcessTest
class OpenTaskCountTest {

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Tasks tasks;

	@Autowired
	private TaskService engineTasks;

	@Test
	void countsWhatTheEnginesTaskQueriesCount() {
		String first = "count-a-" + System.nanoTime() % 100000;
		String second = "count-b-" + System.nanoTime() % 100000;
		this.driver.draft(first, LegalBasis.DZ_DECREE_17_329);
		Agreement held = this.driver.draft(first, LegalBasis.DZ_DECREE_17_329);
		this.driver.draft(second, LegalBasis.DZ_DECREE_17_329);
		Account both = Account.of("sec.both", Set.of(Role.SECRETARIAT.group(first), Role.SECRETARIAT.group(second)));
		assertThat(this.tasks.countOf(both)).isEqualTo(3).isEqualTo(engineCount(both));

		// one taken by a colleague is no longer open to the others; the colleague's own
		this.engineTasks.claim(this.driver.task(held, AgreementLifecycle.Tasks.CHECK_ELIGIBILITY).getId(),
				"sec.colleague");
		Account colleague = Account.of("sec.colleague", Set.of(Role.SECRETARIAT.group(first)));
		assertThat(this.tasks.countOf(both)).isEqualTo(2).isEqualTo(engineCount(both));
		assertThat(this.tasks.countOf(colleague)).isEqualTo(2).isEqualTo(engineCount(colleague));
		assertThat(this.tasks.countOf(Account.of("nobody", Set.of()))).isZero();
	}

	private long engineCount(Account account) {
		return this.engineTasks.createTaskQuery().taskAssignee(account.userId()).count()
				+ this.engineTasks.createTaskQuery().taskCandidateGroupIn(account.groups().stream().toList()).count();
	}

}
