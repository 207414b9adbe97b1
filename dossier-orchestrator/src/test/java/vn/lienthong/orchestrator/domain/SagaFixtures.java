package vn.lienthong.orchestrator.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.orchestrator.domain.birth.BirthGroup;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;

/** Dossiers and agency replies in domain words, for saga tests that need no broker. */
final class SagaFixtures {

    static final Instant RECEIVED = Instant.parse("2025-03-17T02:00:00Z"); // Monday 09:00 in Hà Nội
    static final LocalDate DUE = LocalDate.parse("2025-03-20");
    static final WorkingCalendar CALENDAR = WorkingCalendar.parse(java.util.Map.of(2025,
            "2025-04-30..2025-05-04 off Reunification Day, International Workers' Day"));
    static final SagaEngine ENGINE = new SagaEngine(List.of(BirthGroup.table()), CALENDAR, 7);

    private SagaFixtures() {
    }

    static Saga aDossierRequesting(Procedure... procedures) {
        Set<Procedure> requested = EnumSet.of(Procedure.BIRTH_REGISTRATION, procedures);
        Application application = new Application("000.26.45.H26", "001", Regime.ELECTRONIC, requested,
                new Child("Nguyễn Thị An", Sex.FEMALE, LocalDate.parse("2025-03-10"), "Bệnh viện Đức Giang",
                        "Kinh", "VN"),
                new Parent("Trần Thị Bình", "001190000001", LocalDate.parse("1990-05-01")), null,
                new Declarant("Trần Thị Bình", "001190000001", "MOTHER", "0912345678"),
                requested.contains(Procedure.PERMANENT_RESIDENCE)
                        ? new Application.ResidenceRequest("HN-0001", "CHILD", "001") : null,
                null,
                new Application.DeliveryRequest(DeliveryMethod.POST, "Trần Thị Bình", "12 Ngõ 1, Đức Giang",
                        "0912345678", null, null, null, null));
        List<Step> steps = BirthGroup.table().steps().stream()
                .filter(definition -> application.requests(definition.procedure()))
                .map(definition -> Step.waiting(definition.procedure(), DUE)).toList();
        return new Saga(DossierId.of(UUID.randomUUID()), new DossierCode("000.26.45.H26-250317-0001"),
                BirthGroup.NAME, application, DossierStatus.RECEIVED, steps, Results.NONE, RECEIVED, DUE, false, null,
                null, null);
    }

    static Saga aFullDossierStarted() {
        return ENGINE.start(aDossierRequesting(Procedure.PERMANENT_RESIDENCE, Procedure.HEALTH_INSURANCE_CARD),
                RECEIVED).saga();
    }

    /** The dossier's ID as the messages carry it. */
    static UUID id(Saga saga) {
        return saga.dossierId().value();
    }

    static BirthRegistered birthRegistered(Saga saga) {
        return new BirthRegistered(id(saga), UUID.randomUUID(), "001325000123", "Số 1, quyển số 2025",
                LocalDate.parse("2025-03-17"), false, BigDecimal.ZERO, "001", saga.application().child());
    }

    static ResidenceRegistered residenceRegistered(Saga saga) {
        return new ResidenceRegistered(id(saga), "HN-0001", "12 Ngõ 1, Phường Đức Giang, Hà Nội", "001",
                "Phường Đức Giang", LocalDate.parse("2025-03-17"));
    }

    static HealthInsuranceCardIssued cardIssued(Saga saga) {
        return new HealthInsuranceCardIssued(id(saga), "001325000123", "TE1", LocalDate.parse("2025-03-10"),
                LocalDate.parse("2031-09-30"), "01001");
    }

    static ResultsDispatched dispatched(Saga saga) {
        return new ResultsDispatched(id(saga), "RR000000015VN", DeliveryMethod.POST, BigDecimal.ZERO,
                null);
    }

    static ResultsDelivered delivered(Saga saga) {
        return new ResultsDelivered(id(saga), "RR000000015VN", Instant.parse("2025-03-19T03:00:00Z"));
    }

    static Refusal refusal(String code) {
        return new Refusal(code, "refused for the test");
    }
}
