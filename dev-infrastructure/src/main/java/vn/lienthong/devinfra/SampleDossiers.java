package vn.lienthong.devinfra;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies of the pinned {@code POST /api/v1/dossiers} in the desk's words, as mutable JSON maps so a test
 * can change or remove a field. Used by integration tests, system tests and the local stack's demo.
 */
public final class SampleDossiers {

    private SampleDossiers() {
    }

    /**
     * A 3-in-1 dossier for a girl, declared by her mother, who lives in {@code householdNumber}; results by post.
     */
    public static Map<String, Object> threeInOne(String unitCode, String householdNumber, String motherPersonalId,
                                                 String childName, LocalDate born) {
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put("unitCode", unitCode);
        dossier.put("procedures", new ArrayList<>(List.of("BIRTH_REGISTRATION", "PERMANENT_RESIDENCE",
                "HEALTH_INSURANCE_CARD")));
        dossier.put("child", map("fullName", childName, "sex", "FEMALE", "dateOfBirth", born.toString(),
                "placeOfBirth", "Bệnh viện Đa khoa Đức Giang", "ethnicity", "Kinh", "nationality", "VN"));
        dossier.put("mother", map("fullName", "Trần Thị Bình", "personalIdNumber", motherPersonalId,
                "dateOfBirth", "1994-05-12"));
        dossier.put("declarant", map("fullName", "Trần Thị Bình", "personalIdNumber", motherPersonalId,
                "relationship", "MOTHER", "phone", "0912345678"));
        dossier.put("residence", map("householdNumber", householdNumber, "relationshipToHead", "CHILD"));
        dossier.put("healthInsurance", map());
        dossier.put("delivery", map("method", "POST", "recipientName", "Trần Thị Bình",
                "address", "Số 12 ngõ 5 phố Đức Giang, Phường Đức Giang, Hà Nội", "phone", "0912345678"));
        return dossier;
    }

    /** A household (pinned {@code POST /api/v1/households}) whose head is the mother of the sample dossiers. */
    public static Map<String, Object> household(String provinceCode, String commune, String motherPersonalId) {
        return map("address", map("provinceCode", provinceCode, "commune", commune, "street", "Số 12 ngõ 5 phố Đức Giang"),
                "members", new ArrayList<>(List.of(map("fullName", "Trần Thị Bình", "personalIdNumber",
                        motherPersonalId, "dateOfBirth", "1994-05-12", "sex", "FEMALE", "relationshipToHead", "HEAD"))));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> dossier, String name) {
        return (Map<String, Object>) dossier.get(name);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
