package dev.orderrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleRoleTests {

    @Test
    void anAdminMayDoWhatSupportAndViewersMayDo() {
        assertThat(ConsoleRole.ADMIN.grantedAuthorities())
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_SUPPORT", "ROLE_VIEWER");
    }

    @Test
    void supportMayDoWhatViewersMayDoButNotWhatAdminsMayDo() {
        assertThat(ConsoleRole.SUPPORT.grantedAuthorities()).containsExactlyInAnyOrder("ROLE_SUPPORT", "ROLE_VIEWER");
    }

    @Test
    void aViewerOnlyReads() {
        assertThat(ConsoleRole.VIEWER.grantedAuthorities()).containsExactly("ROLE_VIEWER");
    }
}
