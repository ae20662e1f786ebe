package dev.orderrelay.worker.credentials;

import dev.orderrelay.destinations.DestinationSecret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets as files in one directory, one file per reference, named exactly as the reference; the way Kubernetes
 * mounts a secret. One trailing newline is dropped ({@code echo} and most editors add one), nothing else.
 *
 * <p>A reference with {@code /} names a file in a sub-directory ({@code order-relay/shops/x} is
 * {@code <directory>/order-relay/shops/x}, which a Kubernetes secret volume's {@code items[].path} can provide). A
 * reference that could leave the directory ({@code ..} or {@code .} as a segment, an empty segment, a leading
 * {@code /}, a backslash or any character the console would not accept) names no file: it resolves to no secret and
 * a warning names it.
 */
public final class FileCredentialSource implements CredentialSource {

    private static final Logger log = LoggerFactory.getLogger(FileCredentialSource.class);
    /** One path segment: the characters a credentials reference may hold, except the separator. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_+=.@:-]{1,255}");

    private final Path directory;

    /**
     * @throws IllegalArgumentException naming {@code relay.credentials.directory} when it is not a readable
     *     directory, so a wrong mount fails start-up rather than every delivery
     */
    public FileCredentialSource(Path directory) {
        if (directory == null || !Files.isDirectory(directory) || !Files.isReadable(directory)) {
            throw new IllegalArgumentException("relay.credentials.directory must be a readable directory when"
                    + " relay.credentials.source=files, got " + directory
                    + "; mount the secrets there or choose another relay.credentials.source");
        }
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public DestinationSecret find(String credentialsRef) {
        Optional<Path> file = fileOf(credentialsRef);
        if (file.isEmpty()) {
            log.warn(
                    "credentialsRef '{}' cannot name a file under relay.credentials.directory (no '..', '.', empty"
                            + " or absolute segments); treating it as having no secret",
                    credentialsRef);
            return DestinationSecret.none();
        }
        if (!Files.isRegularFile(file.get())) {
            return DestinationSecret.none();
        }
        String content;
        try {
            content = Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return DestinationSecret.none();
        } catch (IOException e) {
            throw new CredentialsUnavailableException(
                    credentialsRef,
                    description(),
                    "the file could not be read (" + e.getClass().getSimpleName() + ")",
                    e);
        }
        String secret = withoutTrailingNewline(content);
        return secret.isBlank() ? DestinationSecret.none() : DestinationSecret.of(secret);
    }

    @Override
    public String description() {
        return "files under " + directory;
    }

    /** The file a reference names, or nothing when the reference could reach outside the directory. */
    Optional<Path> fileOf(String credentialsRef) {
        for (String segment : credentialsRef.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        Path file = directory.resolve(credentialsRef).normalize();
        return file.startsWith(directory) && !file.equals(directory) ? Optional.of(file) : Optional.empty();
    }

    private static String withoutTrailingNewline(String content) {
        if (content.endsWith("\r\n")) {
            return content.substring(0, content.length() - 2);
        }
        return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    }
}
