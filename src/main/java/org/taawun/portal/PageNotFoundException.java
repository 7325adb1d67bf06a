package org.taawun.portal;

/** A page that does not exist, or shows something the user may not see. */
class PageNotFoundException extends RuntimeException {

	PageNotFoundException() {
		super("No such page for this user");
	}

}
