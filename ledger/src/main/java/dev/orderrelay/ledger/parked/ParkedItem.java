package dev.orderrelay.ledger.parked;

import dev.orderrelay.ledger.LedgerSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The stored form of a parked event: partition {@code shop}, sort {@code parkedId} (time-ordered); in the
 * {@code by-order} index partition {@code shopOrder} ({@code shop|orderId}, absent when the order is not known).
 */
@DynamoDbBean
public class ParkedItem {

    private String shop;
    private String parkedId;
    private String shopOrder;
    private String stage;
    private String destination;
    private String orderId;
    private String webhookId;
    private String reason;
    private Integer attempts;
    private String status;
    private Long parkedAt;
    private String message;
    private String resolvedBy;
    private Long resolvedAt;
    private String resolution;
    private String countKey;

    @DynamoDbPartitionKey
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    @DynamoDbSortKey
    @DynamoDbSecondarySortKey(indexNames = LedgerSchema.PARKED_BY_ORDER_INDEX)
    public String getParkedId() {
        return parkedId;
    }

    public void setParkedId(String parkedId) {
        this.parkedId = parkedId;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = LedgerSchema.PARKED_BY_ORDER_INDEX)
    public String getShopOrder() {
        return shopOrder;
    }

    public void setShopOrder(String shopOrder) {
        this.shopOrder = shopOrder;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getWebhookId() {
        return webhookId;
    }

    public void setWebhookId(String webhookId) {
        this.webhookId = webhookId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getParkedAt() {
        return parkedAt;
    }

    public void setParkedAt(Long parkedAt) {
        this.parkedAt = parkedAt;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public void setResolvedBy(String resolvedBy) {
        this.resolvedBy = resolvedBy;
    }

    public Long getResolvedAt() {
        return resolvedAt;
    }

    public void setResolvedAt(Long resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    /** The dead-letter count this event is counted under while parked (see {@link OpenCounts}); null on events parked
     * before counts existed, which are counted from their first unresolve on. */
    public String getCountKey() {
        return countKey;
    }

    public void setCountKey(String countKey) {
        this.countKey = countKey;
    }
}
