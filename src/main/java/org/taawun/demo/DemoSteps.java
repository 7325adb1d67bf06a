package org.taawun.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.taawun.identity.Account;
import org.taawun.identity.Directory;
import org.taawun.task.TaskItem;
import org.taawun.task.Tasks;

/**
 * Moves a demo agreement on as its users would: each step completes the agreement's task
 * as the demo user whose role it needs, with what that user would type.
 */
final class DemoSteps {

	private final Tasks tasks;

	private final Directory directory;

	private final LocalDate today;

	DemoSteps(Tasks tasks, Directory directory, LocalDate today) {
		this.tasks = tasks;
		this.directory = directory;
		this.today = today;
	}

	void take(String reference, DemoJourneys.Step step) {
		Account account = Account.of(step.user(), this.directory.groupsOf(step.user()));
		TaskItem task = this.tasks.of(account)
			.stream()
			.filter((t) -> reference.equals(t.reference()) && step.task().equals(t.key()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					step.user() + " is not offered " + step.task() + " of " + reference));
		this.tasks.complete(task.id(), values(step.values()), account);
	}

	/** The values with the demo's day and year put in. */
	private Map<String, Object> values(Map<String, Object> written) {
		Map<String, Object> values = new LinkedHashMap<>();
		written.forEach((name, value) -> values.put(name,
				(value instanceof String text) ? text.replace("{today}", this.today.toString())
					.replace("{year}", Integer.toString(this.today.getYear())) : value));
		return values;
	}

}
