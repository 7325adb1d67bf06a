package org.taawun.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.HistoricAgreement;
import org.taawun.agreement.HistoricAgreements;
import org.taawun.agreement.Instrument;
import org.taawun.agreement.LegalBasis;
import org.taawun.agreement.RenewalMode;
import org.taawun.agreement.TimelineEntry;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.AuthorityKind;
import org.taawun.party.BilingualName;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.support.DueJobs;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.rules.PlainValues;
import org.taawun.workflow.security.Authenticated;

/**
 * Drives agreements through their processes as their users would: drafts them, completes
 * tasks in a user's name, moves the engine's clock and runs the timers and jobs that fall
 * due.
 */
@Component
class ProcessDriver {

	static final ZoneId ZONE = ZoneId.of("Africa/Algiers");

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final Authenticated authenticated;

	private final HistoryService history;

	private final Agreements agreements;

	private final AgreementSteps steps;

	private final LocalAuthorities authorities;

	private final HistoricAgreements historic;

	ProcessDriver(RuntimeService runtime, TaskService tasks, ManagementService management, Authenticated authenticated,
			HistoryService history, Agreements agreements, AgreementSteps steps, LocalAuthorities authorities,
			HistoricAgreements historic) {
		this.historic = historic;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.authenticated = authenticated;
		this.history = history;
		this.agreements = agreements;
		this.steps = steps;
		this.authorities = authorities;
	}

