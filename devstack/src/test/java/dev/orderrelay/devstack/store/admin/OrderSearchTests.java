package dev.orderrelay.devstack.store.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class OrderSearchTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static OrderSnapshot order(long id, String createdAt, String updatedAt, boolean test) {
        return new OrderSnapshot(
                id,
                Instant.parse(createdAt),
                Instant.parse(updatedAt),
                MAPPER.readTree("{\"test\": " + test + ", \"financial_status\": \"paid\"}"));
    }

    private static final OrderSnapshot BEFORE = order(1, "2026-11-24T09:59:59Z", "2026-11-24T09:59:59Z", false);
    private static final OrderSnapshot START = order(2, "2026-11-24T10:00:00Z", "2026-11-24T12:30:00Z", false);
    private static final OrderSnapshot INSIDE = order(3, "2026-11-24T10:59:59Z", "2026-11-24T10:59:59Z", true);
    private static final OrderSnapshot END = order(4, "2026-11-24T11:00:00Z", "2026-11-24T11:00:00Z", false);
    private static final List<OrderSnapshot> ALL = List.of(BEFORE, START, INSIDE, END);

    private static List<Long> matching(String query) {
        Predicate<OrderSnapshot> filter = OrderSearch.parse(query);
        return ALL.stream().filter(filter).map(OrderSnapshot::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "created_at:>='2026-11-24T10:00:00Z' AND created_at:<'2026-11-24T11:00:00Z' | 2 3",
                "created_at:>'2026-11-24T10:00:00Z' AND created_at:<='2026-11-24T11:00:00Z' | 3 4",
                "created_at:>=2026-11-24T10:00:00Z created_at:<2026-11-24T11:00:00Z | 2 3",
                "created_at:\"2026-11-24T11:00:00Z\" | 4",
                "created_at:'2026-11-24T05:00:00-05:00' | 2",
                "updated_at:>='2026-11-24T12:00:00Z' | 2",
                "created_at:2026-11-24 AND test:true | 3",
                "created_at:<2026-11-24 | ''",
                "'' | 1 2 3 4"
            })
    void matchesTheOrdersTheQuerySelects(String query, String ids) {
        List<Long> expected = ids.isBlank()
                ? List.of()
                : Arrays.stream(ids.split(" ")).map(Long::valueOf).toList();

        assertThat(matching(query)).containsExactlyElementsOf(expected);
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> OrderSearch.parse("status:open"))
                .isInstanceOf(AdminQueryException.class)
                .hasMessageContaining("status");
        assertThatThrownBy(() -> OrderSearch.parse("test:true OR test:false"))
                .isInstanceOf(AdminQueryException.class)
                .hasMessageContaining("AND");
        assertThatThrownBy(() -> OrderSearch.parse("created_at:>'yesterday'"))
                .isInstanceOf(AdminQueryException.class)
                .hasMessageContaining("ISO-8601");
    }
}
