package com.partnerportal.university.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import org.springframework.stereotype.Component;

/**
 * Which published course a caller may open (R5.2, R5.3): a partner user without a technical seat
 * gets 404 for a technical course, as if it did not exist.
 */
@Component
public class CourseAccess {

    private final CourseStore courseStore;
    private final TechnicalSeats seats;

    public CourseAccess(CourseStore courseStore, TechnicalSeats seats) {
        this.courseStore = courseStore;
        this.seats = seats;
    }

    public Course open(PortalPrincipal user, String slug) {
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
