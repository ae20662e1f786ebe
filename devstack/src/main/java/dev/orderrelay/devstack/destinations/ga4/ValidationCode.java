package dev.orderrelay.devstack.destinations.ga4;

/** The validation codes GA4's validation server answers with, as its reference lists them. */
enum ValidationCode {
    VALUE_INVALID,
    VALUE_REQUIRED,
    NAME_INVALID,
    NAME_RESERVED,
    VALUE_OUT_OF_BOUNDS,
    EXCEEDED_MAX_ENTITIES,
    NAME_DUPLICATED
}
