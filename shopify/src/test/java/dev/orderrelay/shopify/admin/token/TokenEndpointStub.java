package dev.orderrelay.shopify.admin.token;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.orderrelay.shopify.admin.AdminApiStub;
import java.util.List;

/** The OAuth token endpoint and token-aware GraphQL answers on an {@link AdminApiStub}. */
final class TokenEndpointStub {

    static final String PATH = "/admin/oauth/access_token";

    private final AdminApiStub shopify;

    TokenEndpointStub(AdminApiStub shopify) {
        this.shopify = shopify;
    }

    /** The token endpoint answers a refresh of {@code refreshToken} with a new pair. */
    void refreshes(String refreshToken, String newAccessToken, String newRefreshToken) {
        shopify.server()
                .stubFor(post(urlEqualTo(PATH))
                        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                                "$.refresh_token", equalTo(refreshToken)))
                        .willReturn(AdminApiStub.json(200, """
                                {"access_token": "%s", "scope": "read_orders", "expires_in": 3600,
                                 "refresh_token": "%s", "refresh_token_expires_in": 7776000}""".formatted(newAccessToken, newRefreshToken))));
    }

    void answers(ResponseDefinitionBuilder answer) {
        shopify.server().stubFor(post(urlEqualTo(PATH)).atPriority(1).willReturn(answer));
    }

    /** GraphQL requests sent with {@code token} get this answer, whatever other stubs say. */
    void graphqlWithToken(String token, ResponseDefinitionBuilder answer) {
        shopify.server()
                .stubFor(post(urlEqualTo(AdminApiStub.GRAPHQL_PATH))
                        .atPriority(1)
                        .withHeader("X-Shopify-Access-Token", equalTo(token))
                        .willReturn(answer));
    }

    List<LoggedRequest> refreshRequests() {
        return shopify.server().findAll(postRequestedFor(urlEqualTo(PATH)));
    }
}
