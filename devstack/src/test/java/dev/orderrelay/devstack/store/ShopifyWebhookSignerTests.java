package dev.orderrelay.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShopifyWebhookSignerTests {

    @Test
    void signsLikeOpensslForEveryFixtureVector() {
        for (StoreFixtures.HmacVector vector : StoreFixtures.hmacVectors()) {
            ShopifyWebhookSigner signer = new ShopifyWebhookSigner(AppSecret.of(vector.secret()));

            String signature = signer.sign(vector.body().getBytes(StandardCharsets.UTF_8));

            assertThat(signature).as("body %s", vector.body()).isEqualTo(vector.signature());
        }
    }

    @Test
    void signatureChangesWhenOneByteOfTheBodyChanges() {
        ShopifyWebhookSigner signer = new ShopifyWebhookSigner(AppSecret.of("shpss_test_secret"));

        String original = signer.sign("{\"id\":1}".getBytes(StandardCharsets.UTF_8));
        String tampered = signer.sign("{\"id\":2}".getBytes(StandardCharsets.UTF_8));

        assertThat(tampered).isNotEqualTo(original);
    }

    @Test
    void signatureDependsOnTheSecret() {
        byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);

        String mine = new ShopifyWebhookSigner(AppSecret.of("one")).sign(body);
        String theirs = new ShopifyWebhookSigner(AppSecret.of("two")).sign(body);

        assertThat(mine).isNotEqualTo(theirs);
    }

    @Test
    void appSecretNeverPrintsItself() {
        assertThat(AppSecret.of("shpss_very_secret").toString())
                .doesNotContain("shpss_very_secret")
                .contains("****");
    }

    @Test
    void rejectsAnEmptySecret() {
        assertThatThrownBy(() -> AppSecret.of(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret");
    }
}
