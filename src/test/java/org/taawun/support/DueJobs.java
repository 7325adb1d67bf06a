package org.taawun.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The job executor is off in tests, so that each test decides when time passes: a test
 * runs the due timers and asynchronous steps itself.
 */
public final class DueJobs {

	private DueJobs() {
	}

	/**
	 * Runs due jobs one at a time until none is left: a job may remove another (a timer
	 * whose task was completed by an earlier one).
	 */
	public static void run(ManagementService management) {
		for (int run = 0; run < 500; run++) {
			List<Job> due = management.createJobQuery().executable().listPage(0, 1);
			if (due.isEmpty()) {
				return;
			}
			management.executeJob(due.get(0).getId());
		}
		throw new AssertionError("Jobs keep falling due: a timer loops");
	}

}
