/**
 * The law's own arithmetic, on the application's one clock: the periods between two steps
 * and the legal day they fall on, the council's majority and window, the renewal of an
 * agreement whose term ran out, the steps an installation switches on or off.
 */
@ApplicationModule(allowedDependencies = {})
package org.taawun.law;

import org.springframework.modulith.ApplicationModule;
