/**
 * The portal: the pages municipal secretaries and ministry reviewers work in, in Arabic
 * (right to left) or French. Forms are drawn from the same {@code forms/*.form} files the
 * Tasklist renders, and checked on the server by the same validator.
 */
@ApplicationModule(allowedDependencies = { "agreement", "document", "evaluation", "form", "identity", "law", "lessons",
		"notification", "party", "portfolio", "task", "web" })
package org.taawun.portal;

import org.springframework.modulith.ApplicationModule;