	/** Sets the engine's clock to nine in the morning of that day. */
	void today(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant()));
	}

	LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
	}

	/** Moves the clock to that day and runs every timer and job then due. */
	void moveTo(LocalDate day) {
		today(day);
		runDueJobs();
	}

	/** Runs due timers and asynchronous steps until none is left. */
	void runDueJobs() {
		DueJobs.run(this.management);
	}

	/**
	 * Drafts an agreement of the authority as its secretary, under the given legal basis.
	 */
	Agreement draft(String authority, LegalBasis basis) {
		var jurisdiction = basis.jurisdiction();
		if (this.authorities.find(authority).isEmpty()) {
			register(authority, jurisdiction,
					(jurisdiction == Jurisdiction.TN) ? AuthorityKind.MUNICIPALITY : AuthorityKind.COMMUNE);
		}

		var draft = new DraftAgreement(jurisdiction, authority, Instrument.TWINNING, "اتفاقية توأمة",
				"Jumelage " + authority,
				new ForeignPartner("Selçuklu Belediyesi", "Konya", "TR", "dis.iliskiler@selcuklu.bel.tr", "tr"),
				Set.of(CooperationField.CULTURE), basis);
		return this.agreements.draft(draft, Account.of("sec." + authority, Set.of(Role.SECRETARIAT.group(authority))));
	}

	/**
	 * Brings in an agreement of the authority from a portfolio, at that state and with
	 * those dates, as its secretary would import it.
	 */
	Agreement bringIn(String authority, Jurisdiction jurisdiction, AgreementState state, HistoricAgreement.Dates dates,
			RenewalMode renewal) {
		return bringIn(authority, LegalBasis.current(jurisdiction), state, dates, renewal);
	}

	/** Brings in an agreement concluded under that legal basis. */
	Agreement bringIn(String authority, LegalBasis basis, AgreementState state, HistoricAgreement.Dates dates,
			RenewalMode renewal) {
		Jurisdiction jurisdiction = basis.jurisdiction();
		if (this.authorities.find(authority).isEmpty()) {
			register(authority, jurisdiction,
					(jurisdiction == Jurisdiction.TN) ? AuthorityKind.MUNICIPALITY : AuthorityKind.COMMUNE);
		}
		var draft = new DraftAgreement(jurisdiction, authority, Instrument.TWINNING, "اتفاقية توأمة",
				"Jumelage " + authority,
				new ForeignPartner("Selçuklu Belediyesi", "Konya", "TR", "dis.iliskiler@selcuklu.bel.tr", "tr"),
				Set.of(CooperationField.CULTURE), basis);
		var record = new HistoricAgreement("K-" + System.nanoTime(), draft, state, dates, renewal, null);
		return this.historic.bringIn(List.of(new HistoricAgreements.Incoming(record, null)),
				Account.of("sec." + authority, Set.of(Role.SECRETARIAT.group(authority))), (brought) -> {
				})
			.get(0)
			.agreement();
	}

	/**
	 * Completes the open task of the agreement with that BPMN id, as a user of its
	 * candidate group; lists go to the engine as JSON, as the portal and the Tasklist
	 * send them.
	 */
	void complete(Agreement agreement, String taskKey, Map<String, Object> values) {
		Task task = task(agreement, taskKey);
		this.authenticated.as(userOf(task), () -> {
			this.tasks.claim(task.getId(), userOf(task));
			this.tasks.complete(task.getId(), PlainValues.engine(values));
			return null;
		});
	}

	/**
	 * The open task of the agreement with that BPMN id; fails if there is none or
	 * several.
	 */
	Task task(Agreement agreement, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(agreement.reference())
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	/** The groups offered the agreement's open task with that BPMN id. */
	List<String> candidateGroups(Agreement agreement, String taskKey) {
		return this.tasks.getIdentityLinksForTask(task(agreement, taskKey).getId())
			.stream()
			.filter((link) -> link.getGroupId() != null)
			.map((link) -> link.getGroupId())
			.toList();
	}

	/** The keys of the agreement's open tasks. */
	List<String> openTasks(Agreement agreement) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(agreement.reference())
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.sorted()
			.toList();
	}

	ProcessInstance lifecycle(Agreement agreement) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(agreement.reference())
			.processDefinitionKey(AgreementLifecycle.KEY)
			.singleResult();
	}

	/**
	 * The process instance of a called process of the agreement, the latest if it ran
	 * several times.
	 */
	String calledInstance(Agreement agreement, String processKey) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(agreement.reference())
			.processDefinitionKey(processKey)
			.orderByProcessInstanceStartTime()
			.desc()
			.list()
			.get(0)
			.getId();
	}

	/**
	 * The ids of the flow nodes a process instance went through, in the order it entered
	 * them.
	 */
	List<String> passed(String processInstanceId) {
		return this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list()
			.stream()
			.map((activity) -> activity.getActivityId())
			.toList();
	}

	/** The partner accepts the final text, as its link lets it. */
	void partnerAcceptsTheFinalText(Agreement agreement) {
		this.steps.partnerAnswered(agreement.id(), true, "ACCEPT_TEXT");
	}

	/** Where the agreement's lifecycle waits. */
	List<String> lifecycleWaitsAt(Agreement agreement) {
		return this.runtime.getActiveActivityIds(lifecycle(agreement).getId());
	}

	/** Sends a message to the agreement's lifecycle, as the register's API does. */

	void correlate(Agreement agreement, String message, Map<String, Object> variables) {
		this.runtime.createMessageCorrelation(message)
			.processInstanceBusinessKey(agreement.reference())
			.setVariablesLocal(variables)
			.correlate();
	}

	AgreementState state(Agreement agreement) {
		return this.agreements.details(agreement.id(), admin()).orElseThrow().agreement().state();
	}

	Agreement reload(Agreement agreement) {
		return this.agreements.details(agreement.id(), admin()).orElseThrow().agreement();
	}

	/** The subjects of the agreement's timeline entries of a kind, oldest first. */
	List<String> timeline(Agreement agreement, TimelineEntry.Kind kind) {
		return this.agreements.details(agreement.id(), admin())
			.orElseThrow()
			.timeline()
			.stream()
			.filter((entry) -> entry.kind() == kind)
			.map(TimelineEntry::subject)
			.toList();
	}

	int priority(Agreement agreement, String taskKey) {
		return task(agreement, taskKey).getPriority();
	}

	/** Registers an authority that is its own province, as the demo communes are. */
	void register(String code, Jurisdiction jurisdiction, AuthorityKind kind) {
		BilingualName name = new BilingualName("بلدية " + code, "Commune de " + code);
		this.authorities.register(new LocalAuthority(code, jurisdiction, kind, name,
				new LocalAuthority.Province(code.replace("wilaya-", ""), name), "cooperation@" + code + ".example"));
	}

	/** A user of the task's candidate group: the demo user who holds that role. */
	private String userOf(Task task) {
		String group = this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> link.getGroupId() != null)
			.map((link) -> link.getGroupId())
			.findFirst()
			.orElseThrow(() -> new AssertionError(task.getTaskDefinitionKey() + " has no candidate group"));
		Role.Membership membership = Role.parse(group).orElseThrow();
		return switch (membership.role()) {
			case SECRETARIAT, COUNCIL_SECRETARIAT -> "sec." + membership.scopeCode();
			case EXECUTIVE -> "exec." + membership.scopeCode();
			case WALI_OFFICE -> "wali." + membership.scopeCode();
			case GOVERNOR_OFFICE -> "gov." + membership.scopeCode();
			case MINISTRY_INTERIOR_MA -> "dgct.ma";
			case MINISTRY_INTERIOR -> "miclat";
			case FOREIGN_AFFAIRS_DZ -> "mae.dz";
			case PRIME_MINISTER_OFFICE -> "pm.dz";
			case FOREIGN_AFFAIRS_TN -> "mfa.tn";
			case LOCAL_AFFAIRS_TN -> "mal.tn";
			case ADMIN -> "admin";
			case HEAD_OF_UNIT -> throw new AssertionError("A head of unit is told of tasks, not offered them");
		};
	}

	private static Account admin() {
		return Account.of("admin", Set.of("camunda-admin"));
	}

}
