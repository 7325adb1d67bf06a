/**
 * The only room that knows the process engine: model names, deployment, delegates and
 * listeners, and the adapters through which the features use the engine.
 */
@ApplicationModule(
		allowedDependencies = { "agreement", "document", "form", "identity", "law", "notification", "party", "task" })
package org.taawun.workflow;

import org.springframework.modulith.ApplicationModule;
