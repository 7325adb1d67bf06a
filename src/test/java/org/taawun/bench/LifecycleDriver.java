package org.taawun.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementProcess;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.AnswerNotAwaitedException;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.task.TaskTakenException;
import org.taawun.task.Tasks;

import static org.taawun.workflow.Submissions.consulted;
import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.deposited;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.foreignAffairsOpinion;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.priorApproval;
import static org.taawun.workflow.Submissions.published;
import static org.taawun.workflow.Submissions.referred;
import static org.taawun.workflow.Submissions.referredToPrimeMinister;
import static org.taawun.workflow.Submissions.signed;
import static org.taawun.workflow.Submissions.waliOpinion;

/**
 * Carries agreements from draft to force as their users would, through the service layer:
 * each task found among the agreement's open tasks and completed by a user of its group
 * with valid form data, checked by the same validator as the portal and the API.
 */
final class LifecycleDriver {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Africa/Algiers"));

	private static final Account SEC_ORAN = user("sec.oran", Role.SECRETARIAT.group("oran"),
			Role.COUNCIL_SECRETARIAT.group("oran"));

	private static final Account SEC_GAFSA = user("sec.gafsa", Role.SECRETARIAT.group("gafsa"),
			Role.COUNCIL_SECRETARIAT.group("gafsa"));

	private final Agreements agreements;

	private final AgreementSteps steps;

	private final AgreementProcess process;

	private final Tasks tasks;

	private final AtomicLong completed = new AtomicLong();

	private final AtomicLong statementsInCompletions = new AtomicLong();

	LifecycleDriver(Agreements agreements, AgreementSteps steps, AgreementProcess process, Tasks tasks) {
		this.agreements = agreements;
		this.steps = steps;
		this.process = process;
		this.tasks = tasks;
	}

	/** Algerian and Tunisian agreements in turn. */
	void toForce(int index) {
		if (index % 2 == 0) {
			algerian(index);
		}
		else {
			tunisian(index);
		}
	}

	private void algerian(int index) {
		Agreement a = this.agreements.draft(draft(Jurisdiction.DZ, "oran", index), SEC_ORAN);
		String ref = a.reference();
		complete(ref, "Task_CheckEligibility", eligible(), SEC_ORAN);
		complete(ref, "Task_NegotiateDraft", negotiated(TODAY, "EXPRESS"), SEC_ORAN);
		complete(ref, "Task_RecordDeliberation", deliberation(TODAY, 20, 10, "FOR"), SEC_ORAN);
		complete(ref, "Task_DepositWithWali", deposited(TODAY), SEC_ORAN);
		complete(ref, "Task_ReviewAtWilaya", waliOpinion(TODAY), user("wali.oran", Role.WALI_OFFICE.group("oran")));
		complete(ref, "Task_GiveForeignAffairsOpinion", foreignAffairsOpinion(),
				user("mae.dz", Role.FOREIGN_AFFAIRS_DZ.group()));
		complete(ref, "Task_ReviewAtMinistry", referredToPrimeMinister(),
				user("miclat", Role.MINISTRY_INTERIOR.group()));
		complete(ref, "Task_GrantPriorApproval", priorApproval(TODAY),
				user("pm.dz", Role.PRIME_MINISTER_OFFICE.group()));
		partnerAccepts(a.id());
		complete(ref, "Task_SignAgreement", signed(TODAY, TODAY.plusYears(5)),
				user("exec.oran", Role.EXECUTIVE.group("oran")));
		awaitInForce(a.id());
	}

