package vn.lienthong.civilregistry.application;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.civilregistry.clients.Allocation;
import vn.lienthong.civilregistry.clients.PersonalIdAllocator;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.BirthRules;
import vn.lienthong.civilregistry.domain.CertificateNumber;
import vn.lienthong.civilregistry.domain.Channel;
import vn.lienthong.civilregistry.domain.ChildIdentity;
import vn.lienthong.civilregistry.domain.FeeSchedule;
import vn.lienthong.civilregistry.domain.Refusals;
import vn.lienthong.civilregistry.domain.RegistrationId;
import vn.lienthong.civilregistry.domain.Timeliness;
import vn.lienthong.civilregistry.persistence.BirthRegistrations;
import vn.lienthong.civilregistry.persistence.CertificateBook;
import vn.lienthong.civilregistry.persistence.PendingRegistrations;
import vn.lienthong.civilregistry.persistence.PendingRegistrations.PendingRegistration;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancellationRefused;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.contracts.civilregistry.CivilRegistryEvent;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.observability.Correlation;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;

/**
 * The civil registry's use cases. A linked dossier's birth is accepted into the queue of births awaiting their
 * personal ID number (or refused) while the command is handled, and registered later, in one transaction with
 * its announcement, once the population registry has given the number; so no half-registered birth is ever
 * stored or announced, and the consumer never waits for the registry. A direct registration at the desk asks
 * the registry while the officer waits. Both take the same rules and the same certificate books.
 *
 * <p>The command handlers run in the transaction of the command and return the reply (the platform writes it to
 * the events topic); {@link #complete} runs in the worker's transaction, which sends its reply itself.
 */
@Service
public class BirthRegistrar {

    private static final Logger log = LoggerFactory.getLogger(BirthRegistrar.class);
    private static final TimeBasedEpochGenerator registrationIds = Generators.timeBasedEpochGenerator();

    private final Units units;
    private final Clock clock;
    private final FeeSchedule fees;
    private final BirthRegistrations registrations;
    private final PendingRegistrations pending;
    private final CertificateBook book;
    private final PersonalIdAllocator allocator;
    private final RegistrationMetrics metrics;
    private final PendingWakeUp wakeUp;
    private final TransactionTemplate transactions;

    BirthRegistrar(Units units, Clock clock, FeeSchedule fees, BirthRegistrations registrations,
                   PendingRegistrations pending, CertificateBook book,
                   PersonalIdAllocator allocator, RegistrationMetrics metrics, PendingWakeUp wakeUp,
                   TransactionTemplate transactions) {
        this.units = units;
        this.clock = clock;
        this.fees = fees;
        this.registrations = registrations;
        this.pending = pending;
        this.book = book;
        this.allocator = allocator;
        this.metrics = metrics;
        this.wakeUp = wakeUp;
        this.transactions = transactions;
    }

    /**
     * {@code RegisterBirth}: refused at once, or accepted into the queue (no reply yet: {@code BirthRegistered}
     * follows once the number is known). Once the step is decided the platform answers a repeated command with the
     * decision and never calls this again; while the birth waits in the queue a repeat changes nothing.
     */
    public Optional<CivilRegistryEvent> register(RegisterBirth command) {
        DossierId dossier = DossierId.of(command.dossierId());
        // The register is the record of what was decided: a registered birth is announced again.
        var registered = registrations.findByDossier(dossier);
        if (registered.isPresent()) {
            return Optional.of(registered.get().announcement());
        }
        if (pending.exists(dossier)) {
            return Optional.empty();
        }

        LocalDate receivedOn = command.receivedAt() == null ? today() : LocalDate.ofInstant(command.receivedAt(), clock.getZone());
        var declaration = new BirthDeclaration(command.unitCode(), command.child(), command.mother(), command.father(),
                command.declarant()).normalised();
        Optional<Unit> unit = units.find(declaration.unitCode());
        Optional<Refusal> refusal = BirthRules.refusalOf(declaration, receivedOn, Channel.LINKED_DOSSIER)
                .or(() -> unit.isEmpty() ? Optional.of(Refusals.unknownUnit(declaration.unitCode())) : Optional.empty())
                .or(() -> sameChild(ChildIdentity.of(declaration)));
        if (refusal.isPresent()) {
            metrics.refused(refusal.get().code(), Channel.LINKED_DOSSIER);
            log.info("Birth registration refused: {}", refusal.get().code());
            return Optional.of(new BirthRegistrationRefused(dossier.value(), refusal.get()));
        }
        pending.add(new PendingRegistration(dossier, command.dossierCode(), declaration.unitCode(),
                unit.orElseThrow().provinceCode(), receivedOn, declaration, ChildIdentity.of(declaration),
                "birth:" + dossier, 0, Correlation.outgoing().header()));
        wakeUp.afterCommit();
        log.info("Birth accepted; awaiting its personal ID number");
        return Optional.empty();
    }

