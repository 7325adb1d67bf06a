/**
 * The only room that knows the process engine, in rooms of its own: {@code model} (names
 * shared with the models and forms), {@code deployment}, {@code rules} (the engine's own
 * checks), {@code security}, {@code steps} (what the models call) and {@code adapters}
 * (through which the features use the engine). Features reach none of them directly.
 */
@ApplicationModule(allowedDependencies = { "agreement", "document", "evaluation", "form", "identity", "law", "lessons",
		"notification", "party", "task" })
package org.taawun.workflow;

import org.springframework.modulith.ApplicationModule;
