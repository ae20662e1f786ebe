package dev.orderrelay.console.security;

import dev.orderrelay.console.ConsoleRole;
import dev.orderrelay.console.ConsoleUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Turns the configured console users (none where OIDC signs people in; {@link SignInMethods} refuses a console
 * with neither) into Spring Security users, checking what binding cannot check without
 * risking a password in the start-up report: names unique, passwords encoded with a supported prefix. Every
 * failure names the property and never shows the value.
 */
final class ConfiguredUsers {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);

    static final String BCRYPT = "{bcrypt}";
    static final String NOOP = "{noop}";
    private static final Pattern BCRYPT_HASH = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private ConfiguredUsers() {}

    static List<UserDetails> load(List<ConsoleUser> users) {
        Set<String> names = new HashSet<>();
        List<UserDetails> loaded = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            ConsoleUser user = users.get(i);
            String property = "relay.console.users[" + i + "]";
            if (!names.add(user.name())) {
                throw new IllegalStateException(
                        property + ".name: user '" + user.name() + "' is configured twice; names must be unique");
            }
            checkPassword(property, user);
            loaded.add(User.withUsername(user.name())
                    .password(user.password())
                    .authorities(authorities(user.roles()).toArray(String[]::new))
                    .build());
        }
        return List.copyOf(loaded);
    }

    private static void checkPassword(String property, ConsoleUser user) {
        String password = user.password();
        if (password.startsWith(BCRYPT)) {
            if (!BCRYPT_HASH.matcher(password.substring(BCRYPT.length())).matches()) {
                throw new IllegalStateException(property + ".password (user '" + user.name() + "') starts with "
                        + BCRYPT + " but is not followed by a bcrypt hash ($2a$10$ and 53 characters); the value is"
                        + " not shown");
            }
        } else if (password.startsWith(NOOP) && password.length() > NOOP.length()) {
            log.warn(
                    "console user {} has a {} (plain-text) password: fine for a local run, use {} anywhere else",
                    user.name(),
                    NOOP,
                    BCRYPT);
        } else {
            throw new IllegalStateException(property + ".password (user '" + user.name() + "') must be an encoded"
                    + " password with its prefix: " + BCRYPT + "$2a$10$..., or " + NOOP + "<text> for local runs"
                    + " only; the value is not shown");
        }
    }

    private static Set<String> authorities(Set<ConsoleRole> roles) {
        Set<String> authorities = new TreeSet<>();
        roles.forEach(role -> authorities.addAll(role.grantedAuthorities()));
        return authorities;
    }
}
