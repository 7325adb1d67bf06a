package org.taawun.document;

/**
 * A member of a delegation, as the mission order names them.
 *
 * @param office the member's capacity (the president of the communal people's assembly,
 * an elected member, the secretary general)
 */
public record DelegationMember(String fullName, String office) {

}
