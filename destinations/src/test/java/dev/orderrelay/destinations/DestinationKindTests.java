package dev.orderrelay.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class DestinationKindTests {

    @Test
    void usesLowerCaseWireNames() {
        assertThat(DestinationKind.values())
                .extracting(DestinationKind::wireName)
                .containsExactly("webhook", "ga4", "segment", "amplitude");
    }

    @ParameterizedTest
    @EnumSource(DestinationKind.class)
    void findsEachKindByItsWireNameAndInJson(DestinationKind kind) {
        JsonMapper mapper = JsonMapper.builder().build();

        assertThat(DestinationKind.fromWireName(kind.wireName())).isEqualTo(kind);
        assertThat(mapper.writeValueAsString(kind)).isEqualTo("\"" + kind.wireName() + "\"");
        assertThat(mapper.readValue("\"" + kind.wireName() + "\"", DestinationKind.class))
                .isEqualTo(kind);
    }

    @Test
    void namesTheKnownKindsWhenGivenAnUnknownOne() {
        assertThatThrownBy(() -> DestinationKind.fromWireName("WEBHOOK"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'WEBHOOK'")
                .hasMessageContaining("webhook, ga4, segment, amplitude");
    }
}
