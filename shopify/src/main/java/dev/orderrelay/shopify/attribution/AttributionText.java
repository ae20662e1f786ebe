package dev.orderrelay.shopify.attribution;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The length caps and character checks every parser here applies, and URL percent-decoding that reports bad input
 * instead of throwing or guessing.
 */
final class AttributionText {

    /** The longest landing page or referrer taken at all: longer ones are not a real storefront's. */
    static final int MAX_URL_CHARS = 8_192;

    /** The longest single value kept (a campaign name, a click id, an analytics id). */
    static final int MAX_VALUE_CHARS = 500;

    private AttributionText() {}

    /**
     * {@code value} percent-decoded as a URL query component ({@code +} is a space), as UTF-8; null when a {@code %}
     * is not followed by two hex digits or the bytes are not UTF-8.
     */
    static String decode(String value) {
        if (value.indexOf('%') < 0 && value.indexOf('+') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= value.length()) {
                    return null;
                }
                int high = Character.digit(value.charAt(i + 1), 16);
                int low = Character.digit(value.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    // A surrogate pair stays intact only when written as a whole code point.
                    int codePoint = value.codePointAt(i);
                    encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                    i += Character.charCount(codePoint) - 1;
                }
                bytes.writeBytes(encoded);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * {@code value} stripped, or null when it is null, blank, longer than {@link #MAX_VALUE_CHARS} or holds a control
     * character (a value cut short would name another campaign, so none is cut).
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_VALUE_CHARS) {
            return null;
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isISOControl(stripped.charAt(i))) {
                return null;
            }
        }
        return stripped;
    }

    /** {@link #clean} and also free of whitespace: what an id must be. */
    static String token(String value, int minLength, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null || cleaned.length() < minLength || cleaned.length() > maxLength) {
            return null;
        }
        for (int i = 0; i < cleaned.length(); i++) {
            if (Character.isWhitespace(cleaned.charAt(i))) {
                return null;
            }
        }
        return cleaned;
    }

    /** A name compared loosely: lower case, letters and digits only ({@code GA_Client-Id} is {@code gaclientid}). */
    static String normalisedName(String name) {
        StringBuilder normalised = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                normalised.append(c);
            }
        }
        return normalised.toString();
    }
}
