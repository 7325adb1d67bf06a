/**
 * Shared web plumbing: errors answered as {@code application/problem+json} in the user's
 * language.
 */
@ApplicationModule(allowedDependencies = { "form", "identity" })
package org.taawun.web;

import org.springframework.modulith.ApplicationModule;
