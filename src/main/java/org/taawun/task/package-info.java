/**
 * The work of people: the tasks offered to a user's groups, claiming them, and completing
 * them with a submission validated against the task's form.
 */
package org.taawun.task;
