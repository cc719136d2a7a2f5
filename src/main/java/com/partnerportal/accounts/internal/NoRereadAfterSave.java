package com.partnerportal.accounts.internal;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, minus one read per page. At the end of each request Spring Session's filter saves the session,
 * then reads it again from the store only to learn whether it still exists and so whether to send the cookie
 * ({@code SessionRepositoryFilter.commitSession}): a transaction of its own, two more round trips to PostgreSQL per
 * page, after the page is written and before its last bytes leave (docs/performance.md). The session this thread has
 * just saved is that answer. Any other call forgets it, and so does the start and the end of every request
 * ({@link #forget}): the filter reads back only when the request did not resolve its session, and Tomcat may serve
 * the next request of a kept-alive connection on the same thread, which must read the store, not this slot.
 * Other reads go to the store outside a transaction ({@link SessionReadsOutsideTransactions}).
 */
final class NoRereadAfterSave<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> store;

    NoRereadAfterSave(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    /** Forgets the session this thread saved last: a request begins or ends. */
    static void forget() {
        JUST_SAVED.remove();
    }

    @Override
    public S createSession() {
        JUST_SAVED.remove();
        return store.createSession();
    }

    @Override
    public void save(S session) {
        JUST_SAVED.remove();
        store.save(session);
        JUST_SAVED.set(session);
    }

    @Override
    @SuppressWarnings("unchecked")
    public S findById(String id) {
        Session saved = JUST_SAVED.get();
        JUST_SAVED.remove();
        if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
            return (S) saved;
        }
        return SessionReadsOutsideTransactions.read(() -> store.findById(id));
    }

    @Override
    public void deleteById(String id) {
        JUST_SAVED.remove();
        store.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        JUST_SAVED.remove();
        return store.findByIndexNameAndIndexValue(indexName, indexValue);
    }
}
