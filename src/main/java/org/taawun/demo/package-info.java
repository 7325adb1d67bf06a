/**
 * The demo installation of the embedded default: authorities, users and agreements to try
 * Taawun with. Never loaded in production.
 */
package org.taawun.demo;
