package org.carebridge.legacy.fuzz;

/** A generated input as readable Java-like text (escapes, byte values), cut short if it is long. */
final class Printable {

    private static final int MOST = 2_000;

    private Printable() {
    }

    static String of(Object input) {
        if (input instanceof byte[] bytes) {
            StringBuilder text = new StringBuilder("bytes[" + bytes.length + "] \"");
            for (int i = 0; i < bytes.length && text.length() < MOST; i++) {
                int b = bytes[i] & 0xFF;
                text.append(b >= 0x20 && b < 0x7F && b != '"' && b != '\\' ? String.valueOf((char) b)
                        : String.format("\\x%02x", b));
            }
            return text.append('"').toString();
        }
        String text = String.valueOf(input);
        StringBuilder escaped = new StringBuilder("\"");
        for (int i = 0; i < text.length() && escaped.length() < MOST; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                escaped.append(c);
            } else {
                escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        return escaped.append(text.length() * 6 > MOST ? "\"…" : "\"").toString();
    }
}
