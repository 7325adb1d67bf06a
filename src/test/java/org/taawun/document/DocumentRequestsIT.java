package org.taawun.document;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.taawun.agreement.Agreements;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuing a document twice: the same request answered again is the same document, and two
 * steps issuing the same kind of document of one agreement at once (the referral letters
 * to the wali and to the Ministry) both come out at once, numbered one after the other,
 * without an error and without a retry.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DocumentRequestsIT {

	@Autowired
	private Documents documents;

	@Autowired
	private Agreements agreements;

	@Test
	void aRequestAnsweredAgainGetsTheDocumentItGot() {
		long id = draft();
		String request = UUID.randomUUID().toString();

		IssuedDocument first = issue(id, "Task_DepositWithWali", Addressee.WALI, request);
		IssuedDocument again = issue(id, "Task_DepositWithWali", Addressee.WALI, request);

		assertThat(again).isEqualTo(first);
		assertThat(this.documents.of(id, Account.system())).hasSize(1);
	}

	@Test
	void twoStepsIssuingTheReferralLetterAtOnceBothComeOutNumberedOneAfterTheOther(CapturedOutput output)
			throws Exception {
		long id = draft();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService workers = Executors.newFixedThreadPool(2);
		try {
			List<Future<IssuedDocument>> issued = List
				.of(workers.submit(() -> issueTogether(together, id, "Task_DepositWithWali", Addressee.WALI)), workers
					.submit(() -> issueTogether(together, id, "Task_ReviewAtWilaya", Addressee.MINISTRY_OF_INTERIOR)));

			IssuedDocument one = issued.get(0).get(60, TimeUnit.SECONDS);
			IssuedDocument other = issued.get(1).get(60, TimeUnit.SECONDS);
			assertThat(Set.of(one.version(), other.version())).containsExactlyInAnyOrder(1, 2);
			assertThat(Set.of(one.step(), other.step())).containsExactlyInAnyOrder("Task_DepositWithWali",
					"Task_ReviewAtWilaya");
			assertThat(this.documents.of(id, Account.system())).extracting(IssuedDocument::number)
				.containsExactlyInAnyOrder(one.number(), other.number())
				.allMatch((number) -> number.endsWith("/" + DocumentKind.REFERRAL_LETTER.code() + "-1")
						|| number.endsWith("/" + DocumentKind.REFERRAL_LETTER.code() + "-2"));
			assertThat(output.getAll()).doesNotContainIgnoringCase("duplicate key");
		}
		finally {
			workers.shutdownNow();
		}
	}

	private IssuedDocument issueTogether(CyclicBarrier together, long id, String step, Addressee to) throws Exception {
		together.await(30, TimeUnit.SECONDS);
		return issue(id, step, to, UUID.randomUUID().toString());
	}

	private IssuedDocument issue(long id, String step, Addressee to, String request) {
		return this.documents.issue(id, DocumentKind.REFERRAL_LETTER, step, "sec.oran",
				DocumentsIT.negotiated().withAddressee(to), request);
	}

	private long draft() {
		return this.agreements.draft(
				new DraftAgreement(Jurisdiction.DZ, "oran", Instrument.TWINNING, "اتفاقية توأمة", "Jumelage avec Lille",
						new ForeignPartner("Ville de Lille", "Lille", "FR", "contact@example.org", "fr"),
						Set.of(CooperationField.CULTURE)),
				Account.of("sec.oran", Set.of(Role.SECRETARIAT.group("oran"))))
			.id();
	}

}
