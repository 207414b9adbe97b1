package vn.lienthong.civilregistry.birth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.civilregistry.BirthRegistered;

/**
 * A registered birth: a legal record, never changed or cancelled once made. {@code dossierId} is null for a
 * birth registered directly at the desk rather than in a linked dossier.
 */
public record BirthRegistration(
        UUID registrationId,
        @Nullable UUID dossierId,
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
        return new BirthRegistered(dossierId, registrationId, personalIdNumber, certificateNumber.toString(),
                registrationDate, late(), fee, provinceCode, declaration.requiredChild());
    }
}
