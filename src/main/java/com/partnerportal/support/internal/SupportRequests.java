package com.partnerportal.support.internal;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.partners.CompanyId;
import com.partnerportal.partners.DistributorId;
import com.partnerportal.partners.Partners;
import com.partnerportal.shared.EmailAddress;
import com.partnerportal.shared.Keyset;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.shared.PortalProperties;
import com.partnerportal.shared.RegistrableDomain;
import com.partnerportal.shared.SecretTokens;
import com.partnerportal.support.SupportEvents;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support requests (R7.1): what requesters and the vendor's team do with them. Every change happens
 * under the request's row lock and publishes the event the requester is emailed from; the vendor's
 * changes are audited.
 */
@Service
public class SupportRequests {

    public static final Duration CONFIRM_FOR = Duration.ofHours(48);

    private final SupportStore store;
    private final Partners partners;
    private final StoredFiles files;
    private final SupportProperties properties;
    private final PortalProperties portal;
    private final ApplicationEventPublisher events;

    public SupportRequests(
            SupportStore store,
            Partners partners,
            StoredFiles files,
            SupportProperties properties,
            PortalProperties portal,
            ApplicationEventPublisher events) {
        this.store = store;
        this.partners = partners;
        this.files = files;
        this.properties = properties;
        this.portal = portal;
        this.events = events;
    }

    /** A logged-in user's request goes straight to the queue. */
    @Transactional
    public SupportRequest openAsUser(
            PortalPrincipal user, Locale locale, SupportForm form, Optional<Attachment> attachment) {
        UUID file = keep(attachment);
        var request = store.create(
                new SupportStore.NewRequest(
                        form.chosenCategory(),
                        form.subject(),
                        form.description(),
                        user.userId(),
                        user.email(),
                        user.displayName(),
                        locale,
                        user.companyId()),
                Status.NEW,
                null,
                CONFIRM_FOR,
                file);
        events.publishEvent(new SupportEvents.Accepted(SupportEvents.About.of(request), form.description()));
        return request;
    }

    /** A visitor's request waits until they follow the link emailed to the address they gave. */
    @Transactional
    public SupportRequest openAsVisitor(
            EmailAddress email, String name, Locale locale, SupportForm form, Optional<Attachment> attachment) {
        UUID file = keep(attachment);
        String token = SecretTokens.generate();
        var request = store.create(
                new SupportStore.NewRequest(
                        form.chosenCategory(),
                        form.subject(),
                        form.description(),
                        null,
                        email.value(),
                        name,
                        locale,
                        companyOf(email).orElse(null)),
                Status.UNCONFIRMED,
                SecretTokens.hash(token),
                CONFIRM_FOR,
                file);
        events.publishEvent(new SupportEvents.ConfirmationRequested(
                SupportEvents.About.of(request), portal.link("/support/confirm?token=" + token)));
        return request;
    }

    public boolean awaitsConfirmation(String token) {
        return token != null && token.length() <= 200 && store.awaitsConfirmation(SecretTokens.hash(token));
    }

    /** Follows a confirmation link; a second use, or a late one, confirms nothing. */
    @Transactional
    public Optional<SupportRequest> confirm(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        var confirmed = store.confirm(SecretTokens.hash(token)).flatMap(store::find);
        confirmed.ifPresent(request -> events.publishEvent(new SupportEvents.Accepted(
                SupportEvents.About.of(request),
                store.thread(request.id()).getFirst().body())));
        return confirmed;
    }

    /** The user's own request, else 404: nobody reads another's request (R8.3). */
    public SupportRequest ownedBy(PortalPrincipal user, UUID id) {
        return store.find(id)
                .filter(request -> user.userId().equals(request.requesterAccountId()))
                .filter(request -> request.status() != Status.UNCONFIRMED)
                .orElseThrow(NotFoundException::new);
    }

    /** The thread as the requester sees it: without the vendor's internal notes. */
    public List<Message> publicThread(SupportRequest request) {
        return store.thread(request.id()).stream().filter(m -> !m.internal()).toList();
    }

    public List<Message> fullThread(SupportRequest request) {
        return store.thread(request.id());
    }

    public SupportRequest find(UUID id) {
        return store.find(id).filter(r -> r.status() != Status.UNCONFIRMED).orElseThrow(NotFoundException::new);
    }

    /** A page of the vendor's queue, oldest first, from the place a link carries (R7.1). */
    public Keyset.Page<SupportRequest> queue(SupportStore.QueueFilter filter, String me, Keyset after) {
        return store.queue(filter, me, after, Keyset.PAGE_SIZE);
    }

    /** A page of the user's own requests, newest first. */
    public Keyset.Page<SupportRequest> of(PortalPrincipal user, Keyset after) {
        return store.ofRequester(user.userId(), after, Keyset.PAGE_SIZE);
    }