    /**
     * {@code CancelBirthRegistration}: a birth still awaiting its number leaves the queue and is never
     * registered; a registered birth is a legal record and stays (the reply says so). A dossier this registry never
     * saw, or refused, is simply cancelled. Either way the platform then remembers the dossier as cancelled, so a
     * late {@code RegisterBirth} for it is never handled.
     */
    public Optional<CivilRegistryEvent> cancel(CancelBirthRegistration command) {
        DossierId dossier = DossierId.of(command.dossierId());
        // Waits while the worker is calling the registry for this birth, so the answer reflects what it did.
        boolean wasPending = pending.remove(dossier);
        if (!wasPending) {
            var registered = registrations.findByDossier(dossier);
            if (registered.isPresent()) {
                metrics.cancellation("refused");
                return Optional.of(new BirthRegistrationCancellationRefused(dossier.value(),
                        Refusals.registrationIsLegalRecord(registered.get().certificateNumber())));
            }
        }
        metrics.cancellation("cancelled");
        log.info("Birth registration cancelled{}", wasPending ? " before its personal ID number came" : "; nothing was pending");
        return Optional.of(new BirthRegistrationCancelled(dossier.value()));
    }

    /**
     * Finishes a queued birth whose call to the population registry has been answered (allocated or rejected);
     * runs in the worker's transaction, which holds the birth's queue row.
     */
    CivilRegistryEvent complete(PendingRegistration birth, Allocation allocation) {
        DossierId dossier = birth.dossierId();
        Optional<Refusal> refusal = switch (allocation) {
            case Allocation.Rejected rejected -> Optional.of(Refusals.populationRegistryRefused(rejected.status()));
            // A direct registration at the desk may have registered the child meanwhile.
            case Allocation.Allocated allocated -> registrations.findByChild(birth.childIdentity())
                    .map(existing -> Refusals.duplicate(existing.certificateNumber(), existing.unitCode()));
            case Allocation.Unavailable unavailable -> throw new IllegalArgumentException("nothing to complete yet");
        };
        pending.remove(dossier);
        if (refusal.isPresent() && allocation instanceof Allocation.Allocated) {
            log.warn("The child was registered at the desk while this dossier awaited its number; "
                    + "the number allocated for key {} stays unused", birth.allocationKey());
        }
        if (refusal.isPresent()) {
            metrics.refused(refusal.get().code(), Channel.LINKED_DOSSIER);
            log.info("Birth registration refused: {}", refusal.get().code());
            return new BirthRegistrationRefused(dossier.value(), refusal.get());
        }
        var allocated = (Allocation.Allocated) allocation;
        BirthRegistration registration = record(newRegistrationId(), dossier, birth.dossierCode(),
                birth.unitCode(), birth.provinceCode(), birth.receivedOn(), allocated.personalIdNumber(),
                birth.declaration(), Channel.LINKED_DOSSIER);
        return registration.announcement();
    }

    /**
     * Registers a birth declared at the desk: the same rules as a linked dossier (except the age limit, which
     * belongs to the linked procedure) and the same certificate books. The personal ID number is asked for
     * before anything is stored, so when the registry is away nothing is. With an {@code idempotencyKey} a
     * repeated request reaches the same registration, and a repeated call the same personal ID number.
     */
    public DirectRegistrationOutcome registerDirectly(BirthDeclaration declared, @Nullable String idempotencyKey) {
        var declaration = declared.normalised();
        LocalDate today = today();
        RegistrationId registrationId = idempotencyKey == null
                ? newRegistrationId()
                : new RegistrationId(UUID.nameUUIDFromBytes(
                        ("direct:" + declaration.unitCode() + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)));
        Optional<Refusal> refusal = BirthRules.refusalOf(declaration, today, Channel.DIRECT);
        if (refusal.isEmpty() && idempotencyKey != null) {
            var earlier = registrations.find(registrationId);
            if (earlier.isPresent()) {
                return sameChild(earlier.get(), declaration)
                        ? new DirectRegistrationOutcome.Registered(earlier.get(), false)
                        : new DirectRegistrationOutcome.KeyReused();
            }
        }
        Optional<Unit> unit = units.find(declaration.unitCode());
        refusal = refusal
                .or(() -> unit.isEmpty() ? Optional.of(Refusals.unknownUnit(declaration.unitCode())) : Optional.empty())
                .or(() -> sameChild(ChildIdentity.of(declaration)));
        if (refusal.isPresent()) {
            metrics.refused(refusal.get().code(), Channel.DIRECT);
            return new DirectRegistrationOutcome.Refused(refusal.get());
        }
        String provinceCode = unit.orElseThrow().provinceCode();
        var child = declaration.requiredChild();
        Allocation allocation = allocator.allocate("birth-direct:" + registrationId, provinceCode, child.fullName(),
                child.sex(), child.dateOfBirth());
        return switch (allocation) {
            case Allocation.Unavailable unavailable -> new DirectRegistrationOutcome.RegistryUnavailable();
            case Allocation.Rejected rejected -> {
                Refusal rejection = Refusals.populationRegistryRefused(rejected.status());
                metrics.refused(rejection.code(), Channel.DIRECT);
                yield new DirectRegistrationOutcome.Refused(rejection);
            }
            case Allocation.Allocated allocated -> store(registrationId, provinceCode, today, allocated, declaration, idempotencyKey);
        };
    }