	/**
	 * A Tunisian file whose dates lie in the past: the two months during which Foreign
	 * Affairs may object ran out in silence (no refusal), and the council may vote.
	 */
	private void tunisian(int index) {
		Agreement a = this.agreements.draft(draft(Jurisdiction.TN, "gafsa", index), SEC_GAFSA);
		String ref = a.reference();
		Account mfa = user("mfa.tn", Role.FOREIGN_AFFAIRS_TN.group());
		LocalDate referral = TODAY.minusDays(90);
		complete(ref, "Task_CheckEligibility", eligible(), SEC_GAFSA);
		complete(ref, "Task_NegotiateDraft", negotiated(TODAY.minusDays(100), "TACIT"), SEC_GAFSA);
		complete(ref, "Task_ConsultForeignAffairs", consulted(TODAY.minusDays(95)), mfa);
		complete(ref, "Task_ReferFinalText", referred(referral), SEC_GAFSA);
		complete(ref, "Task_RecordDeliberation", deliberation(TODAY, 25, 3, "FOR"), SEC_GAFSA);
		complete(ref, "Task_PublishDeliberation", published(TODAY), SEC_GAFSA);
		partnerAccepts(a.id());
		complete(ref, "Task_SignAgreement", signed(TODAY, TODAY.plusYears(3)),
				user("exec.gafsa", Role.EXECUTIVE.group("gafsa")));
		awaitInForce(a.id());
	}

	/** The statements sent while completing tasks, on the completing threads. */
	long statementsInCompletions() {
		return this.statementsInCompletions.get();
	}

	/** How many tasks the driver has completed so far. */
	long completed() {
		return this.completed.get();
	}

	/**
	 * Completes the task once it is there; a task that a job of its process ended in the
	 * instant it was listed is looked for again, as a user would reload the page.
	 */
	void complete(String reference, String taskKey, Map<String, Object> values, Account user) {
		await(() -> this.process.openTasks(reference)
			.stream()
			.filter((task) -> task.key().equals(taskKey))
			.findFirst()
			.map((task) -> {
				try {
					long before = StatementCounter.mine();
					this.tasks.complete(task.id(), values, user);
					this.completed.incrementAndGet();
					this.statementsInCompletions.addAndGet(StatementCounter.mine() - before);
					return Boolean.TRUE;
				}
				catch (TaskTakenException ex) {
					return null;
				}
			})
			.orElse(null), reference + " " + taskKey);
	}

	/** The partner accepts the final text, as its mailed link would say it. */
	private void partnerAccepts(long id) {
		await(() -> {
			try {
				this.steps.partnerAnswered(id, true, "ACCEPT_TEXT");
				return Boolean.TRUE;
			}
			catch (AnswerNotAwaitedException ex) {
				return null;
			}
		}, () -> "partner acceptance of " + id + " in state "
				+ this.agreements.visible(id, Account.system()).map(Agreement::state).orElse(null) + ", open tasks "
				+ this.process.openTasks(this.agreements.visible(id, Account.system()).orElseThrow().reference())
					.stream()
					.map(AgreementProcess.PendingTask::key)
					.toList());
	}

	private void awaitInForce(long id) {
		await(() -> this.agreements.visible(id, Account.system())
			.filter((a) -> a.state() == AgreementState.IN_FORCE)
			.orElse(null), "agreement " + id + " in force");
	}

	/**
	 * Waits for what the job executor does in the background (documents, timers), as a
	 * user reloading the page would.
	 */
	static <T> T await(Supplier<T> found, String what) {
		return await(found, () -> what);
	}

	static <T> T await(Supplier<T> found, Supplier<String> what) {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline) {
			T value = found.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Waited two minutes for " + what.get());
	}

	private static DraftAgreement draft(Jurisdiction jurisdiction, String authority, int index) {
		return new DraftAgreement(jurisdiction, authority, Instrument.TWINNING, "اتفاقية توأمة " + index,
				"Jumelage n° " + index, new ForeignPartner("Ville partenaire " + index, "Lyon", "FR",
						"partner" + index + "@bench.example", "fr"),
				Set.of(CooperationField.CULTURE));
	}

	private static Account user(String id, String... groups) {
		return Account.of(id, Set.of(groups));
	}

}
