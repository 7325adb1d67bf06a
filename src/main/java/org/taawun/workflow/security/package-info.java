/**
 * The engine's side of identity and access: users and groups from the directory,
 * authorizations and grants, the engine REST API's authentication and its refusals as
 * problem details, the password policy, the Tasklist's filters.
 */
package org.taawun.workflow.security;
