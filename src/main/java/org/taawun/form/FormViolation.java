package org.taawun.form;

/**
 * A submitted value the form refuses, with a message in the user's language.
 */
public record FormViolation(String field, String message) {
}
