/**
 * The agreement register: agreements, their legal state and key dates, queries and the
 * REST API.
 */
package org.taawun.agreement;
