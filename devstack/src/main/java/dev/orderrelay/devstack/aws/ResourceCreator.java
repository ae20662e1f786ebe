package dev.orderrelay.devstack.aws;

import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Creates the devstack's queues (each with its dead-letter queue and redrive policy) and buckets. */
public final class ResourceCreator {

    private final SqsClient sqs;
    private final S3Client s3;

    public ResourceCreator(SqsClient sqs, S3Client s3) {
        this.sqs = sqs;
        this.s3 = s3;
    }

    public void create(DevstackResources resources) {
        String retention = Long.toString(resources.messageRetention().toSeconds());
        for (QueueSpec queue : resources.queues()) {
            String dlqUrl = sqs.createQueue(b -> b.queueName(queue.deadLetterName())
                            .attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, retention)))
                    .queueUrl();
            String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\""
                    + queue.maxReceiveCount() + "\"}";
            sqs.createQueue(b -> b.queueName(queue.name())
                    .attributes(Map.of(
                            QueueAttributeName.MESSAGE_RETENTION_PERIOD, retention,
                            QueueAttributeName.REDRIVE_POLICY, redrive)));
        }
        for (String bucket : resources.buckets()) {
            try {
                s3.createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException alreadyThere) {
                // Creating is idempotent here: a restarted local run finds its bucket.
            }
        }
    }
}
