package org.taawun.workflow.model;

/**
 * Names shared with {@code bpmn/amendment.bpmn} and its forms. Change both together.
 */
public final class Amendment {

	public static final String KEY = "Amendment";

	public static final class Tasks {

		public static final String DRAFT_AMENDMENT = "Task_DraftAmendment";

		public static final String SIGN_AMENDMENT = "Task_SignAmendment";

		private Tasks() {
		}

	}

	private Amendment() {
	}

}
