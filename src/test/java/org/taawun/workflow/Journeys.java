package org.taawun.workflow;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.workflow.model.AgreementLifecycle.Tasks;
import org.taawun.workflow.model.ApprovalDz;

import static org.taawun.workflow.Submissions.deliberation;
import static org.taawun.workflow.Submissions.deposited;
import static org.taawun.workflow.Submissions.eligible;
import static org.taawun.workflow.Submissions.foreignAffairsOpinion;
import static org.taawun.workflow.Submissions.negotiated;
import static org.taawun.workflow.Submissions.priorApproval;
import static org.taawun.workflow.Submissions.referredToPrimeMinister;
import static org.taawun.workflow.Submissions.signed;
import static org.taawun.workflow.Submissions.waliOpinion;

/**
 * The shortest valid way of an Algerian agreement to a stage of its life, for tests that
 * start there. Everything happens on the driver's current day.
 */
@Component
class Journeys {

	private final ProcessDriver driver;

	Journeys(ProcessDriver driver) {
		this.driver = driver;
	}

	/** Approved, and its final text accepted by the partner: the executive may sign. */
	Agreement approved(String authority, String renewalMode) {
		return approved(authority, negotiated(this.driver.today(), renewalMode));
	}

	/**
	 * Approved, with the text negotiated as the values say, and its final text accepted
	 * by the partner.
	 */
	Agreement approved(String authority, Map<String, Object> negotiation) {
		Agreement agreement = awaitingThePartner(authority, negotiation);
		this.driver.partnerAcceptsTheFinalText(agreement);
		return agreement;
	}

	/** Approved, its final text sent to the partner, who has not answered. */
	Agreement awaitingThePartner(String authority, Map<String, Object> negotiation) {
		LocalDate today = this.driver.today();
		Agreement agreement = this.driver.draft(authority, LegalBasis.DZ_DECREE_17_329);
		this.driver.complete(agreement, Tasks.CHECK_ELIGIBILITY, eligible());
		this.driver.complete(agreement, Tasks.NEGOTIATE_DRAFT, negotiation);
		this.driver.complete(agreement, ApprovalDz.Tasks.RECORD_DELIBERATION, deliberation(today, 20, 10, "FOR"));
		this.driver.complete(agreement, ApprovalDz.Tasks.DEPOSIT_WITH_WALI, deposited(today));
		this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_WILAYA, waliOpinion(today));
		this.driver.complete(agreement, ApprovalDz.Tasks.GIVE_FOREIGN_AFFAIRS_OPINION, foreignAffairsOpinion());
		this.driver.complete(agreement, ApprovalDz.Tasks.REVIEW_AT_MINISTRY, referredToPrimeMinister());
		this.driver.complete(agreement, ApprovalDz.Tasks.GRANT_PRIOR_APPROVAL, priorApproval(today));
		return agreement;
	}

	/** Approved, signed today and in force from today until the end date. */
	Agreement inForce(String authority, String renewalMode, LocalDate end) {
		return inForce(authority, negotiated(this.driver.today(), renewalMode), end);
	}

	/**
	 * Negotiated as the values say, signed today and in force from today until the end
	 * date.
	 */
	Agreement inForce(String authority, Map<String, Object> negotiation, LocalDate end) {
		Agreement agreement = approved(authority, negotiation);
		this.driver.complete(agreement, Tasks.SIGN_AGREEMENT, signed(this.driver.today(), end));
		this.driver.runDueJobs();
		return agreement;
	}

}
