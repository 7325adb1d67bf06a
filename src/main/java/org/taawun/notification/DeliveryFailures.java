package org.taawun.notification;

/**
 * Where a mail that could not be delivered goes: a task for the agreement's secretariat,
 * never a silent drop. The {@code workflow} feature implements it.
 */
public interface DeliveryFailures {

	/**
	 * Asks the secretariat to check the partner's address of a mail that failed for good.
	 */
	void report(OutboxMessage message, String error);

}
