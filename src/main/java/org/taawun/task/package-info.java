/**
 * The work of people: the tasks offered to a user's groups, claiming them, and completing
 * them with a submission validated against the task's form.
 */
@ApplicationModule(allowedDependencies = { "agreement", "document", "form", "identity" })
package org.taawun.task;

import org.springframework.modulith.ApplicationModule;
