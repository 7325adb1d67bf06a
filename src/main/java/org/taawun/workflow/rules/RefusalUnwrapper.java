package org.taawun.workflow.rules;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic failure, and reports
 * some mistakes of its callers as generic failures too; its REST API answers both with
 * 500. They are the caller's to correct: refused variables are handed back as they were
 * thrown, and the other mistakes as a bad request, so the caller gets a 400 that says
 * what to correct.
 */
class RefusalUnwrapper extends CommandInterceptor {

	/**
	 * How the engine words the mistakes of its callers that it reports as generic
	 * failures: a new password below the policy, a condition no process starts on.
	 */
	private static final List<String> CALLERS_MISTAKES = List.of("Password does not match policy", "ENGINE-13043");

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return this.next.execute(command);
		}
		catch (BadUserRequestException ex) {
			throw ex;
		}
		catch (ProcessEngineException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof RefusedVariablesException refused) {
					throw refused;
				}
			}
			if (ex.getMessage() != null && CALLERS_MISTAKES.stream().anyMatch(ex.getMessage()::startsWith)) {
				throw new BadUserRequestException(ex.getMessage(), ex);
			}
			throw ex;
		}
	}

}
