package org.taawun.agreement;

import java.time.Instant;

import org.taawun.party.BilingualName;

/**
 * What a person answered at a step of an agreement's file: an opinion or a decision, as
 * its form offered it, with the reasons given.
 *
 * @param taskId the task that was answered
 * @param step the step, as the models name it ({@code Task_ReviewAtWilaya})
 * @param answer the answer's value ({@code UNFAVOURABLE})
 * @param label the answer as the form worded it
 * @param reasons what the person wrote with it, or null
 */
public record Decision(String taskId, String step, Instant at, String actor, String answer, BilingualName label,
		String reasons) {
}
