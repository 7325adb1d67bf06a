package org.taawun.workflow;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic failure, which its REST
 * API answers with 500. Refused variables are the caller's mistake: this interceptor
 * hands the refusal back as it was thrown, so the caller gets a 400 that says what to
 * correct.
 */
class RefusalUnwrapper extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return this.next.execute(command);
		}
		catch (ProcessEngineException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof RefusedVariablesException invalid) {
					throw invalid;
				}
			}
			throw ex;
		}
	}

}
