package vn.lienthong.residence.domain.population;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.text.VietnameseText;

/** What a caller asks a personal ID number for: the birth as the civil registry recorded it. */
public record AllocationRequest(String provinceCode, String fullName, Sex sex, LocalDate dateOfBirth) {

    public AllocationRequest {
        fullName = VietnameseText.stored(fullName);
    }

    /**
     * Tells a replay from a different request under the same idempotency key: the same facts (the name ignoring
     * case and normalisation form) give the same fingerprint. A hash: the request is compared, not stored twice.
     */
    public String fingerprint() {
        String canonical = String.join("\u001f", provinceCode, VietnameseText.comparisonKey(fullName), sex.name(),
                dateOfBirth.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Person person(String personalIdNumber) {
        return new Person(personalIdNumber, fullName, sex, dateOfBirth, provinceCode);
    }
}
