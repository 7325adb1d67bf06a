package org.taawun.agreement;

/**
 * The kind of act that binds the parties.
 */
public enum Instrument {

	TWINNING, COOPERATION_CONVENTION, FRAMEWORK_CONVENTION, PROTOCOL, DECLARATION_OF_INTENT, AMENDMENT

}
