package org.taawun.workflow.adapters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementProcess;
import org.taawun.agreement.AnswerNotAwaitedException;
import org.taawun.agreement.Decision;
import org.taawun.agreement.Decisions;
import org.taawun.agreement.HistoricAgreement;
import org.taawun.agreement.InForceRequest;
import org.taawun.agreement.ProjectProposal;
import org.taawun.agreement.TimelineEntry;
import org.taawun.agreement.VisitRequest;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.model.AgreementLifecycle.Messages;
import org.taawun.workflow.model.IssueDocument;
import org.taawun.workflow.model.ProjectOrDonation;
import org.taawun.workflow.model.VisitOrDelegation;
import org.taawun.workflow.notices.TaskNotices;
import org.taawun.workflow.rules.FileVariables;
import org.taawun.workflow.security.Authenticated;
import org.taawun.workflow.security.CandidateGroups;
import org.taawun.workflow.steps.DeadlineCalendar;
import org.taawun.workflow.steps.RegisterSteps;

/**
 * Runs an agreement's lifecycle on the engine; the business key of every process of an
 * agreement is its reference.
 */
@Component
class EngineAgreementProcess implements AgreementProcess {

	/** The processes that are a visit or a project of an agreement in force. */
	private static final Set<String> ACTIVITIES = Set.of(VisitOrDelegation.KEY, ProjectOrDonation.KEY);

	/**
	 * The system's own processes, left out of the timeline: what they issue is listed
	 * with the agreement's documents.
	 */
	private static final Set<String> SYSTEM_STEPS = Set.of(IssueDocument.KEY);

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final HistoryService history;

	private final Authenticated authenticated;

	private final FileVariables fileVariables;

	private final CandidateGroups candidateGroups;

	private final DeadlineCalendar calendar;

	private final Decisions decisions;

	private final FileWaits waits;

	EngineAgreementProcess(RuntimeService runtime, TaskService tasks, HistoryService history,
			Authenticated authenticated, FileVariables fileVariables, CandidateGroups candidateGroups,
			DeadlineCalendar calendar, Decisions decisions, FileWaits waits) {
		this.waits = waits;
		this.decisions = decisions;
		this.runtime = runtime;
		this.calendar = calendar;
		this.candidateGroups = candidateGroups;
		this.fileVariables = fileVariables;
		this.tasks = tasks;
		this.history = history;
		this.authenticated = authenticated;
	}

	@Override
	public String start(Agreement agreement, String initiator) {
		return this.authenticated.as(initiator,
				() -> this.runtime.createProcessInstanceByKey(AgreementLifecycle.KEY)
					.businessKey(agreement.reference())
					.setVariables(this.fileVariables.of(agreement))
					.execute()
					.getId());
	}

	@Override
	public Map<Long, String> resume(Map<Agreement, HistoricAgreement> brought) {
		LocalDate today = LocalDate.parse(this.calendar.today());
		Map<Long, String> instances = new HashMap<>();
		Map<String, List<Agreement>> byCreator = brought.keySet()
			.stream()
			.collect(Collectors.groupingBy((agreement) -> agreement.audit().createdBy(), LinkedHashMap::new,
					Collectors.toList()));
		// each creator's in one command: the engine writes all their instances when it
		// ends
		byCreator.forEach((creator, agreements) -> this.authenticated.as(creator, () -> TaskNotices.quietly(() -> {
			agreements.forEach((agreement) -> Resumption.of(agreement, brought.get(agreement), today)
				.ifPresent((resumption) -> instances.put(agreement.id(), start(agreement, resumption))));
			return instances;
		})));
		return instances;
	}

	private String start(Agreement agreement, Resumption resumption) {
		ProcessInstantiationBuilder start = this.runtime.createProcessInstanceByKey(AgreementLifecycle.KEY)
			.businessKey(agreement.reference())
			.setVariables(this.fileVariables.of(agreement))
			.setVariables(resumption.variables());
		resumption.activities().forEach(start::startBeforeActivity);
		return start.execute(true, true).getId();
	}

