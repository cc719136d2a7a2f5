package com.partnerportal.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the start page shows one person, by what they do in the portal. */
sealed interface StartPage {

    /** A partner user: their learning, what is new, their requests. */
    record Partner(
            University university,
            List<CourseInProgress> courses,
            long newResources,
            List<NewResource> latestResources,
            long openRequests,
            List<OpenRequest> requests)
            implements StartPage {}

    /** A distributor reviewer or a vendor admin: what waits for them. */
    record Reviewer(Queue requests, long openSupport, long failedEmails) implements StartPage {}

    /**
     * @param launched the user opened the University once (R5.2)
     * @param seatNumber the technical seat they hold, if any
     */
    record University(boolean launched, Integer seatNumber, int seatLimit, long seatsUsed, long certificates) {

        public boolean holdsSeat() {
            return seatNumber != null;
        }
    }

    record CourseInProgress(String slug, String titleEn, String titleFr, int lessonsDone, int lessons) {

        public String title(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }

    record NewResource(UUID id, String title, String type, LocalDate publishedOn) {}

    record OpenRequest(UUID id, long number, String subject, String status) {}

    /** Access requests waiting for a decision, the oldest first. */
    record Queue(long count, List<Waiting> oldest) {}

    record Waiting(UUID id, String email, String companyName, Instant submittedAt) {}
}
