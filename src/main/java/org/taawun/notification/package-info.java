/**
 * Mail to foreign partners, who have no account: written in the transaction of the step
 * that sends it (a transactional outbox), delivered after commit exactly once, in the
 * partner's language, with the documents attached; the signed links by which partners
 * acknowledge or accept what they received, and the other ways through their acceptance
 * (a new link, the act made on paper). Through the same outbox, the staff are told of
 * their tasks.
 */
@ApplicationModule(allowedDependencies = { "agreement", "document", "form", "identity", "party" })
package org.taawun.notification;

import org.springframework.modulith.ApplicationModule;
