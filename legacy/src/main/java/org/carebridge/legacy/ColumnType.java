package org.carebridge.legacy;

/**
 * How a legacy column's text is read. Parsing is strict: the agreement fixes one spelling per type,
 * so anything else is a format error the caller reports with file, line and column.
 */
public enum ColumnType {
    /** A whole number (Oracle NUMBER without scale). */
    INTEGER,
    /** A decimal with {@code .} as separator (Oracle NUMBER with scale). */
    DECIMAL,
    /** A calendar date {@code yyyy-MM-dd}. */
    DATE,
    /** A timestamp {@code yyyy-MM-dd'T'HH:mm:ss}. */
    TIMESTAMP,
    /** Text, limited to the column's agreed width. */
    TEXT,
    /** Long free text (Oracle CLOB). */
    LONG_TEXT
}
