/**
 * Deploying {@code bpmn/} and {@code forms/} at start-up, once and only what changed, and
 * the deployed forms as the server reads them.
 */
package org.taawun.workflow.deployment;
