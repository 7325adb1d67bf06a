package org.taawun.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import org.taawun.workflow.IssueDocument.Vars;

/**
 * Where a step produces a document, the models ask for it:
 * {@code ${documentRequests.request(execution, 'CONVENTION')}}. The document is issued by
 * a process of its own, after a save point and with retries, so that it never holds up
 * the agreement's path nor undoes a person's work. Public, because the engine's
 * expression language only calls public methods of public classes.
 */
@Component("documentRequests")
public class DocumentRequests {

	private final RuntimeService runtime;

	DocumentRequests(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** Asks for the document, with the facts the requesting process holds so far. */
	public void request(DelegateExecution execution, String documentKind) {
		Map<String, Object> facts = new HashMap<>();
		PlainValues.of(execution.getVariables()).forEach((name, value) -> {
			if (value instanceof String || value instanceof Number || value instanceof Boolean) {
				facts.put(name, value);
			}
			else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
				// the entries of a list (the members of a delegation) the document names
				facts.put(name, PlainValues.engine(value));
			}
		});
		facts.put(Vars.DOCUMENT_KIND, documentKind);
		facts.put(Vars.DOCUMENT_STEP, execution.getCurrentActivityId());
		this.runtime.createProcessInstanceByKey(IssueDocument.KEY)
			.businessKey(execution.getProcessBusinessKey())
			.setVariables(facts)
			.execute();
	}

}
