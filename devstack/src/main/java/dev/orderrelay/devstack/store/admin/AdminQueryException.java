package dev.orderrelay.devstack.store.admin;

/**
 * A query the API refuses while executing it (a bad search query, cursor, id or page size): it becomes an entry of
 * the answer's {@code errors}, at the field that raised it, and that field is null.
 */
final class AdminQueryException extends RuntimeException {

    AdminQueryException(String message) {
        super(message);
    }
}
