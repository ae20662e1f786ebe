package dev.orderrelay.ledger.audit;

import dev.orderrelay.ledger.LedgerSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The stored form of an audit entry: partition {@code day} ({@code yyyy-MM-dd}, UTC), sort {@code entryId}
 * (time-ordered); the index {@value LedgerSchema#AUDIT_BY_SHOP_INDEX} has partition {@code shop}, the same sort.
 */
@DynamoDbBean
public class AuditItem {

    private String day;
    private String entryId;
    private Long at;
    private String actor;
    private String action;
    private String shop;
    private String target;
    private Integer count;
    private String outcome;
    private String note;

    @DynamoDbPartitionKey
    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    @DynamoDbSortKey
    @DynamoDbSecondarySortKey(indexNames = LedgerSchema.AUDIT_BY_SHOP_INDEX)
    public String getEntryId() {
        return entryId;
    }

    public void setEntryId(String entryId) {
        this.entryId = entryId;
    }

    public Long getAt() {
        return at;
    }

    public void setAt(Long at) {
        this.at = at;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = LedgerSchema.AUDIT_BY_SHOP_INDEX)
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
