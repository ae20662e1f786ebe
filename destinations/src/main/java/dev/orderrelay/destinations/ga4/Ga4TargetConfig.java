package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.DestinationTarget;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One shop's GA4 target, read from its settings: which web stream ({@code measurementId}, required), whether to ask
 * the validation server first ({@code validate}, default false) and where GA4 collects ({@code region}, {@code global}
 * by default or {@code eu}). The API secret is checked here but kept out: it stays in the target's
 * {@link dev.orderrelay.destinations.DestinationSecret} until the request is built.
 *
 * @param measurementId the web stream's measurement id, e.g. {@code G-ABC123XYZ9}
 * @param validate whether each body goes to the validation server before it is sent
 * @param region which endpoints serve the shop
 */
record Ga4TargetConfig(String measurementId, boolean validate, Ga4Region region) {

    private static final Pattern MEASUREMENT_ID = Pattern.compile("G-[A-Z0-9]{1,30}");
    private static final String FIX = "; fix the shop's destination config";

    /**
     * The config of {@code target}.
     *
     * @throws IllegalArgumentException saying which setting is wrong and how to fix it
     */
    static Ga4TargetConfig of(DestinationTarget target) {
        String where = " of destination '" + target.name() + "'";
        if (!target.secret().isPresent()) {
            throw new IllegalArgumentException("no Measurement Protocol API secret configured for destination '"
                    + target.name() + "': set its credentialsRef" + FIX);
        }
        String measurementId = target.setting("measurementId")
                .map(String::strip)
                .orElseThrow(() -> new IllegalArgumentException("setting 'measurementId'" + where
                        + " is missing: set it to the web stream's measurement id (G-...)" + FIX));
        if (!MEASUREMENT_ID.matcher(measurementId).matches()) {
            throw new IllegalArgumentException("setting 'measurementId'" + where
                    + " must be a web stream's measurement id like G-ABC123XYZ9, was '" + shorten(measurementId) + "'"
                    + FIX);
        }
        boolean validate = flag(target.setting("validate"), "validate", where);
        Ga4Region region = region(target.setting("region"), where);
        return new Ga4TargetConfig(measurementId, validate, region);
    }

    private static boolean flag(Optional<String> value, String name, String where) {
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new IllegalArgumentException("setting '" + name + "'" + where + " must be true or false, was '"
                        + shorten(value.get()) + "'" + FIX);
        };
    }

    private static Ga4Region region(Optional<String> value, String where) {
        if (value.isEmpty()) {
            return Ga4Region.GLOBAL;
        }
        return switch (value.get().strip().toLowerCase(Locale.ROOT)) {
            case "global" -> Ga4Region.GLOBAL;
            case "eu" -> Ga4Region.EU;
            default ->
                throw new IllegalArgumentException(
                        "setting 'region'" + where + " must be global or eu, was '" + shorten(value.get()) + "'" + FIX);
        };
    }

    private static String shorten(String value) {
        String flat = value.replaceAll("\\p{Cntrl}", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }
}
