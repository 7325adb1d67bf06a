/**
 * The engine's own rules, held by a process engine plugin so that no route bypasses them:
 * a completion sets only what its form declares, checked once; whose file it is never
 * changes after the start.
 */
package org.taawun.workflow.rules;
