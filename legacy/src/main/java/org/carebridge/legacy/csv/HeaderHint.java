package org.carebridge.legacy.csv;

/**
 * Why a first line that is not the agreed header probably is not: another encoding, another separator,
 * other line ends, or no header at all. It looks at the line without ever quoting it, since a file
 * without its header row starts with a person's data.
 */
final class HeaderHint {

    private HeaderHint() {
    }

    /** A clause to append to the refusal ("; line 1 holds …"), or an empty string when nothing stands out. */
    static String of(String line) {
        if (line.indexOf('\0') >= 0) {
            return "; line 1 holds NUL characters: the file looks UTF-16 encoded, and the agreement requires UTF-8";
        }
        if (line.indexOf('\uFFFD') >= 0) {
            return "; line 1 holds bytes that are not UTF-8, and the agreement requires UTF-8";
        }
        if (line.indexOf('\r') >= 0) {
            return "; line 1 holds a carriage return: the lines seem to end in CR alone, and the agreement requires"
                    + " LF or CRLF";
        }
        if (line.indexOf(',') < 0) {
            if (line.indexOf(';') >= 0) {
                return separatedBy("';'");
            }
            if (line.indexOf('\t') >= 0) {
                return separatedBy("tab");
            }
            if (line.indexOf('|') >= 0) {
                return separatedBy("'|'");
            }
        }
        return "";
    }

    /** As {@link #of}, but when nothing else stands out the likeliest cause is a missing header row. */
    static String orMissingHeader(String line) {
        String hint = of(line);
        return hint.isEmpty() ? "; line 1 may be a data row: a file must start with its header row" : hint;
    }

    private static String separatedBy(String separator) {
        return "; line 1 holds no comma but " + separator + ": the file looks " + separator
                + "-separated, and the agreement requires commas";
    }
}
