package dev.orderrelay.ledger.orders;

import dev.orderrelay.ledger.LedgerSchema;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The stored form of an order: partition {@code shop}, sort {@code orderId}, and in the {@code by-hour} index
 * partition {@code shopHour} ({@code shop|2026-11-24T10}); times in epoch milliseconds unless named otherwise.
 */
@DynamoDbBean
public class OrderItem {

    private String shop;
    private String orderId;
    private String name;
    private String sourceCreatedAt;
    private String sourceHour;
    private String state;
    private Long firstSeenAt;
    private Long processedAt;
    private String shopHour;
    private String firstSource;
    private Set<String> refundIds;
    private String cancelledAt;
    private Long repairedAt;

    @DynamoDbPartitionKey
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    @DynamoDbSortKey
    @DynamoDbSecondarySortKey(indexNames = LedgerSchema.ORDERS_BY_HOUR_INDEX)
    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSourceCreatedAt() {
        return sourceCreatedAt;
    }

    public void setSourceCreatedAt(String sourceCreatedAt) {
        this.sourceCreatedAt = sourceCreatedAt;
    }

    public String getSourceHour() {
        return sourceHour;
    }

    public void setSourceHour(String sourceHour) {
        this.sourceHour = sourceHour;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getFirstSeenAt() {
        return firstSeenAt;
    }

    public void setFirstSeenAt(Long firstSeenAt) {
        this.firstSeenAt = firstSeenAt;
    }

    public Long getProcessedAt() {
        return processedAt;
    }

    public void setProcessedAt(Long processedAt) {
        this.processedAt = processedAt;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = LedgerSchema.ORDERS_BY_HOUR_INDEX)
    public String getShopHour() {
        return shopHour;
    }

    public void setShopHour(String shopHour) {
        this.shopHour = shopHour;
    }

    public String getFirstSource() {
        return firstSource;
    }

    public void setFirstSource(String firstSource) {
        this.firstSource = firstSource;
    }

    public Set<String> getRefundIds() {
        return refundIds;
    }

    public void setRefundIds(Set<String> refundIds) {
        this.refundIds = refundIds;
    }

    public String getCancelledAt() {
        return cancelledAt;
    }

    public void setCancelledAt(String cancelledAt) {
        this.cancelledAt = cancelledAt;
    }

    public Long getRepairedAt() {
        return repairedAt;
    }

    public void setRepairedAt(Long repairedAt) {
        this.repairedAt = repairedAt;
    }
}
