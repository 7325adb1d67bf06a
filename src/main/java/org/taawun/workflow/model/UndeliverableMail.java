package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/undeliverable-mail.bpmn} and its form. Change both
 * together.
 */
public final class UndeliverableMail {

	public static final String KEY = "UndeliverableMail";

	public static final class Tasks {

		public static final String CHECK_PARTNER_ADDRESS = "Task_CheckPartnerAddress";

		private Tasks() {
		}

	}

	public static final class Vars {

		/** The outbox's id of the message that failed. */
		public static final String OUTBOX_MESSAGE_ID = "outboxMessageId";

		public static final String FAILED_ADDRESS = "failedAddress";

		public static final String DELIVERY_ERROR = "deliveryError";

		/** RESEND or GIVE_UP, chosen by the secretariat. */
		public static final String MAIL_DECISION = "mailDecision";

		/** The address to send again to, as the secretariat corrected it. */
		public static final String PARTNER_EMAIL = "partnerEmail";

		private Vars() {
		}

	}

	private UndeliverableMail() {
	}

}
