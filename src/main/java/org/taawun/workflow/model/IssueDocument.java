package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/document-issuing.bpmn}. Change both together.
 */
public final class IssueDocument {

	public static final String KEY = "IssueDocument";

	public static final class Tasks {

		public static final String ISSUE_DOCUMENT = "Task_IssueDocument";

		private Tasks() {
		}

	}

	/**
	 * What a request for a document carries, besides the facts of the requesting process.
	 */
	public static final class Vars {

		public static final String DOCUMENT_KIND = "documentKind";

		/** The step of the agreement's process that asked for the document. */
		public static final String DOCUMENT_STEP = "documentStep";

		/** To whom a referral letter goes, as the step that sends it says. */
		public static final String ADDRESSEE = "addressee";

		private Vars() {
		}

	}

	private IssueDocument() {
	}

}
