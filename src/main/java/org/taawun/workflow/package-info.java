/**
 * The only room that knows the process engine: model names, deployment, delegates and
 * listeners, and the adapters through which the features use the engine.
 */
package org.taawun.workflow;
