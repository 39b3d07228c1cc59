package org.carebridge.legacy.csv;

/**
 * Why a row, or one of its fields, breaks the agreement.
 *
 * @param rule    the rule broken
 * @param column  the column concerned, or {@code null} when the whole row is at fault
 * @param message what is wrong, written without the value itself so that it may be logged
 */
public record RowDefect(FormatRule rule, String column, String message) {
}
