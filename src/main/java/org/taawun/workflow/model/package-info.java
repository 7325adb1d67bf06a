/**
 * Names shared with the models of {@code bpmn/} and the forms of {@code forms/}: one
 * class per process (its key, tasks, messages and variables), and the fields the acts
 * state. Change a name here and in its model together.
 */
package org.taawun.workflow.model;
