/**
 * The parties to an agreement: Maghreb local authorities and their foreign partners.
 */
@ApplicationModule(allowedDependencies = {})
package org.taawun.party;

import org.springframework.modulith.ApplicationModule;
