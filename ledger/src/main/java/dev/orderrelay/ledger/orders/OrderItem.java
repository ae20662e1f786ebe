package dev.orderrelay.ledger.orders;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** The stored form of an order: partition {@code shop}, sort {@code orderId}; times in epoch milliseconds. */
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

    @DynamoDbPartitionKey
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    @DynamoDbSortKey
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
}
