package vn.lienthong.civilregistry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.platform.domain.DossierId;

/**
 * A registered birth: a legal record, never changed or cancelled once made. {@code dossierId} is null for a
 * birth registered directly at the desk rather than in a linked dossier.
 */
public record BirthRegistration(
        RegistrationId registrationId,
        @Nullable DossierId dossierId,
        @Nullable String dossierCode,
        String unitCode,
        String provinceCode,
        CertificateNumber certificateNumber,
        LocalDate registrationDate,
        LocalDate receivedOn,
        Timeliness timeliness,
        BigDecimal fee,
        String personalIdNumber,
        BirthDeclaration declaration) {

    public boolean late() {
        return timeliness == Timeliness.LATE;
    }

    /** The reply to the linked dossier that asked for this registration. */
    public BirthRegistered announcement() {
        if (dossierId == null) {
            throw new IllegalStateException("a direct registration belongs to no dossier");
        }
        return new BirthRegistered(dossierId.value(), registrationId.value(), personalIdNumber, certificateNumber.toString(),
                registrationDate, late(), fee, provinceCode, declaration.requiredChild());
    }
}
