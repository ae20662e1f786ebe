package dev.orderrelay.receiver.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTests {

    @Test
    void readsABodyUpToTheLimit() throws IOException {
        byte[] body = new byte[100];

        assertThat(BoundedBody.read(new ByteArrayInputStream(body), 100, 100)).hasValue(body);
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReading() throws IOException {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };

        assertThat(BoundedBody.read(untouchable, 101, 100)).isEmpty();
    }

    @Test
    void refusesAnUndeclaredBodyThatRunsOverTheLimit() throws IOException {
        assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[101]), -1, 100))
                .isEmpty();
    }
}
