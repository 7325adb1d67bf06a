package org.taawun.agreement;

/**
 * What a municipality asks while its agreement is in force: a visit, a project or a
 * donation, an amendment, a suspension, its termination.
 */
public sealed interface InForceRequest permits VisitRequest, ProjectProposal, InForceRequest.Amendment,
		InForceRequest.Suspension, InForceRequest.Termination {

	InForceEvent event();

	/** An amendment of the agreement: a new text, through the approval again. */
	record Amendment() implements InForceRequest {

		@Override
		public InForceEvent event() {
			return InForceEvent.AMENDMENT_REQUESTED;
		}

	}

	/** A suspension of the agreement. */
	record Suspension() implements InForceRequest {

		@Override
		public InForceEvent event() {
			return InForceEvent.SUSPENSION_REQUESTED;
		}

	}

	/** The termination of the agreement, with notice. */
	record Termination() implements InForceRequest {

		@Override
		public InForceEvent event() {
			return InForceEvent.TERMINATION_REQUESTED;
		}

	}

}
