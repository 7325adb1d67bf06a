/**
 * Telling the staff of their tasks from inside the engine: a listener on every user task,
 * whichever route opened or assigned it.
 */
package org.taawun.workflow.notices;
