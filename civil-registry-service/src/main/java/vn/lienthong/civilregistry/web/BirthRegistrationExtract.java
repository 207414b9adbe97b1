package vn.lienthong.civilregistry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.web.BirthRegistrationRequest.ChildData;
import vn.lienthong.civilregistry.web.BirthRegistrationRequest.DeclarantData;
import vn.lienthong.civilregistry.web.BirthRegistrationRequest.ParentData;

/**
 * The extract of a birth registration (trích lục khai sinh) as an officer reads it. {@code timeliness} is
 * ON_TIME or LATE; {@code fee} in VND; {@code dossierId}/{@code dossierCode} are null for a direct registration.
 */
record BirthRegistrationExtract(
        UUID registrationId,
        String certificateNumber,
        String unitCode,
        String provinceCode,
        LocalDate registrationDate,
        LocalDate receivedOn,
        String timeliness,
        boolean late,
        BigDecimal fee,
        String personalIdNumber,
        ChildData child,
        ParentData mother,
        @Nullable ParentData father,
        @Nullable DeclarantData declarant,
        @Nullable UUID dossierId,
        @Nullable String dossierCode) {

    static BirthRegistrationExtract of(BirthRegistration registration) {
        var declaration = registration.declaration();
        return new BirthRegistrationExtract(
                registration.registrationId().value(),
                registration.certificateNumber().toString(),
                registration.unitCode(),
                registration.provinceCode(),
                registration.registrationDate(),
                registration.receivedOn(),
                registration.timeliness().name(),
                registration.late(),
                registration.fee(),
                registration.personalIdNumber(),
                ChildData.of(declaration.requiredChild()),
                ParentData.ofRequired(declaration.requiredMother()),
                ParentData.of(declaration.father()),
                DeclarantData.of(declaration.declarant()),
                registration.dossierId() == null ? null : registration.dossierId().value(),
                registration.dossierCode());
    }
}
