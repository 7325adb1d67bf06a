/**
 * The open register: what anyone may read of the agreements in force and ended, without
 * an account, in French, Arabic and English, with its map and its open data.
 */
@ApplicationModule(allowedDependencies = { "agreement", "party", "web" })
package org.taawun.publication;

import org.springframework.modulith.ApplicationModule;
