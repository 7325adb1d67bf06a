/**
 * The engine behind the features' own interfaces: an agreement's process started, resumed
 * and asked, a user's tasks and their completion, failed deliveries, the application's
 * one clock.
 */
package org.taawun.workflow.adapters;
