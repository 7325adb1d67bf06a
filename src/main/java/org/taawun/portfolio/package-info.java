/**
 * The portfolio an authority or a ministry already has, brought in from its spreadsheets:
 * agreements at the state they are in, their visits and projects, projects outside any
 * agreement, memberships of networks of cities.
 */
@ApplicationModule(allowedDependencies = { "agreement", "party", "identity", "law" })
package org.taawun.portfolio;

import org.springframework.modulith.ApplicationModule;
