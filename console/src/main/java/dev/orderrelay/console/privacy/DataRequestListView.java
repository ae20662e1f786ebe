package dev.orderrelay.console.privacy;

import java.util.List;

/** A shop's data-request exports, newest first. */
record DataRequestListView(String shop, List<DataRequestView> dataRequests) {}
