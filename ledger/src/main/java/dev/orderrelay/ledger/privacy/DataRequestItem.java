package dev.orderrelay.ledger.privacy;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The stored form of a data-request export: partition {@code shop}, sort {@code item}, either the header
 * ({@code request|<dataRequestId>}: what it covers, {@code parts}) or one part of the document
 * ({@code part|<dataRequestId>|<00000>}: {@code document}). Times in epoch milliseconds, {@code expiresAt} in epoch
 * seconds (TTL).
 */
@DynamoDbBean
public class DataRequestItem {

    private String shop;
    private String item;
    private String dataRequestId;
    private String customerId;
    private String email;
    private Long createdAt;
    private Integer parts;
    private Integer orders;
    private Integer parkedEvents;
    private Integer storedBodies;
    private String document;
    private Long expiresAt;

    @DynamoDbPartitionKey
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    @DynamoDbSortKey
    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getDataRequestId() {
        return dataRequestId;
    }

    public void setDataRequestId(String dataRequestId) {
        this.dataRequestId = dataRequestId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Integer getParts() {
        return parts;
    }

    public void setParts(Integer parts) {
        this.parts = parts;
    }

    public Integer getOrders() {
        return orders;
    }

    public void setOrders(Integer orders) {
        this.orders = orders;
    }

    public Integer getParkedEvents() {
        return parkedEvents;
    }

    public void setParkedEvents(Integer parkedEvents) {
        this.parkedEvents = parkedEvents;
    }

    public Integer getStoredBodies() {
        return storedBodies;
    }

    public void setStoredBodies(Integer storedBodies) {
        this.storedBodies = storedBodies;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }
}
