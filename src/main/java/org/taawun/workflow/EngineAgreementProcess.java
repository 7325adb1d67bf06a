package org.taawun.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AnswerNotAwaitedException;
import org.taawun.agreement.AgreementProcess;
import org.taawun.agreement.InForceEvent;
import org.taawun.agreement.TimelineEntry;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.workflow.AgreementLifecycle.Messages;
import org.taawun.workflow.AgreementLifecycle.Vars;

/**
 * Runs an agreement's lifecycle on the engine; the business key of every process of an
 * agreement is its reference.
 */
@Component
class EngineAgreementProcess implements AgreementProcess {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final HistoryService history;

	private final Authenticated authenticated;

	private final LocalAuthorities authorities;

	private final CandidateGroups candidateGroups;

	EngineAgreementProcess(RuntimeService runtime, TaskService tasks, HistoryService history,
			Authenticated authenticated, LocalAuthorities authorities, CandidateGroups candidateGroups) {
		this.runtime = runtime;
		this.candidateGroups = candidateGroups;
		this.authorities = authorities;
		this.tasks = tasks;
		this.history = history;
		this.authenticated = authenticated;
	}

	@Override
	public String start(Agreement agreement, String initiator) {
		LocalAuthority authority = this.authorities.find(agreement.localAuthority()).orElseThrow();
		return this.authenticated.as(initiator,
				() -> this.runtime.createProcessInstanceByKey(AgreementLifecycle.KEY)
					.businessKey(agreement.reference())
					.setVariable(Vars.AGREEMENT_ID, agreement.id())
					.setVariable(Vars.AUTHORITY, authority.code())
					.setVariable(Vars.AUTHORITY_KIND, authority.kind().name())
					.setVariable(Vars.PROVINCE, authority.province().code())
					.setVariable(Vars.JURISDICTION, agreement.jurisdiction().name())
					.setVariable(Vars.LEGAL_BASIS, agreement.legalBasis().name())
					.execute()
					.getId());
	}

	@Override
	public void signal(String reference, InForceEvent event, Map<String, Object> variables) {
		String message = switch (event) {
			case VISIT_REQUESTED -> Messages.VISIT_REQUESTED;
			case PROJECT_PROPOSED -> Messages.PROJECT_PROPOSED;
			case AMENDMENT_REQUESTED -> Messages.AMENDMENT_REQUESTED;
			case SUSPENSION_REQUESTED -> Messages.SUSPENSION_REQUESTED;
			case TERMINATION_REQUESTED -> Messages.TERMINATION_REQUESTED;
		};
		this.runtime.createMessageCorrelation(message)
			.processInstanceBusinessKey(reference)
			.setVariablesLocal(variables)
			.correlate();
	}

	@Override
	public void partnerAcceptedText(String reference) {
		try {
			this.runtime.createMessageCorrelation(Messages.PARTNER_ACCEPTED_TEXT)
				.processInstanceBusinessKey(reference)
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new AnswerNotAwaitedException(reference);
		}
	}

	@Override
	public List<OpenTask> openTasks(String reference) {
		List<Task> open = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.orderByTaskCreateTime()
			.asc()
			.list();
		Map<String, List<String>> groups = this.candidateGroups.of(open.stream().map(Task::getId).toList());
		return open.stream()
			.map((task) -> new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
					groups.getOrDefault(task.getId(), List.of()), instant(task.getCreateTime()),
					instant(task.getDueDate())))
			.toList();
	}

	@Override
	public List<TimelineEntry> history(String reference) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (HistoricProcessInstance process : this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()) {
			entries.add(new TimelineEntry(instant(process.getStartTime()), orSystem(process.getStartUserId()),
					TimelineEntry.Kind.PROCESS_STARTED, process.getProcessDefinitionKey(),
					process.getProcessDefinitionName()));
			if (process.getEndTime() != null) {
				entries.add(new TimelineEntry(instant(process.getEndTime()), RegisterListener.SYSTEM,
						TimelineEntry.Kind.PROCESS_ENDED, process.getProcessDefinitionKey(),
						process.getProcessDefinitionName()));
			}
		}
		for (HistoricTaskInstance task : this.history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(reference)
			.finished()
			.list()) {
			if ("completed".equals(task.getDeleteReason())) {
				entries.add(new TimelineEntry(instant(task.getEndTime()), orSystem(task.getAssignee()),
						TimelineEntry.Kind.TASK_COMPLETED, task.getTaskDefinitionKey(), task.getName()));
			}
		}
		return entries;
	}

	private static String orSystem(String userId) {
		return (userId != null) ? userId : RegisterListener.SYSTEM;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
