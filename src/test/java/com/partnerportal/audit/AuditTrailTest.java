package com.partnerportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import partnerportal.testing.PortalTest;
import partnerportal.testing.TestAccounts;

/** R3.9: the trail records security events and cannot be rewritten. */
@PortalTest
// MockMvc's csrf() swaps the application's CSRF token repository for a session-only one, for good:
// the application is not handed on to other tests.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditTrailTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void loginsSucceededAndFailedAreRecorded() throws Exception {
        String admin = testAccounts.vendorAdmin();
        mvc.perform(post("/login").with(csrf()).param("email", admin).param("password", "wrong password here!"));
        mvc.perform(post("/login").with(csrf()).param("email", admin).param("password", TestAccounts.PASSWORD));

        assertThat(count("login.failed", "target_id", admin)).isEqualTo(1);
        assertThat(count("login.succeeded", "actor", admin)).isEqualTo(1);
    }

    @Test
    void theTrailIsAppendOnly() {
        jdbc.sql("INSERT INTO audit_event (actor, action) VALUES ('test', 'test.appended')")
                .update();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
    }

    private long count(String action, String column, String value) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND " + column + " = :value")
                .param("action", action)
                .param("value", value)
                .query(Long.class)
                .single();
    }
}