	@Override
	public void request(String reference, InForceRequest request) {
		String message = switch (request.event()) {
			case VISIT_REQUESTED -> Messages.VISIT_REQUESTED;
			case PROJECT_PROPOSED -> Messages.PROJECT_PROPOSED;
			case AMENDMENT_REQUESTED -> Messages.AMENDMENT_REQUESTED;
			case SUSPENSION_REQUESTED -> Messages.SUSPENSION_REQUESTED;
			case TERMINATION_REQUESTED -> Messages.TERMINATION_REQUESTED;
		};
		MessageCorrelationBuilder correlation = this.runtime.createMessageCorrelation(message)
			.processInstanceBusinessKey(reference);
		if (request instanceof VisitRequest visit) {
			correlation.setVariableLocal(VisitOrDelegation.Vars.DIRECTION, visit.direction().name())
				.setVariableLocal(VisitOrDelegation.Vars.PURPOSE, visit.purpose())
				.setVariableLocal(VisitOrDelegation.Vars.DEPARTURE_DATE, visit.departureDate().toString())
				.setVariableLocal(VisitOrDelegation.Vars.RETURN_DATE, visit.returnDate().toString());
		}
		else if (request instanceof ProjectProposal project) {
			correlation.setVariableLocal(ProjectOrDonation.Vars.KIND, project.kind().name())
				.setVariableLocal(ProjectOrDonation.Vars.TITLE, project.title());
		}
		correlation.correlate();
	}

	@Override
	public void withdraw(String reference, String reason) {
		this.runtime.createMessageCorrelation(Messages.WITHDRAWAL_REQUESTED)
			.processInstanceBusinessKey(reference)
			.setVariable(AgreementLifecycle.Vars.WITHDRAWAL_REASON, reason)
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
	public boolean awaitsPartnerAcceptance(String reference) {
		return this.runtime.createExecutionQuery()
			.processInstanceBusinessKey(reference)
			.messageEventSubscriptionName(Messages.PARTNER_ACCEPTED_TEXT)
			.count() > 0;
	}

	@Override
	public List<PendingTask> openTasks(String reference) {
		List<Task> open = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.orderByTaskCreateTime()
			.asc()
			.list();
		Map<String, List<String>> groups = this.candidateGroups.of(open.stream().map(Task::getId).toList());
		return open.stream()
			.map((task) -> new PendingTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
					task.getAssignee(), groups.getOrDefault(task.getId(), List.of()), instant(task.getCreateTime()),
					instant(task.getDueDate())))
			.toList();
	}

	@Override
	public List<Waiting> waitingFor(String reference) {
		return this.waits.of(reference);
	}

	@Override
	public List<TimelineEntry> history(String reference) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (HistoricProcessInstance process : this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()) {
			if (SYSTEM_STEPS.contains(process.getProcessDefinitionKey())) {
				continue;
			}
			entries.add(new TimelineEntry(instant(process.getStartTime()), orSystem(process.getStartUserId()),
					ACTIVITIES.contains(process.getProcessDefinitionKey()) ? TimelineEntry.Kind.ACTIVITY_STARTED
							: TimelineEntry.Kind.PROCESS_STARTED,
					process.getProcessDefinitionKey(), process.getProcessDefinitionName()));
			if (process.getEndTime() != null) {
				entries.add(new TimelineEntry(instant(process.getEndTime()), RegisterSteps.SYSTEM,
						TimelineEntry.Kind.PROCESS_ENDED, process.getProcessDefinitionKey(),
						process.getProcessDefinitionName()));
			}
		}
		List<HistoricTaskInstance> completed = this.history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(reference)
			.finished()
			.list()
			.stream()
			.filter((task) -> "completed".equals(task.getDeleteReason()))
			.toList();
		Map<String, Decision> decided = this.decisions
			.answering(completed.stream().map(HistoricTaskInstance::getId).toList());
		for (HistoricTaskInstance task : completed) {
			entries.add(new TimelineEntry(instant(task.getEndTime()), orSystem(task.getAssignee()),
					TimelineEntry.Kind.TASK_COMPLETED, task.getTaskDefinitionKey(), task.getName(),
					decided.get(task.getId())));
		}
		return entries;
	}

	private static String orSystem(String userId) {
		return (userId != null) ? userId : RegisterSteps.SYSTEM;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
