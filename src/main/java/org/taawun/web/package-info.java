/**
 * Shared web plumbing: errors answered as {@code application/problem+json} in the user's
 * language.
 */
package org.taawun.web;
