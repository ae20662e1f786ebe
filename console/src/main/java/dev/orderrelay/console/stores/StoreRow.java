package dev.orderrelay.console.stores;

import java.util.List;

/**
 * One shop's line of the stores grid.
 *
 * @param shop the shop's domain
 * @param status {@code ACTIVE} or {@code UNINSTALLED}
 * @param cells one per hour of the grid, oldest first
 */
record StoreRow(String shop, String status, List<HourCell> cells) {

    StoreRow {
        cells = List.copyOf(cells);
    }

    /** Whether any hour of the row falls short, so the grid can count the shops that need a look. */
    public boolean hasGap() {
        return cells.stream()
                .anyMatch(cell -> cell.css().equals("gap") || cell.css().equals("loss"));
    }
}
