/**
 * Municipalities learning from each other: the lessons an authority chose to share from
 * its annual evaluations, searched by every authority's staff, and who else already works
 * with a partner or an organisation.
 */
@ApplicationModule(allowedDependencies = { "agreement", "party" })
package org.taawun.lessons;

import org.springframework.modulith.ApplicationModule;