    public Optional<BirthRegistration> find(RegistrationId registrationId) {
        return registrations.find(registrationId);
    }

    public Optional<BirthRegistration> findByCertificate(String unitCode, CertificateNumber certificate) {
        return registrations.findByCertificate(unitCode, certificate);
    }

    private DirectRegistrationOutcome store(RegistrationId registrationId, String provinceCode, LocalDate today,
                                            Allocation.Allocated allocated, BirthDeclaration declaration,
                                            @Nullable String idempotencyKey) {
        try {
            BirthRegistration registration = transactions.execute(status -> record(registrationId, null, null,
                    declaration.unitCode(), provinceCode, today, allocated.personalIdNumber(), declaration, Channel.DIRECT));
            return new DirectRegistrationOutcome.Registered(registration, true);
        } catch (DuplicateKeyException e) {
            // A concurrent request won the race: the same request again, or the same child (rolled back, so
            // neither a certificate number nor anything else was used).
            if (idempotencyKey != null) {
                var earlier = registrations.find(registrationId);
                if (earlier.isPresent()) {
                    return sameChild(earlier.get(), declaration)
                            ? new DirectRegistrationOutcome.Registered(earlier.get(), false)
                            : new DirectRegistrationOutcome.KeyReused();
                }
            }
            var refusal = sameChild(ChildIdentity.of(declaration));
            if (refusal.isPresent()) {
                metrics.refused(refusal.get().code(), Channel.DIRECT);
                return new DirectRegistrationOutcome.Refused(refusal.get());
            }
            throw e;
        }
    }

    private BirthRegistration record(RegistrationId registrationId, @Nullable DossierId dossierId, @Nullable String dossierCode,
                                     String unitCode, String provinceCode, LocalDate receivedOn, String personalIdNumber,
                                     BirthDeclaration declaration, Channel channel) {
        LocalDate registrationDate = today();
        // Judged on the day the family declared the birth, not the day the registry answered: an outage of the
        // population registry never makes a family late.
        Timeliness timeliness = BirthRules.timeliness(declaration.requiredChild().dateOfBirth(), receivedOn);
        CertificateNumber certificate = book.next(unitCode, registrationDate.getYear());
        var registration = new BirthRegistration(registrationId, dossierId, dossierCode, unitCode, provinceCode,
                certificate, registrationDate, receivedOn, timeliness, fees.fee(timeliness, provinceCode),
                personalIdNumber, declaration);
        registrations.insert(registration);
        metrics.registered(timeliness, channel);
        log.info("Birth registered: registration {}, {} of unit {}, {}", registrationId, certificate, unitCode, timeliness);
        return registration;
    }

    /** The refusal when this child is already registered, or already on its way to be. */
    private Optional<Refusal> sameChild(String childIdentity) {
        var existing = registrations.findByChild(childIdentity);
        if (existing.isPresent()) {
            return Optional.of(Refusals.duplicate(existing.get().certificateNumber(), existing.get().unitCode()));
        }
        return pending.existsForChild(childIdentity) ? Optional.of(Refusals.duplicateInProgress()) : Optional.empty();
    }

    private static boolean sameChild(BirthRegistration registration, BirthDeclaration declaration) {
        return ChildIdentity.of(registration.declaration()).equals(ChildIdentity.of(declaration));
    }

    private static RegistrationId newRegistrationId() {
        return new RegistrationId(registrationIds.generate());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
