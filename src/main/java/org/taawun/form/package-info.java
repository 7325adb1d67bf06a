/**
 * The task forms of {@code forms/}: their schema as the Tasklist and our portal read it,
 * and the server-side validation of what a user submits.
 */
@ApplicationModule(allowedDependencies = {})
package org.taawun.form;

import org.springframework.modulith.ApplicationModule;
