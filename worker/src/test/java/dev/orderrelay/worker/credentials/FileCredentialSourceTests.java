package dev.orderrelay.worker.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileCredentialSourceTests {

    @TempDir
    Path root;

    private Path directory;
    private FileCredentialSource source;

    @BeforeEach
    void mount() throws IOException {
        directory = Files.createDirectory(root.resolve("secrets"));
        source = new FileCredentialSource(directory);
    }

    @Test
    void readsTheFileNamedExactlyAsTheReferenceWithoutItsTrailingNewline() throws IOException {
        Files.writeString(directory.resolve("merchant-webhook"), "whsec_abc\n");
        Files.writeString(directory.resolve("ga4.api-secret"), "ga4secret");

        assertThat(source.find("merchant-webhook").reveal()).isEqualTo("whsec_abc");
        assertThat(source.find("ga4.api-secret").reveal()).isEqualTo("ga4secret");
    }

    @Test
    void dropsOnlyOneTrailingNewline() throws IOException {
        Files.writeString(directory.resolve("crlf"), "key\r\n");
        Files.writeString(directory.resolve("two"), "key\n\n");
        Files.writeString(directory.resolve("spaces"), " key \n");

        assertThat(source.find("crlf").reveal()).isEqualTo("key");
        assertThat(source.find("two").reveal()).isEqualTo("key\n");
        assertThat(source.find("spaces").reveal()).isEqualTo(" key ");
    }

    @Test
    void readsAReferenceWithSlashesFromASubDirectory() throws IOException {
        Files.createDirectories(directory.resolve("order-relay/shops"));
        Files.writeString(directory.resolve("order-relay/shops/segment-write-key"), "wk\n");

        assertThat(source.find("order-relay/shops/segment-write-key").reveal()).isEqualTo("wk");
    }

    @Test
    void answersNoSecretForAMissingEmptyOrDirectoryFile() throws IOException {
        Files.writeString(directory.resolve("empty"), "\n");
        Files.createDirectory(directory.resolve("folder"));

        assertThat(source.find("missing").isPresent()).isFalse();
        assertThat(source.find("empty").isPresent()).isFalse();
        assertThat(source.find("folder").isPresent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../outside",
                "order-relay/../../outside",
                "./../outside",
                "/outside",
                "..",
                ".",
                "a//b",
                "a\\..\\..\\outside",
                "trailing/"
            })
    void refusesReferencesThatCouldLeaveTheDirectory(String credentialsRef) throws IOException {
        Files.writeString(root.resolve("outside"), "not-for-destinations");
        Files.createDirectory(directory.resolve("a"));

        assertThat(source.fileOf(credentialsRef)).isEmpty();
        assertThat(source.find(credentialsRef).isPresent()).isFalse();
    }

    @Test
    void throwsUnavailableForAFileItCannotRead() throws IOException {
        Files.write(directory.resolve("garbled"), new byte[] {(byte) 0xC3, (byte) 0x28});

        CredentialsUnavailableException failure =
                catchThrowableOfType(CredentialsUnavailableException.class, () -> source.find("garbled"));

        assertThat(failure.credentialsRef()).isEqualTo("garbled");
        assertThat(failure.getMessage()).contains("garbled", "retry");
    }

    @Test
    void refusesADirectoryThatDoesNotExistNamingTheProperty() throws IOException {
        Path file = Files.writeString(root.resolve("a-file"), "x", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new FileCredentialSource(root.resolve("absent")))
                .hasMessageContaining("relay.credentials.directory");
        assertThatThrownBy(() -> new FileCredentialSource(file)).hasMessageContaining("relay.credentials.directory");
    }
}
