package org.taawun.agreement;

/**
 * How an agreement's term is renewed, as its text says: by an express decision of the
 * parties, tacitly for as long again unless one of them objects, or not at all.
 */
public enum RenewalMode {

	EXPRESS, TACIT, NONE

}
