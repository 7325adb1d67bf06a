package org.taawun.party;

/**
 * A name as both administrations write it: in Arabic and in French.
 */
public record BilingualName(String ar, String fr) {
}
