package dev.orderrelay.shopify.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.event.Attribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LandingSiteParserTests {

    private final LandingSiteParser parser = new LandingSiteParser();

    @Test
    void readsTheCampaignAndGoogleClickIdOfAPaidSearchLanding() {
        Attribution attribution = parser.parse("/products/orsted-wool-socks?variant=43512331099421&utm_source=google"
                + "&utm_medium=cpc&utm_campaign=autumn_sale&utm_term=wool+socks&utm_content=ad%20variant%20%C3%A9"
                + "&gclid=Cj0KCQjw8O-VBhCpARIsACMvVLMGGk2n1R2Sk0f5wLr2ZyC6m_5l7xhr");

        assertThat(attribution.source()).isEqualTo("google");
        assertThat(attribution.medium()).isEqualTo("cpc");
        assertThat(attribution.campaign()).isEqualTo("autumn_sale");
        assertThat(attribution.term()).isEqualTo("wool socks");
        assertThat(attribution.content()).isEqualTo("ad variant é");
        assertThat(attribution.gclid()).isEqualTo("Cj0KCQjw8O-VBhCpARIsACMvVLMGGk2n1R2Sk0f5wLr2ZyC6m_5l7xhr");
        assertThat(attribution.landingPath()).isEqualTo("/products/orsted-wool-socks");
        assertThat(attribution.referringDomain()).isNull();
    }

    @Test
    void readsMetaAndMicrosoftClickIds() {
        Attribution meta = parser.parse(
                "/?fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMs&utm_source=facebook");
        Attribution bing = parser.parse("/collections/all?msclkid=4f8b2b8e0c1d1e2b9a0e0f1d2c3b4a59&utm_medium=cpc");

        assertThat(meta.fbclid()).isEqualTo("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMs");
        assertThat(meta.source()).isEqualTo("facebook");
        assertThat(meta.landingPath()).isEqualTo("/");
        assertThat(bing.msclkid()).isEqualTo("4f8b2b8e0c1d1e2b9a0e0f1d2c3b4a59");
        assertThat(bing.landingPath()).isEqualTo("/collections/all");
    }

    @Test
    void readsAWholeUrlAsItsPathAndQuery() {
        Attribution attribution =
                parser.parse("https://demo.myshopify.com/products/tee?utm_source=newsletter&utm_medium=email#reviews");

        assertThat(attribution.source()).isEqualTo("newsletter");
        assertThat(attribution.medium()).isEqualTo("email");
        assertThat(attribution.landingPath()).isEqualTo("/products/tee");
    }

    @Test
    void readsAUrlWithAQueryButNoPath() {
        Attribution attribution = parser.parse("https://shop.example.com?utm_campaign=launch");

        assertThat(attribution.campaign()).isEqualTo("launch");
        assertThat(attribution.landingPath()).isEqualTo("/");
    }

    @Test
    void matchesParameterNamesCaseInsensitivelyAndReadsHtmlEscapedSeparators() {
        Attribution attribution = parser.parse("/?UTM_Source=Google&amp;utm_medium=cpc&amp;GCLID=abc_123");

        assertThat(attribution.source()).isEqualTo("Google");
        assertThat(attribution.medium()).isEqualTo("cpc");
        assertThat(attribution.gclid()).isEqualTo("abc_123");
    }

    @Test
    void keepsTheFirstOccurrenceOfARepeatedParameter() {
        assertThat(parser.parse("/?utm_source=first&utm_source=second").source())
                .isEqualTo("first");
        // A malformed first occurrence is not replaced by a later one either: which one was meant is unknown.
        assertThat(parser.parse("/?utm_source=%E0%A4&utm_source=second").source())
                .isNull();
    }

    @Test
    void leavesOutABadlyEncodedParameterAndKeepsTheOthers() {
        Attribution attribution =
                parser.parse("/?utm_source=goo%ZZgle&utm_medium=cpc&utm_campaign=%E9t%E9&utm_term=50%&gclid=ok");

        assertThat(attribution.source()).isNull();
        assertThat(attribution.campaign()).as("Latin-1, not UTF-8").isNull();
        assertThat(attribution.term()).as("a lone %").isNull();
        assertThat(attribution.medium()).isEqualTo("cpc");
        assertThat(attribution.gclid()).isEqualTo("ok");
    }

    @Test
    void leavesOutMissingBlankControlAndOverLongValues() {
        String longCampaign = "x".repeat(AttributionText.MAX_VALUE_CHARS + 1);
        Attribution attribution = parser.parse("/?utm_source&utm_medium=&utm_campaign=" + longCampaign
                + "&utm_term=%00drop&utm_content=+++&gclid=has%20space&fbclid=<script>");

        assertThat(attribution).isEqualTo(new Attribution(null, null, null, null, null, null, null, null, "/", null));
    }

    @Test
    void keepsAValueOfExactlyTheMaximumLength() {
        String campaign = "c".repeat(AttributionText.MAX_VALUE_CHARS);

        assertThat(parser.parse("/?utm_campaign=" + campaign).campaign()).isEqualTo(campaign);
    }

    @Test
    void ignoresAHugeLandingSiteAltogether() {
        String huge = "/?utm_source=google&pad=" + "a".repeat(AttributionText.MAX_URL_CHARS);

        assertThat(parser.parse(huge)).isEqualTo(Attribution.none());
    }

    @Test
    void keepsNoLandingPathThatCanCarryATokenOrAnOrdersKey() {
        assertThat(parser.parse("/account/reset/6940095012345/9f8e7d6c5b4a?utm_source=email")
                        .landingPath())
                .isNull();
        assertThat(parser.parse("/orders/4c5f1e2d3b4a59687766554433221100?utm_source=email")
                        .source())
                .isEqualTo("email");
        assertThat(parser.parse("/orders/4c5f1e2d3b4a59687766554433221100").landingPath())
                .isNull();
    }

    @Test
    void readsAPathWithoutQueryAsALandingWithoutCampaign() {
        Attribution attribution = parser.parse("/collections/sale");

        assertThat(attribution.hasCampaign()).isFalse();
        assertThat(attribution.landingPath()).isEqualTo("/collections/sale");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "?", "&&&", "=", "not a url at all", "%", "https://", "//"})
    void yieldsNothingForUnusableInput(String landingSite) {
        Attribution attribution = parser.parse(landingSite);

        assertThat(attribution.hasCampaign()).isFalse();
        assertThat(attribution.gclid()).isNull();
    }
}
