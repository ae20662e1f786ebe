package dev.orderrelay.ledger.held;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The stored form of a held event: partition {@code shop}, sort {@code heldKey} = {@code orderId|heldId}, so one
 * order's held events are one key query ({@code begins_with(orderId|)}) and a shop's are one partition.
 */
@DynamoDbBean
public class HeldItem {

    private String shop;
    private String heldKey;
    private String orderId;
    private String heldId;
    private String topic;
    private String message;
    private Long heldAt;

    @DynamoDbPartitionKey
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    @DynamoDbSortKey
    public String getHeldKey() {
        return heldKey;
    }

    public void setHeldKey(String heldKey) {
        this.heldKey = heldKey;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getHeldId() {
        return heldId;
    }

    public void setHeldId(String heldId) {
        this.heldId = heldId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Long getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(Long heldAt) {
        this.heldAt = heldAt;
    }
}
