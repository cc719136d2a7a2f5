package com.partnerportal.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, minus the save of a session nothing changed. Spring Session saves the session at the end of
 * every request, since each one moves its last access: with the conditional update of {@link SessionStoreConfiguration}
 * that writes no row, but it is still a transaction, two round trips per page. A session read from the store is
 * handed out tracked; its save is skipped when no attribute, id or timeout changed and its last access moved by
 * less than the update's own threshold — a thirtieth of the idle timeout, a minute at most.
 */
final class UnchangedSessionsNotSaved<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private final FindByIndexNameSessionRepository<S> store;

    UnchangedSessionsNotSaved(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public S createSession() {
        return store.createSession();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(S session) {
        if (session instanceof Tracked<?> tracked) {
            if (!tracked.needsSaving()) {
                return;
            }
            store.save((S) tracked.session);
        } else {
            store.save(session);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public S findById(String id) {
        S found = store.findById(id);
        return found == null ? null : (S) new Tracked<>(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** A session as read from the store, remembering whether anything but its last access changed since. */
    private static final class Tracked<T extends Session> implements Session {

        private final T session;
        private final Instant lastAccessWhenRead;
        private boolean changed;

        Tracked(T session) {
            this.session = session;
            this.lastAccessWhenRead = session.getLastAccessedTime();
        }

        boolean needsSaving() {
            Duration threshold = SessionStoreConfiguration.accessWorthRecording(session.getMaxInactiveInterval());
            return changed
                    || Duration.between(lastAccessWhenRead, session.getLastAccessedTime())
                                    .compareTo(threshold)
                            >= 0;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <A> A getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
