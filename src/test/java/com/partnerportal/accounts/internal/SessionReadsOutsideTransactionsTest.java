package com.partnerportal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import partnerportal.testing.PortalTest;

/** A session read is one SELECT in autocommit; the store's other work keeps a transaction of its own. */
@PortalTest
class SessionReadsOutsideTransactionsTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aReadRunsWithoutATransactionAndEverythingElseInANewOne() {
        var transactions = new SessionReadsOutsideTransactions(transactionManager);
        TransactionCallback<Boolean> inTransaction =
                status -> TransactionSynchronizationManager.isActualTransactionActive();
        boolean read = SessionReadsOutsideTransactions.read(() -> transactions.execute(inTransaction));
        assertThat(read).as("a read").isFalse();
        boolean write = transactions.execute(inTransaction);
        assertThat(write).as("a save or a delete").isTrue();
    }
}
