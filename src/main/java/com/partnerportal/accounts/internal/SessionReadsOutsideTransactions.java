package com.partnerportal.accounts.internal;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session's transactions, except around a session read ({@link #read}). Reading a session is one SELECT
 * (the row joined to its attributes), which needs no transaction; the transaction cost a COMMIT, one more round trip
 * to PostgreSQL on every page. Saves and deletes keep theirs: a save writes the row and its attributes together.
 */
final class SessionReadsOutsideTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionOperations transactions;

    SessionReadsOutsideTransactions(PlatformTransactionManager transactionManager) {
        var template = new TransactionTemplate(transactionManager);
        // As Spring Session's own: the store's work commits apart from the caller's.
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions = template;
    }

    /** Runs a read of the session store with its statement in autocommit. */
    static <T> T read(Supplier<T> read) {
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            READING.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return READING.get() != null
                ? action.doInTransaction(new SimpleTransactionStatus(false))
                : transactions.execute(action);
    }
}