    /** The requester adds to the thread; a request waiting for them is back in progress. */
    @Transactional
    public void addFromRequester(PortalPrincipal user, UUID id, String body, Optional<Attachment> attachment) {
        var request = lockOwned(user, id);
        store.addMessage(id, MessageKind.REQUESTER, user.email(), body, keep(attachment));
        request.afterRequesterMessage().ifPresent(status -> store.setStatus(id, status));
        events.publishEvent(
                new SupportEvents.RequesterReplied(SupportEvents.About.of(request), request.assignee(), body));
    }

    // The vendor's side

    @Transactional
    public void assign(UUID id, String admin) {
        var request = lock(id);
        store.assign(id, admin);
        request.afterAssignment().ifPresent(status -> {
            store.setStatus(id, status);
            events.publishEvent(new SupportEvents.StatusChanged(SupportEvents.About.of(request), status));
        });
        events.publishEvent(new SupportEvents.Changed(admin, id, request.number(), "assigned to " + admin));
    }

    @Transactional
    public void reply(UUID id, String admin, String body, Optional<Attachment> attachment) {
        var request = lock(id);
        store.addMessage(id, MessageKind.VENDOR_REPLY, admin, body, keep(attachment));
        events.publishEvent(new SupportEvents.Replied(SupportEvents.About.of(request), admin, body));
        events.publishEvent(new SupportEvents.Changed(admin, id, request.number(), "replied to the requester"));
    }

    @Transactional
    public void note(UUID id, String admin, String body) {
        var request = lock(id);
        store.addMessage(id, MessageKind.INTERNAL_NOTE, admin, body);
        events.publishEvent(new SupportEvents.Changed(admin, id, request.number(), "added an internal note"));
    }

    /** @throws SupportRequest.StatusNotSettableException for a status an admin does not set */
    @Transactional
    public void changeStatus(UUID id, String admin, Status status) {
        var request = lock(id);
        request.changedTo(status).ifPresent(next -> {
            store.setStatus(id, next);
            events.publishEvent(new SupportEvents.StatusChanged(SupportEvents.About.of(request), next));
            events.publishEvent(new SupportEvents.Changed(
                    admin, id, request.number(), "status " + request.status() + " → " + next));
        });
    }

    /**
     * R2.3 from a transfer request: the vendor admin records the release by the partner's current
     * distributor on its behalf; the release and the request point at each other in the audit trail.
     */
    @Transactional
    public void releaseOnBehalf(UUID id, PortalPrincipal admin, CompanyId company, DistributorId distributor) {
        var request = lock(id);
        if (request.category() != Category.DISTRIBUTOR_TRANSFER) {
            throw new NotFoundException();
        }
        var current = partners.currentAssociation(company)
                .filter(association -> association.distributorId().equals(distributor))
                .orElseThrow(NotFoundException::new);
        partners.release(
                admin, distributor.value(), company, "Transfer asked in support request " + request.reference());
        if (request.companyId() == null) {
            store.setCompany(id, company.value());
        }
        String outcome =
                current.companyName() + " released by " + current.distributorName() + " (recorded by the vendor)";
        store.addMessage(id, MessageKind.ACTION, admin.email(), outcome);
        events.publishEvent(new SupportEvents.Changed(admin.email(), id, request.number(), outcome));
    }

    /** An action taken elsewhere for this request, such as a seat granted (R5.5), joins its thread. */
    @Transactional
    public void recordAction(UUID id, String actor, String outcome) {
        store.find(id).ifPresent(request -> store.addMessage(id, MessageKind.ACTION, actor, outcome));
    }

    /** A file of this request's thread that the caller may see: internal notes' files only for the vendor. */
    public Optional<StoredFiles.StoredFile> attachment(SupportRequest request, UUID fileId, boolean vendor) {
        return store.thread(request.id()).stream()
                .filter(message -> fileId.equals(message.fileId()) && (vendor || !message.internal()))
                .findFirst()
                .flatMap(message -> files.find(fileId));
    }

    /** Keeps the attachment first, so that a refused file changes nothing. */
    private UUID keep(Optional<Attachment> attachment) {
        if (attachment.isEmpty()) {
            return null;
        }
        var file = attachment.get();
        var stored = files.store(
                file.originalName(),
                file.size(),
                file.content(),
                properties.maxAttachmentSize().toBytes());
        return stored.file()
                .map(StoredFiles.StoredFile::id)
                .orElseThrow(() -> new Attachment.Refused(stored.problem()));
    }

    private SupportRequest lock(UUID id) {
        return store.lock(id).orElseThrow(NotFoundException::new);
    }

    private SupportRequest lockOwned(PortalPrincipal user, UUID id) {
        return store.lock(id)
                .filter(request -> user.userId().equals(request.requesterAccountId()))
                .orElseThrow(NotFoundException::new);
    }

    private Optional<UUID> companyOf(EmailAddress email) {
        try {
            var companies = partners.companiesWithDomain(RegistrableDomain.of(email));
            return companies.size() == 1 ? Optional.of(companies.getFirst().id().value()) : Optional.empty();
        } catch (IllegalArgumentException noRegistrableDomain) {
            return Optional.empty();
        }
    }
}
