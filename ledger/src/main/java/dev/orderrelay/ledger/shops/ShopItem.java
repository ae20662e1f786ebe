package dev.orderrelay.ledger.shops;

import dev.orderrelay.ledger.LedgerSchema;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * The stored form of a shop's configuration; a mutable bean because the enhanced client maps beans. In the
 * {@code directory} index: partition {@code directory} (always {@code shops}), sort {@code shop}.
 */
@DynamoDbBean
public class ShopItem {

    private String shop;
    private String directory;
    private String status;
    private Map<String, String> policy;
    private List<DestinationItem> destinations;
    private Long updatedAt;
    private String adminApiCredentialsRef;

    @DynamoDbPartitionKey
    @DynamoDbSecondarySortKey(indexNames = LedgerSchema.SHOPS_DIRECTORY_INDEX)
    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = LedgerSchema.SHOPS_DIRECTORY_INDEX)
    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Map<String, String> getPolicy() {
        return policy;
    }

    public void setPolicy(Map<String, String> policy) {
        this.policy = policy;
    }

    public List<DestinationItem> getDestinations() {
        return destinations;
    }

    public void setDestinations(List<DestinationItem> destinations) {
        this.destinations = destinations;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getAdminApiCredentialsRef() {
        return adminApiCredentialsRef;
    }

    public void setAdminApiCredentialsRef(String adminApiCredentialsRef) {
        this.adminApiCredentialsRef = adminApiCredentialsRef;
    }
}
