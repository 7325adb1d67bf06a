/**
 * Who is asking: accounts, the roles of lifecycle.md §5 scoped to an authority, and web
 * security.
 */
package org.taawun.identity;
