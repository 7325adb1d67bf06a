package org.taawun.web;

/**
 * One bad field of a request, with a message in the user's language.
 *
 * @param field the field's path in the request body or the parameter's name
 * ({@code partner.country})
 */
public record FieldViolation(String field, String message) {
}
