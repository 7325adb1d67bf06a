/**
 * What the models call while a process runs: delegates, listeners and expression beans
 * that record steps in the register, count votes, apply the legal windows and deadlines,
 * and ask for documents.
 */
package org.taawun.workflow.steps;
