package dev.orderrelay.destinations.ga4;

/** Where GA4 collects a shop's events: the global endpoint, or the EU one ({@code region=eu} in the target). */
enum Ga4Region {
    GLOBAL,
    EU
}
