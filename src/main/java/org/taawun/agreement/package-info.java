/**
 * The agreement register: agreements, their legal state and key dates, queries and the
 * REST API.
 */
@ApplicationModule(allowedDependencies = { "identity", "party" })
package org.taawun.agreement;

import org.springframework.modulith.ApplicationModule;
