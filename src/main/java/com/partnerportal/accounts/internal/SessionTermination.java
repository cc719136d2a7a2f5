package com.partnerportal.accounts.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions on every instance: they all live in the one session table (ASVS 7.4). */
@Component
public class SessionTermination {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    public SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** @param keepSessionId the caller's own session, kept when they changed their own password; may be null */
    public void endSessionsOf(String email, String keepSessionId) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
