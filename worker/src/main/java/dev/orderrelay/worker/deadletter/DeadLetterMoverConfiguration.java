package dev.orderrelay.worker.deadletter;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.parked.ParkedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dead-letter mover. */
@Configuration(proxyBeanMethods = false)
class DeadLetterMoverConfiguration {

    @Bean
    DeadLetterMover deadLetterMover(ParkedEvents parked, DeliveryClaims claims) {
        return new DeadLetterMover(parked, claims);
    }
}
