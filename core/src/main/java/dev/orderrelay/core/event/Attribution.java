package dev.orderrelay.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.stream.Stream;

/**
 * Where the buyer came from, as the storefront recorded it on the order: the campaign parameters and click ids of the
 * landing page, and the site that referred the visit. Every component may be null (a direct visit, a POS sale, a
 * storefront that passes nothing). Only values that identify campaigns and referrers are kept: never the full
 * landing URL or referrer URL, whose paths and queries may carry a search term, an e-mail address or a token.
 *
 * @param source {@code utm_source}, e.g. {@code google}
 * @param medium {@code utm_medium}, e.g. {@code cpc}
 * @param campaign {@code utm_campaign}, e.g. {@code autumn_sale}
 * @param term {@code utm_term}, the paid search keywords
 * @param content {@code utm_content}, the ad or link variant
 * @param gclid Google Ads' click id
 * @param fbclid Meta's click id
 * @param msclkid Microsoft Advertising's click id
 * @param landingPath the path of the landing page, without its query, e.g. {@code /products/tee}
 * @param referringDomain the host name of the referring site, e.g. {@code www.google.com}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attribution(
        String source,
        String medium,
        String campaign,
        String term,
        String content,
        String gclid,
        String fbclid,
        String msclkid,
        String landingPath,
        String referringDomain) {

    private static final Attribution NONE = new Attribution(null, null, null, null, null, null, null, null, null, null);

    /** Blank components are stored as null, so "nothing" has one form. */
    public Attribution {
        source = blankToNull(source);
        medium = blankToNull(medium);
        campaign = blankToNull(campaign);
        term = blankToNull(term);
        content = blankToNull(content);
        gclid = blankToNull(gclid);
        fbclid = blankToNull(fbclid);
        msclkid = blankToNull(msclkid);
        landingPath = blankToNull(landingPath);
        referringDomain = blankToNull(referringDomain);
    }

    /** No attribution at all. */
    public static Attribution none() {
        return NONE;
    }

    /** Whether no component is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether any campaign parameter ({@code utm_*}) is set. */
    public boolean hasCampaign() {
        return Stream.of(source, medium, campaign, term, content).anyMatch(value -> value != null);
    }

    /** This attribution, each missing component taken from {@code other}. */
    public Attribution orElse(Attribution other) {
        if (other == null) {
            return this;
        }
        return new Attribution(
                first(source, other.source),
                first(medium, other.medium),
                first(campaign, other.campaign),
                first(term, other.term),
                first(content, other.content),
                first(gclid, other.gclid),
                first(fbclid, other.fbclid),
                first(msclkid, other.msclkid),
                first(landingPath, other.landingPath),
                first(referringDomain, other.referringDomain));
    }

    private static String first(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
