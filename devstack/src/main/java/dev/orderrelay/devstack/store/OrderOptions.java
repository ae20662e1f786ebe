package dev.orderrelay.devstack.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller fixes about an order made by {@link SimulatedShopifyStore#createOrder(OrderOptions)}; everything left
 * unset is chosen as for any other order. Immutable; build one with {@link #builder()}.
 */
public final class OrderOptions {

    private final Instant createdAt;
    private final boolean loseWebhooks;
    private final boolean test;
    private final String financialStatus;
    private final OrderShape shape;
    private final Double webhookLossRate;

    private OrderOptions(Builder builder) {
        this.createdAt = builder.createdAt;
        this.loseWebhooks = builder.loseWebhooks;
        this.test = builder.test;
        this.financialStatus = builder.financialStatus;
        this.shape = builder.shape;
        this.webhookLossRate = builder.webhookLossRate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options that fix nothing. */
    public static OrderOptions defaults() {
        return builder().build();
    }

    Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    boolean losesWebhooks() {
        return loseWebhooks;
    }

    boolean test() {
        return test;
    }

    Optional<String> financialStatus() {
        return Optional.ofNullable(financialStatus);
    }

    Optional<OrderShape> shape() {
        return Optional.ofNullable(shape);
    }

    Optional<Double> webhookLossRate() {
        return Optional.ofNullable(webhookLossRate);
    }

    @Override
    public String toString() {
        return "OrderOptions[createdAt=" + createdAt + ", loseWebhooks=" + loseWebhooks + ", test=" + test
                + ", financialStatus=" + financialStatus + ", shape=" + shape + ", webhookLossRate="
                + webhookLossRate + "]";
    }

    /** Collects {@link OrderOptions}; not thread-safe. */
    public static final class Builder {

        private Instant createdAt;
        private boolean loseWebhooks;
        private boolean test;
        private String financialStatus;
        private OrderShape shape;
        private Double webhookLossRate;

        private Builder() {}

        /**
         * The share of this order's webhooks Shopify loses (each drawn on its own), in place of the store's
         * {@code webhookLossRate}; 0..1.
         */
        public Builder webhookLossRate(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("webhookLossRate must be within 0..1, was " + value);
            }
            this.webhookLossRate = value;
            return this;
        }

        /** Stamps the order as created at {@code value}, e.g. in a past hour the reconciler checks; default now. */
        public Builder createdAt(Instant value) {
            this.createdAt = Objects.requireNonNull(value, "createdAt");
            return this;
        }

        /** Shopify loses every webhook of this order (create, paid, cancelled, refunds): none is ever sent. */
        public Builder loseWebhooks() {
            this.loseWebhooks = true;
            return this;
        }

        /** Marks it a test order ({@code "test": true}), as orders paid through the Bogus gateway are. */
        public Builder test(boolean value) {
            this.test = value;
            return this;
        }

        /**
         * Its {@code financial_status} at creation, {@code paid} or {@code pending}; default drawn at random. Either
         * way {@code orders/paid} follows after the paid delay, as for every order.
         */
        public Builder financialStatus(String value) {
            if (!"paid".equals(value) && !"pending".equals(value)) {
                throw new IllegalArgumentException("financialStatus must be paid or pending, was " + value);
            }
            this.financialStatus = value;
            return this;
        }

        /** Its size; default large with probability {@code largeOrderRate}. */
        public Builder shape(OrderShape value) {
            this.shape = Objects.requireNonNull(value, "shape");
            return this;
        }

        public OrderOptions build() {
            return new OrderOptions(this);
        }
    }
}
