package dev.orderrelay.console.stores;

import java.util.List;

/**
 * One page of the stores grid.
 *
 * @param hours the columns' labels, oldest first, e.g. {@code 10} for 10:00 UTC
 * @param hourStarts the columns' hour starts, ISO-8601 UTC, for tooltips and tests
 * @param rows one per shop of the page, by domain
 * @param after where this page started (exclusive); null on the first page
 * @param next where the next page starts; null on the last
 */
record StoresGridView(List<String> hours, List<String> hourStarts, List<StoreRow> rows, String after, String next) {

    StoresGridView {
        hours = List.copyOf(hours);
        hourStarts = List.copyOf(hourStarts);
        rows = List.copyOf(rows);
    }

    /** How many shops of the page have an hour short of 100 %. */
    public long shopsWithGaps() {
        return rows.stream().filter(StoreRow::hasGap).count();
    }
}
