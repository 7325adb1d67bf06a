package org.taawun.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawun.agreement.AgreementState.*;

class AgreementStateTest {

	@Test
	void followsTheAlgerianPathToForce() {
		assertThat(INITIATIVE.canMoveTo(VETTING)).isTrue();
		assertThat(VETTING.canMoveTo(NEGOTIATION)).isTrue();
		assertThat(NEGOTIATION.canMoveTo(COUNCIL)).isTrue();
		assertThat(COUNCIL.canMoveTo(SUPERVISORY_REVIEW)).isTrue();
		assertThat(SUPERVISORY_REVIEW.canMoveTo(APPROVED)).isTrue();
		assertThat(APPROVED.canMoveTo(SIGNED)).isTrue();
		assertThat(SIGNED.canMoveTo(IN_FORCE)).isTrue();
	}

	@Test
	void followsTheTunisianPathThroughForeignAffairsAndAppeal() {
		assertThat(NEGOTIATION.canMoveTo(FOREIGN_AFFAIRS_REVIEW)).isTrue();
		assertThat(FOREIGN_AFFAIRS_REVIEW.canMoveTo(REFUSED)).isTrue();
		assertThat(REFUSED.canMoveTo(APPEAL)).isTrue();
		assertThat(APPEAL.canMoveTo(COUNCIL)).isTrue();
		assertThat(COUNCIL.canMoveTo(APPROVED)).isTrue();
	}

	@Test
	void refusesSignatureBeforeApproval() {
		assertThat(NEGOTIATION.canMoveTo(SIGNED)).isFalse();
		assertThat(SUPERVISORY_REVIEW.canMoveTo(SIGNED)).isFalse();
		assertThat(REFUSED.canMoveTo(APPROVED)).isFalse();
	}

	@Test
	void settlesAFileUnderReviewAsItsFollowUpRecords() {
		for (AgreementState underReview : new AgreementState[] { FOREIGN_AFFAIRS_REVIEW, APPEAL, COUNCIL,
				SUPERVISORY_REVIEW }) {
			assertThat(underReview.canMoveTo(APPROVED)).as(underReview + " approved").isTrue();
			assertThat(underReview.canMoveTo(REFUSED)).as(underReview + " refused").isTrue();
			assertThat(underReview.canMoveTo(NEGOTIATION)).as(underReview + " taken up again").isTrue();
			assertThat(underReview.canMoveTo(SIGNED)).as(underReview + " signed").isFalse();
		}
	}

	@Test
	void abandonsOnlyFilesNotYetInForce() {
		assertThat(VETTING.canMoveTo(ABANDONED)).isTrue();
		assertThat(APPROVED.canMoveTo(ABANDONED)).isTrue();
		assertThat(IN_FORCE.canMoveTo(ABANDONED)).isFalse();
		assertThat(EXPIRED.canMoveTo(ABANDONED)).isFalse();
	}

	@Test
	void endsForGoodWhenExpiredTerminatedOrAbandoned() {
		assertThat(EXPIRED.isFinal()).isTrue();
		assertThat(TERMINATED.isFinal()).isTrue();
		assertThat(ABANDONED.isFinal()).isTrue();
		assertThat(IN_FORCE.isFinal()).isFalse();
		assertThat(TERMINATED.canMoveTo(IN_FORCE)).isFalse();
	}

	@Test
	void returnsToForceAfterSuspensionOrRenewal() {
		assertThat(IN_FORCE.canMoveTo(SUSPENDED)).isTrue();
		assertThat(SUSPENDED.canMoveTo(IN_FORCE)).isTrue();
		assertThat(IN_FORCE.canMoveTo(RENEWED)).isTrue();
		assertThat(RENEWED.canMoveTo(IN_FORCE)).isTrue();
	}

	@Test
	void aSuspensionRunningAtTheEndDateEndsWithTheAgreement() {
		assertThat(SUSPENDED.canMoveTo(EXPIRED)).isTrue();
		assertThat(SUSPENDED.canMoveTo(RENEWED)).isFalse();
	}

}
