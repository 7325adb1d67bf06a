/**
 * The parties to an agreement: Maghreb local authorities and their foreign partners.
 */
package org.taawun.party;
