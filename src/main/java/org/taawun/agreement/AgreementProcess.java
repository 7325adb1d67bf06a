package org.taawun.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the register needs from the process engine: start an agreement's lifecycle and
 * tell what is waiting and what happened. The {@code workflow} feature implements it.
 */
public interface AgreementProcess {

	/**
	 * Starts the lifecycle of a freshly drafted agreement in the caller's transaction.
	 * @return the id of the process instance
	 */
	String start(Agreement agreement, String initiator);

	/**
	 * Starts the lifecycles of agreements brought in from a portfolio, each where its
	 * state says it is, in the caller's transaction; nothing of what came before is done
	 * again.
	 * @param brought each agreement, with what the portfolio says of it: its dates, how
	 * its term renews
	 * @return the id of each process instance started, by agreement id; none for an
	 * agreement whose life is over
	 */
	Map<Long, String> resume(Map<Agreement, HistoricAgreement> brought);

	/**
	 * Withdraws the file: its lifecycle ends, every task of it closes.
	 * @param reason why the executive withdraws it
	 */
	void withdraw(String reference, String reason);

	/** Starts, in the agreement's lifecycle, what can happen while it is in force. */
	void request(String reference, InForceRequest request);

	/**
	 * Tells the agreement's lifecycle that the partner accepted the final text: its
	 * signature can proceed.
	 * @throws AnswerNotAwaitedException if the lifecycle is not waiting for it
	 */
	void partnerAcceptedText(String reference);

	/**
	 * Whether the agreement's lifecycle waits for the partner to accept the final text.
	 */
	boolean awaitsPartnerAcceptance(String reference);

	/**
	 * The tasks open for the agreement, in its lifecycle and in the processes it called.
	 */

	List<PendingTask> openTasks(String reference);

	/** What people and the engine did on the agreement, oldest first. */
	List<TimelineEntry> history(String reference);

	/**
	 * A task waiting for someone.
	 *
	 * @param key the task's id in its BPMN model
	 * @param candidateGroups the groups that may claim it
	 */
	record PendingTask(String id, String key, String name, String assignee, List<String> candidateGroups,
			Instant created, Instant due) {
	}

	/**
	 * What the agreement's file waits for, besides people: a date (the article 40 window,
	 * a court's limit, the entry into force) or the partner's answer.
	 * @return soonest first; a wait without a date last
	 */
	List<Waiting> waitingFor(String reference);

	/**
	 * A wait of the file.
	 *
	 * @param key the waiting event's id in its BPMN model ({@code Timer_CouncilMayVote})
	 * @param name as the model names it
	 * @param until the legal day it ends, or null when it ends with an answer
	 */
	record Waiting(String key, String name, LocalDate until) {
	}

}
