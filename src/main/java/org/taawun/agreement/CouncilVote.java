package org.taawun.agreement;

/**
 * A council's vote on an agreement. A deliberation passes by a simple majority of the
 * votes of the members present or represented; on a tie, the president's vote decides
 * (lifecycle.md §2, step 4).
 */
public record CouncilVote(int membersPresent, int votesFor, int votesAgainst, int abstentions,
		PresidentVote presidentVote) {

	/** How the president of the council voted, which decides a tie. */
	public enum PresidentVote {

		FOR, AGAINST, ABSTAINED

	}

	public CouncilVote {
		if (membersPresent < 1 || votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
			throw new IllegalArgumentException("Vote counts must not be negative and someone must be present");
		}
		if (votesFor + votesAgainst + abstentions > membersPresent) {
			throw new IllegalArgumentException("More votes than members present or represented");
		}
	}

	/** Whether the council approved. */
	public boolean approves() {
		return (this.votesFor > this.votesAgainst)
				|| (this.votesFor == this.votesAgainst && this.votesFor > 0 && this.presidentVote == PresidentVote.FOR);
	}

}
