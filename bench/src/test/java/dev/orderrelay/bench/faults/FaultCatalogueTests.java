package dev.orderrelay.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultCatalogueTests {

    @Test
    void playsEveryFaultOfTheIssueAloneThenAllCombined() {
        assertThat(FaultCatalogue.all())
                .extracting(Fault::name)
                .containsExactly(
                        "receiver-kill",
                        "worker-kill-before-call",
                        "worker-kill-after-call",
                        "queue-unreachable",
                        "ledger-unreachable",
                        "object-store-unreachable",
                        "destination-failing",
                        "destination-rejecting",
                        "upstream-loss",
                        "admin-api-throttled",
                        "two-reconcilers",
                        "all-combined");
    }

    @Test
    void selectsTheNamedFaultsInTheSuitesOrderAndRefusesAnUnknownName() {
        assertThat(FaultCatalogue.select(FaultSuite.names(" upstream-loss,receiver-kill ,")))
                .extracting(Fault::name)
                .containsExactly("receiver-kill", "upstream-loss");
        assertThatThrownBy(() -> FaultCatalogue.select(Set.of("receiver-kil")))
                .hasMessageContaining("unknown fault 'receiver-kil'")
                .hasMessageContaining("receiver-kill");
    }

    @Test
    void losesWebhooksUpstreamOnlyInTheEpisodesThatAreAboutIt() {
        SuiteScale scale = SuiteScale.full(1000, 100);
        assertThat(new ReceiverKill().lossRate(scale)).isZero();
        assertThat(new UpstreamLoss().lossRate(scale)).isEqualTo(0.02);
        assertThat(FaultCatalogue.combined().lossRate(scale)).isEqualTo(0.02);
    }
}
