/**
 * The open register: what anyone may read of the agreements in force and ended, without
 * an account, in French, Arabic and English, with its map, its open data, and the lessons
 * authorities chose to publish.
 */
@ApplicationModule(allowedDependencies = { "agreement", "lessons", "party", "web" })
package org.taawun.publication;

import org.springframework.modulith.ApplicationModule;
