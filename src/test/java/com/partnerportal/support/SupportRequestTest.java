package com.partnerportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.support.internal.Category;
import com.partnerportal.support.internal.Status;
import com.partnerportal.support.internal.SupportRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** R7.1: where a support request goes when its requester writes, an admin takes it, or sets its status. */
class SupportRequestTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "NEW, -",
        "IN_PROGRESS, -",
        "WAITING_FOR_REQUESTER, IN_PROGRESS",
        "RESOLVED, IN_PROGRESS",
        "CLOSED, IN_PROGRESS"
    })
    void theRequesterWritingReopensWhatWaitedForThemOrWasClosed(Status before, String after) {
        assertThat(request(before).afterRequesterMessage()).isEqualTo(next(after));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"NEW, IN_PROGRESS", "IN_PROGRESS, -", "WAITING_FOR_REQUESTER, -", "RESOLVED, -"})
    void takingANewRequestPutsItInProgress(Status before, String after) {
        assertThat(request(before).afterAssignment()).isEqualTo(next(after));
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "RESOLVED", "CLOSED"})
    void anAdminSetsAnySettableStatusAndTheSameOneChangesNothing(Status next) {
        assertThat(request(Status.NEW).changedTo(next))
                .isEqualTo(next == Status.NEW ? Optional.empty() : Optional.of(next));
        assertThat(request(next).changedTo(next)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = "UNCONFIRMED")
    void noAdminPutsARequestBackToAwaitingConfirmation(Status next) {
        assertThatThrownBy(() -> request(Status.IN_PROGRESS).changedTo(next))
                .isInstanceOf(SupportRequest.StatusNotSettableException.class);
    }

    private static Optional<Status> next(String status) {
        return "-".equals(status) ? Optional.empty() : Optional.of(Status.valueOf(status));
    }

    private static SupportRequest request(Status status) {
        return new SupportRequest(
                UUID.randomUUID(),
                42,
                Category.OTHER,
                "Price list",
                status,
                UUID.randomUUID(),
                "emma@northwind.example",
                "Emma Roy",
                Locale.ENGLISH,
                UUID.randomUUID(),
                null,
                Instant.now(),
                Instant.now());
    }
}
