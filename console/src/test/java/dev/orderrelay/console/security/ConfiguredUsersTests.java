package dev.orderrelay.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.console.ConsoleRole;
import dev.orderrelay.console.ConsoleUser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ConfiguredUsersTests {

    private static final String PLAIN = "s3cret-pw-b81f";

    @Test
    void loadsUsersWhosePasswordsTheDelegatingEncoderAccepts() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PLAIN);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        List<UserDetails> users = ConfiguredUsers.load(List.of(
                new ConsoleUser("admin", bcrypt, Set.of(ConsoleRole.ADMIN)),
                new ConsoleUser("viewer", "{noop}" + PLAIN, Set.of(ConsoleRole.VIEWER))));

        assertThat(users).extracting(UserDetails::getUsername).containsExactly("admin", "viewer");
        assertThat(users)
                .allSatisfy(user ->
                        assertThat(encoder.matches(PLAIN, user.getPassword())).isTrue());
    }

    @Test
    void grantsEveryRoleARoleIncludes() {
        UserDetails admin = ConfiguredUsers.load(List.of(new ConsoleUser("ops", "{noop}x", Set.of(ConsoleRole.ADMIN))))
                .get(0);

        assertThat(admin.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_SUPPORT", "ROLE_VIEWER");
    }

    @Test
    void refusesAPasswordWithoutItsEncodingPrefixNamingThePropertyNotTheValue() {
        List<ConsoleUser> users = List.of(
                new ConsoleUser("viewer", "{noop}x", Set.of(ConsoleRole.VIEWER)),
                new ConsoleUser("ops", PLAIN, Set.of(ConsoleRole.ADMIN)));

        assertThatThrownBy(() -> ConfiguredUsers.load(users))
                .hasMessageContaining("relay.console.users[1].password")
                .hasMessageNotContaining(PLAIN);
    }

    @Test
    void refusesABcryptPrefixThatIsNotFollowedByAHash() {
        List<ConsoleUser> users = List.of(new ConsoleUser("ops", "{bcrypt}" + PLAIN, Set.of(ConsoleRole.ADMIN)));

        assertThatThrownBy(() -> ConfiguredUsers.load(users))
                .hasMessageContaining("relay.console.users[0].password")
                .hasMessageNotContaining(PLAIN);
    }

    @Test
    void refusesAnEmptyNoopPassword() {
        List<ConsoleUser> users = List.of(new ConsoleUser("ops", "{noop}", Set.of(ConsoleRole.ADMIN)));

        assertThatThrownBy(() -> ConfiguredUsers.load(users)).hasMessageContaining("relay.console.users[0].password");
    }

    @Test
    void refusesTheSameUserNameTwice() {
        List<ConsoleUser> users = List.of(
                new ConsoleUser("ops", "{noop}a", Set.of(ConsoleRole.VIEWER)),
                new ConsoleUser("ops", "{noop}b", Set.of(ConsoleRole.ADMIN)));

        assertThatThrownBy(() -> ConfiguredUsers.load(users))
                .hasMessageContaining("relay.console.users[1].name")
                .hasMessageContaining("twice");
    }

    @Test
    void loadsNoUsersWhereOidcSignsPeopleIn() {
        assertThat(ConfiguredUsers.load(List.of())).isEmpty();
    }
}
