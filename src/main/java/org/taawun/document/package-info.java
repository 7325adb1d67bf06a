/**
 * The documents an agreement's steps issue: bilingual Arabic and French PDFs, rendered
 * from HTML templates, fingerprinted, stored immutably and verifiable by anyone.
 */
@ApplicationModule(allowedDependencies = { "agreement", "identity", "law", "party" })
package org.taawun.document;

import org.springframework.modulith.ApplicationModule;
