package org.taawun.portfolio;

/**
 * What is wrong in a portfolio, and where, in the user's language.
 *
 * @param sheet the sheet as the format names it; empty for the file as a whole
 * @param line the line as the spreadsheet numbers it; 0 for the file as a whole
 * @param column the column as the format names it; empty for a whole line or file
 */
public record ImportProblem(String sheet, int line, String column, String message) {
}
