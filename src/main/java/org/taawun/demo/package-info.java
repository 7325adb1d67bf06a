/**
 * The demo installation of the embedded default: authorities, users and agreements to try
 * Taawun with. Never loaded in production.
 */
@ApplicationModule(allowedDependencies = { "agreement", "identity", "party", "portfolio", "task" })
package org.taawun.demo;

import org.springframework.modulith.ApplicationModule;
