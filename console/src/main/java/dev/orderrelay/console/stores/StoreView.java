package dev.orderrelay.console.stores;

import java.util.List;
import java.util.Map;

/**
 * What a store's page shows.
 *
 * @param shop the shop's domain
 * @param status {@code ACTIVE} or {@code UNINSTALLED}
 * @param policy its event policy switches, by name
 * @param adminApiCredentialsRef the name of its Admin API token's secret; null when it has none (then the
 *     reconciler cannot check it)
 * @param destinations its destinations, each with its open dead letters
 * @param openWithoutDestination open dead letters of the ingest and process stages
 * @param openCountComplete whether every dead letter of the shop was read for the counts; if not they are lower
 *     bounds
 * @param openCountRead how many of its dead letters (every status) were read for the counts
 * @param hours the chart's window in hours, 24 or 72
 * @param chartJson the chart's data (see {@link StoreChart})
 * @param measuredHours the window's measured hours, newest first
 * @param recentOrders its latest orders, newest first
 */
record StoreView(
        String shop,
        String status,
        Map<String, String> policy,
        String adminApiCredentialsRef,
        List<DestinationRow> destinations,
        int openWithoutDestination,
        boolean openCountComplete,
        int openCountRead,
        int hours,
        String chartJson,
        List<StoreHour> measuredHours,
        List<RecentOrder> recentOrders) {}
