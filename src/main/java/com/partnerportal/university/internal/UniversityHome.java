package com.partnerportal.university.internal;

import com.partnerportal.accounts.AccountId;
import com.partnerportal.accounts.AccountView;
import com.partnerportal.accounts.Accounts;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.university.Track;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The University page as a user opens it, read in one transaction. */
@Service
public class UniversityHome {

    /**
     * What the page shows: the courses by track once the user has launched the University, technical ones
     * only to a seat holder (R5.2, R5.3); to a partner, who in the company holds the seats, by name only
     * (R5.6), and the limit in force (R10.4). A vendor admin sees every course.
     */
    public record Page(
            boolean partner,
            boolean launched,
            boolean technical,
            Map<Track, List<Course>> tracks,
            List<String> holders,
            int seatLimit) {}

    private final TechnicalSeats seats;
    private final CourseStore courses;
    private final Accounts accounts;
    private final Partners partners;

    UniversityHome(TechnicalSeats seats, CourseStore courses, Accounts accounts, Partners partners) {
        this.seats = seats;
        this.courses = courses;
        this.accounts = accounts;
        this.partners = partners;
    }

    @Transactional(readOnly = true)
    public Page of(PortalPrincipal user) {
        if (user.companyId() == null) {
            return new Page(false, true, true, byTrack(true), List.of(), 0);
        }
        var company = new CompanyId(user.companyId());
        var standing = seats.standing(new AccountId(user.userId()));
        List<AccountId> holders = seats.holders(company);
        Map<AccountId, AccountView> holderAccounts = accounts.findAll(holders);
        return new Page(
                true,
                standing.launched(),
                standing.holdsSeat(),
                standing.launched() ? byTrack(standing.holdsSeat()) : Map.of(),
                holders.stream()
                        .map(holderAccounts::get)
                        .filter(Objects::nonNull)
                        .map(AccountView::displayName)
                        .toList(),
                partners.company(company)
                        .map(found -> found.technicalSeatLimit())
                        .orElse(0));
    }

    private Map<Track, List<Course>> byTrack(boolean technical) {
        Map<Track, List<Course>> byTrack = new EnumMap<>(Track.class);
        for (Course course : courses.published()) {
            if (technical || !course.track().needsSeat()) {
                byTrack.computeIfAbsent(course.track(), track -> new ArrayList<>())
                        .add(course);
            }
        }
        return byTrack;
    }
}
