package dev.orderrelay.ledger.orders;

import dev.orderrelay.ledger.LedgerSchema;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The stored form of an order: partition {@code shop}, sort {@code orderId}, and in the {@code by-hour} index
 * partition {@code shopHour} ({@code shop|2026-11-24T10}), in the {@code by-name} index partition {@code shop} and
 * sort {@code name}; times in epoch milliseconds unless named otherwise.
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
    private Long sourceUpdatedAt;
    private String sourceName;
    private Boolean test;
    private Boolean taxesIncluded;
    private Integer units;
    private Set<String> refundAmounts;
    private String cancelAmounts;

    @DynamoDbPartitionKey
    @DynamoDbSecondaryPartitionKey(indexNames = LedgerSchema.ORDERS_BY_NAME_INDEX)
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

    @DynamoDbSecondarySortKey(indexNames = LedgerSchema.ORDERS_BY_NAME_INDEX)
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

    public Long getSourceUpdatedAt() {
        return sourceUpdatedAt;
    }

    public void setSourceUpdatedAt(Long sourceUpdatedAt) {
        this.sourceUpdatedAt = sourceUpdatedAt;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public Boolean getTest() {
        return test;
    }

    public void setTest(Boolean test) {
        this.test = test;
    }

    public Boolean getTaxesIncluded() {
        return taxesIncluded;
    }

    public void setTaxesIncluded(Boolean taxesIncluded) {
        this.taxesIncluded = taxesIncluded;
    }

    public Integer getUnits() {
        return units;
    }

    public void setUnits(Integer units) {
        this.units = units;
    }

    public Set<String> getRefundAmounts() {
        return refundAmounts;
    }

    public void setRefundAmounts(Set<String> refundAmounts) {
        this.refundAmounts = refundAmounts;
    }

    public String getCancelAmounts() {
        return cancelAmounts;
    }

    public void setCancelAmounts(String cancelAmounts) {
        this.cancelAmounts = cancelAmounts;
    }

    /** The record this item holds. */
    OrderRecord toRecord() {
        return new OrderRecord(
                getShop(),
                getOrderId(),
                getName(),
                getSourceCreatedAt() == null ? null : Instant.parse(getSourceCreatedAt()),
                getState() == null ? null : OrderState.valueOf(getState()),
                getFirstSeenAt() == null ? null : Instant.ofEpochMilli(getFirstSeenAt()),
                getProcessedAt() == null ? null : Instant.ofEpochMilli(getProcessedAt()),
                getFirstSource(),
                getRefundIds(),
                getCancelledAt() == null ? null : Instant.parse(getCancelledAt()),
                getRepairedAt() == null ? null : Instant.ofEpochMilli(getRepairedAt()),
                getSourceUpdatedAt() == null ? null : Instant.ofEpochMilli(getSourceUpdatedAt()),
                new OrderFacts(getSourceName(), getTest(), getTaxesIncluded(), getUnits()),
                getRefundAmounts() == null
                        ? List.of()
                        : getRefundAmounts().stream()
                                .map(RefundAmounts::decode)
                                .filter(Objects::nonNull)
                                .sorted(Comparator.comparing(RefundAmounts::refundId))
                                .toList(),
                getCancelAmounts() == null ? null : RefundAmounts.decode(getCancelAmounts()));
    }
}
