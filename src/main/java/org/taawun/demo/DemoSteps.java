package org.taawun.demo;

import java.time.LocalDate;

import java.util.Map;

import org.taawun.agreement.Agreements;
import org.taawun.agreement.AgreementSteps;
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

	private final Agreements agreements;

	private final AgreementSteps steps;

	private final Directory directory;

	private final String reference;

	private final LocalDate today;

	DemoSteps(Tasks tasks, Agreements agreements, AgreementSteps steps, Directory directory, String reference,
			LocalDate today) {
		this.tasks = tasks;
		this.agreements = agreements;
		this.steps = steps;
		this.directory = directory;
		this.reference = reference;
		this.today = today;
	}

	DemoSteps then(String userId, String taskKey, Map<String, Object> values) {
		Account account = Account.of(userId, this.directory.groupsOf(userId));
		TaskItem task = this.tasks.of(account)
			.stream()
			.filter((t) -> this.reference.equals(t.reference()) && taskKey.equals(t.key()))
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException(userId + " is not offered " + taskKey + " of " + this.reference));
		this.tasks.complete(task.id(), values, account);
		return this;
	}

	DemoSteps eligible(String secretary) {
		return then(secretary, "Task_CheckEligibility", Map.of("partnerIsLocalAuthority", true,
				"publicInterestConfirmed", true, "withinCompetences", true, "eligibilityDecision", "ELIGIBLE"));
	}

	DemoSteps negotiated(String secretary, String renewalMode) {
		return then(secretary, "Task_NegotiateDraft",
				Map.of("negotiationSummary", "Texte arrêté sur la base de la convention type.", "textAgreedOn", day(0),
						"durationYears", 3, "renewalMode", renewalMode));
	}

	DemoSteps deliberated(String councilSecretary, String taskKey) {
		return then(councilSecretary, taskKey,
				Map.of("deliberationNumber", "07/" + this.today.getYear(), "sessionDate", day(0), "membersPresent", 33,
						"votesFor", 27, "votesAgainst", 2, "abstentions", 4, "presidentVote", "FOR"));
	}

	/**
	 * Deposited with the wali, reviewed by the wilaya and given the opinion of Foreign
	 * Affairs.
	 */
	DemoSteps forwardedToTheMinistry(String secretary, String wali) {
		return then(secretary, "Task_DepositWithWali", Map.of("depositDate", day(0), "receiptNumber", "W-" + day(0)))
			.then(wali, "Task_ReviewAtWilaya", Map.of("waliOpinion", "FAVOURABLE", "forwardedOn", day(0)))
			.then("mae.dz", "Task_GiveForeignAffairsOpinion", Map.of("foreignAffairsOpinion", "FAVOURABLE"));
	}

	/** The partner accepted the final text, as its link lets it. */
	DemoSteps partnerAcceptedTheFinalText() {
		this.steps.partnerAnswered(this.agreements.byReference(this.reference).orElseThrow().id(), true, "ACCEPT_TEXT");
		return this;
	}

	String day(int offset) {

		return this.today.plusDays(offset).toString();
	}

}
