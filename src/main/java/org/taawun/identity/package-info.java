/**
 * Who is asking: accounts, the roles of lifecycle.md §5 scoped to an authority, and web
 * security.
 */
@ApplicationModule(allowedDependencies = { "party" })
package org.taawun.identity;

import org.springframework.modulith.ApplicationModule;
