package dev.orderrelay.shopify.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferringSiteParserTests {

    private final ReferringSiteParser parser = new ReferringSiteParser();

    @ParameterizedTest
    @CsvSource({
        "https://www.google.com/, www.google.com",
        "https://www.google.com/search?q=wool+socks+for+jane%40example.com, www.google.com",
        "http://l.facebook.com/l.php?u=https%3A%2F%2Fdemo.myshopify.com, l.facebook.com",
        "https://WWW.Bing.COM:443/search?q=x, www.bing.com",
        "android-app://com.google.android.gm/, com.google.android.gm",
        "https://user:secret@blog.example.org/post#comments, blog.example.org",
        "www.instagram.com/, www.instagram.com",
        "//news.ycombinator.com/item?id=1, news.ycombinator.com",
        "https://bücher.example/, bücher.example",
        "https://example.com./path, example.com",
        "http://192.168.0.10:8080/, 192.168.0.10",
        "https://[2001:db8::1]/, [2001:db8::1]",
    })
    void keepsOnlyTheReferringHost(String referringSite, String domain) {
        assertThat(parser.domain(referringSite)).isEqualTo(domain);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "  ",
                "/just/a/path",
                "https://",
                "https:///nohost",
                "https://exa mple.com/",
                "https://-bad-.example/",
                "https://a..b/",
                "javascript:alert(1)",
                "https://[::1/"
            })
    void yieldsNoDomainForUnusableInput(String referringSite) {
        assertThat(parser.domain(referringSite)).isNull();
    }

    @org.junit.jupiter.api.Test
    void ignoresAHugeReferrer() {
        assertThat(parser.domain("https://" + "a".repeat(AttributionText.MAX_URL_CHARS) + ".com/"))
                .isNull();
    }
}
