package org.taawun.party;

/**
 * What the other side of an agreement is: a foreign local authority, or (Tunisia, article
 * 40) a governmental or non-governmental organisation working for decentralisation and
 * local development, such as a development agency.
 */
public enum PartnerKind {

	LOCAL_AUTHORITY, ORGANISATION

}
