package org.carebridge.quality;

/**
 * One data-quality rule firing on one row.
 *
 * @param ruleId   the rule's stable id
 * @param severity what it does to the row
 * @param column   the column concerned, or {@code null} for the whole row
 * @param message  what is wrong, never holding the value itself (it is personal data)
 */
public record Finding(String ruleId, Severity severity, String column, String message) {
}
