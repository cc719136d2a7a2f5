package com.partnerportal.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions on every instance: they all live in the one session table (ASVS 7.4). */
@Component
class SessionTermination {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** @param keepSessionId the caller's own session, kept when they changed their own password; may be null */
    void endSessionsOf(String email, String keepSessionId) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
