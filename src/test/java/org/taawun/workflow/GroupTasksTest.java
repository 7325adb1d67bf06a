package org.taawun.workflow;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.task.TaskItem;
import org.taawun.task.Tasks;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.steps.TaskAlerts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tasks offered to a person's groups, listed and counted as the header and the lists
 * show them, are those the engine's own task queries find, with their forms.
 */
@ProcessTest
class GroupTasksTest {

	@Autowired
	private ProcessDriver driver;

	@Autowired
	private Tasks tasks;

	@Autowired
	private TaskService engineTasks;

	@Test
	void listsAndCountsWhatTheEnginesTaskQueriesFind() {
		String first = "count-a-" + System.nanoTime() % 100000;
		String second = "count-b-" + System.nanoTime() % 100000;
		this.driver.draft(first, LegalBasis.DZ_DECREE_17_329);
		Agreement held = this.driver.draft(first, LegalBasis.DZ_DECREE_17_329);
		this.driver.draft(second, LegalBasis.DZ_DECREE_17_329);
		Account both = Account.of("sec.both", Set.of(Role.SECRETARIAT.group(first), Role.SECRETARIAT.group(second)));
		assertThat(this.tasks.countOf(both)).isEqualTo(3).isEqualTo(engineCount(both));
		assertThat(this.tasks.of(both)).hasSize(3).allSatisfy((task) -> assertThat(task.formKey()).isNotNull());

		// one taken by a colleague is no longer open to the others, but the team still
		// sees it; the colleague counts it as their own
		this.engineTasks.claim(this.driver.task(held, AgreementLifecycle.Tasks.CHECK_ELIGIBILITY).getId(),
				"sec.colleague");
		Account colleague = Account.of("sec.colleague", Set.of(Role.SECRETARIAT.group(first)));
		assertThat(this.tasks.countOf(both)).isEqualTo(2).isEqualTo(engineCount(both));
		assertThat(this.tasks.countOf(colleague)).isEqualTo(2).isEqualTo(engineCount(colleague));
		assertThat(ids(this.tasks.of(both))).hasSize(2)
			.containsExactlyInAnyOrderElementsOf(
					ids(this.engineTasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(both.groups())).list()));
		assertThat(ids(this.tasks.ofTeam(both))).hasSize(3)
			.containsExactlyInAnyOrderElementsOf(ids(this.engineTasks.createTaskQuery()
				.taskCandidateGroupIn(List.copyOf(both.groups()))
				.includeAssignedTasks()
				.list()));
		assertThat(this.tasks.countOf(Account.of("nobody", Set.of()))).isZero();

		// escalated, held or not, it is the unit's: listed for those who answer for it
		this.engineTasks.setPriority(this.driver.task(held, AgreementLifecycle.Tasks.CHECK_ELIGIBILITY).getId(),
				TaskAlerts.ESCALATED_PRIORITY);
		assertThat(ids(this.tasks.escalatedFor(both)))
			.containsExactlyElementsOf(ids(this.engineTasks.createTaskQuery()
				.taskCandidateGroupIn(List.copyOf(both.groups()))
				.includeAssignedTasks()
				.taskMinPriority(TaskAlerts.ESCALATED_PRIORITY)
				.list()))
			.hasSize(1);
	}

	private long engineCount(Account account) {
		return this.engineTasks.createTaskQuery().taskAssignee(account.userId()).count()
				+ this.engineTasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(account.groups())).count();
	}

	private static List<String> ids(List<?> tasks) {
		return tasks.stream()
			.map((task) -> (task instanceof TaskItem item) ? item.id() : ((Task) task).getId())
			.toList();
	}

}
