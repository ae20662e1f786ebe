package dev.orderrelay.console.shops;

/**
 * One thing wrong with a shop configuration.
 *
 * @param field the JSON path of the field at fault, e.g. {@code destinations[1].settings.url}
 * @param detail what is wrong with it and what is expected
 */
record FieldViolation(String field, String detail) {

    @Override
    public String toString() {
        return field + ": " + detail;
    }
}
