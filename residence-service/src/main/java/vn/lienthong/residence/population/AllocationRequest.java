package vn.lienthong.residence.population;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.text.VietnameseText;

/** What a caller asks a personal ID number for: the birth as the civil registry recorded it. */
record AllocationRequest(String provinceCode, String fullName, Sex sex, LocalDate dateOfBirth) {

    AllocationRequest {
        fullName = VietnameseText.stored(fullName);
    }

    /**
     * Tells a replay from a different request under the same idempotency key: the same facts (the name ignoring
     * case and normalisation form) give the same fingerprint. A hash: the request is compared, not stored twice.
     */
    String fingerprint() {
        String canonical = String.join("\u001f", provinceCode, VietnameseText.comparisonKey(fullName), sex.name(),
                dateOfBirth.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    Person person(String personalIdNumber) {
        return new Person(personalIdNumber, fullName, sex, dateOfBirth, provinceCode);
    }
}
