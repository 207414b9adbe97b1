package vn.lienthong.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.orchestrator.domain.Procedure.BIRTH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.Procedure.HEALTH_INSURANCE_CARD;
import static vn.lienthong.orchestrator.domain.Procedure.PERMANENT_RESIDENCE;
import static vn.lienthong.orchestrator.domain.Procedure.RESULTS_DELIVERY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.calendar.WorkingCalendar;

class ServiceLevelsUnitTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.parse(Map.of(2025, """
            2025-01-25..2025-02-02 off Tết
            2025-04-26 working make-up
            2025-04-30..2025-05-04 off Reunification
            """));

    private final ServiceLevels levels = new ServiceLevels(Regime.ELECTRONIC, Map.of(
            Regime.ELECTRONIC, new ServiceLevels.Table(
                    Map.of(BIRTH_REGISTRATION, 0, PERMANENT_RESIDENCE, 2, HEALTH_INSURANCE_CARD, 2),
                    List.of(new ServiceLevels.DossierLevel(EnumSet.of(BIRTH_REGISTRATION), 1),
                            new ServiceLevels.DossierLevel(
                                    EnumSet.of(BIRTH_REGISTRATION, PERMANENT_RESIDENCE, HEALTH_INSURANCE_CARD), 3))),
            Regime.PAPER, new ServiceLevels.Table(Map.of(BIRTH_REGISTRATION, 3),
                    List.of(new ServiceLevels.DossierLevel(EnumSet.of(BIRTH_REGISTRATION, HEALTH_INSURANCE_CARD), 15),
                            new ServiceLevels.DossierLevel(
                                    EnumSet.of(BIRTH_REGISTRATION, PERMANENT_RESIDENCE, HEALTH_INSURANCE_CARD), 20)))));

    private static Instant hanoi(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    @Test
    void aFullElectronicDossierReceivedBeforeTetIsDueThreeWorkingDaysAfterIt() {
        ServiceLevels.Appointment appointment = levels.appointment(Regime.ELECTRONIC,
                EnumSet.of(BIRTH_REGISTRATION, PERMANENT_RESIDENCE, HEALTH_INSURANCE_CARD),
                hanoi("2025-01-24T10:00"), CALENDAR);
        assertThat(appointment.dossier().date()).isEqualTo(LocalDate.parse("2025-02-05"));
        assertThat(appointment.steps()).containsEntry(BIRTH_REGISTRATION, LocalDate.parse("2025-01-24"))
                .containsEntry(HEALTH_INSURANCE_CARD, LocalDate.parse("2025-02-04"))
                .containsEntry(RESULTS_DELIVERY, LocalDate.parse("2025-02-05"));
    }

    @Test
    void afterTheCutOffTheBirthIsDueTheNextWorkingDay() {
        ServiceLevels.Appointment appointment = levels.appointment(Regime.ELECTRONIC,
                EnumSet.of(BIRTH_REGISTRATION, PERMANENT_RESIDENCE, HEALTH_INSURANCE_CARD),
                hanoi("2025-01-24T16:00"), CALENDAR);
        assertThat(appointment.steps().get(BIRTH_REGISTRATION)).isEqualTo(LocalDate.parse("2025-02-03"));
        assertThat(appointment.dossier().date()).isEqualTo(LocalDate.parse("2025-02-06"));
    }

    @Test
    void thePaperRegimeGivesFifteenWorkingDaysForBirthAndCard() {
        ServiceLevels.Appointment appointment = levels.appointment(Regime.PAPER,
                EnumSet.of(BIRTH_REGISTRATION, HEALTH_INSURANCE_CARD), hanoi("2025-03-03T09:00"), CALENDAR);
        assertThat(appointment.dossier().date()).isEqualTo(LocalDate.parse("2025-03-24"));
        assertThat(appointment.steps()).doesNotContainKey(PERMANENT_RESIDENCE);
    }

    @Test
    void aSetNotListedTakesTheLongestLevelNeverAShorterOne() {
        ServiceLevels.Appointment appointment = levels.appointment(Regime.ELECTRONIC,
                EnumSet.of(BIRTH_REGISTRATION, HEALTH_INSURANCE_CARD), hanoi("2025-03-03T09:00"), CALENDAR);
        assertThat(appointment.dossier().date()).isEqualTo(LocalDate.parse("2025-03-06"));
    }

    @Test
    void beyondThePublishedYearsTheAppointmentIsProvisional() {
        assertThat(levels.appointment(Regime.ELECTRONIC, EnumSet.of(BIRTH_REGISTRATION), hanoi("2026-06-01T09:00"),
                CALENDAR).dossier().provisional()).isTrue();
        assertThat(levels.appointment(Regime.ELECTRONIC, EnumSet.of(BIRTH_REGISTRATION), hanoi("2025-06-02T09:00"),
                CALENDAR).dossier().provisional()).isFalse();
    }
}
