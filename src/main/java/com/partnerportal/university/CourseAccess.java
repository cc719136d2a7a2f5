package com.partnerportal.university;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import org.springframework.stereotype.Component;

/**
 * Which published course a caller may open (R5.2, R5.3): a partner user without a technical seat
 * gets 404 for a technical course, as if it did not exist.
 */
@Component
class CourseAccess {

    private final CourseStore courseStore;
    private final TechnicalSeats seats;

    CourseAccess(CourseStore courseStore, TechnicalSeats seats) {
        this.courseStore = courseStore;
        this.seats = seats;
    }

    Course open(PortalPrincipal user, String slug) {
        if (slug == null || slug.length() > 100) {
            throw new NotFoundException();
        }
        var course = courseStore.published(slug).orElseThrow(NotFoundException::new);
        if (course.track().needsSeat() && user.companyId() != null && !seats.holds(new AccountId(user.userId()))) {
            throw new NotFoundException();
        }
        return course;
    }
}
