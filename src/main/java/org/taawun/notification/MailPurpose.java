package org.taawun.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.taawun.document.DocumentKind;

/**
 * Why a mail is sent. A partner's is sent when its document is issued, with that document
 * attached (and the others it names), and a link for the partner's answer; the staff are
 * told of their tasks.
 */
public enum MailPurpose {

	/** The draft convention, for negotiation. */
	DRAFT_FOR_NEGOTIATION(DocumentKind.CONVENTION_DRAFT, LinkPurpose.ACKNOWLEDGE),
	/** The final text of the convention, which the partner accepts before signature. */
	FINAL_TEXT_FOR_SIGNATURE(DocumentKind.CONVENTION, LinkPurpose.ACCEPT_TEXT),
	/** The signing record, with the convention. */
	SIGNED(DocumentKind.SIGNING_RECORD, LinkPurpose.ACKNOWLEDGE, DocumentKind.CONVENTION),
	/**
	 * The mission order of a visit: the partner's invitation to receive the delegation.
	 */
	MISSION_ORDER(DocumentKind.MISSION_ORDER, LinkPurpose.ACKNOWLEDGE),
	/** The annual evaluation report. */
	EVALUATION(DocumentKind.EVALUATION_REPORT, LinkPurpose.ACKNOWLEDGE),
	/** The renewal letter. */
	RENEWAL(DocumentKind.RENEWAL_LETTER, LinkPurpose.ACKNOWLEDGE),
	/** The termination notice. */
	TERMINATION(DocumentKind.TERMINATION_NOTICE, LinkPurpose.ACKNOWLEDGE),
	/** The notice that the file is withdrawn, to a partner already written to. */
	WITHDRAWAL(DocumentKind.WITHDRAWAL_NOTICE, LinkPurpose.ACKNOWLEDGE),
	/** A reminder of an earlier mail the partner has not answered. */
	REMINDER(null, null),
	/** To a person of the staff: a task for them, near its due date, or overdue. */
	TASK_NOTICE(null, null),
	/** To a person of the staff who chose it: the day's notices in one mail. */
	DAILY_DIGEST(null, null);

	private final DocumentKind document;

	private final LinkPurpose link;

	private final List<DocumentKind> alsoAttached;

	MailPurpose(DocumentKind document, LinkPurpose link, DocumentKind... alsoAttached) {
		this.document = document;
		this.link = link;
		this.alsoAttached = List.of(alsoAttached);
	}

	/** The mail an issued document of this kind is sent with, if partners receive it. */
	static Optional<MailPurpose> sending(DocumentKind kind) {
		return Arrays.stream(values()).filter((purpose) -> purpose.document == kind).findFirst();
	}

	/** Whether the mail goes to a partner, and so belongs to an agreement's file. */
	boolean toPartner() {
		return this != TASK_NOTICE && this != DAILY_DIGEST;
	}

	LinkPurpose link() {
		return this.link;
	}

	List<DocumentKind> alsoAttached() {
		return this.alsoAttached;
	}

}
