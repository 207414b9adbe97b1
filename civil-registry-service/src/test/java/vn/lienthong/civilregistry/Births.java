package vn.lienthong.civilregistry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.testsupport.TestClock;

/** Births to register, in domain words. Every test uses its own mother, so tests never see each other's children. */
public final class Births {

    public static final String DUC_GIANG = "000.26.45.H26";

    private Births() {
    }

    public static String aMothersId() {
        return "0011" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    /** Letters that make a child's name unique to a test: names are letters only, so no UUID digits. */
    public static String aNameTag() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }

    /** Today in Viet Nam, as the service's clock has it while a test leaves the clock alone. */
    public static LocalDate today() {
        return LocalDate.now(TestClock.VIETNAM);
    }

    public static RegisterBirth registerBirth(UUID dossier, String childName, LocalDate bornOn, String mothersId) {
        return registerBirth(dossier, DUC_GIANG, childName, bornOn, mothersId);
    }

    public static RegisterBirth registerBirth(UUID dossier, String unitCode, String childName, LocalDate bornOn, String mothersId) {
        return registerBirth(dossier, unitCode, childName, bornOn, mothersId, Instant.now());
    }

    /** The command of a dossier the orchestrator received at {@code receivedAt}. */
    public static RegisterBirth registerBirth(UUID dossier, String unitCode, String childName, LocalDate bornOn,
                                              String mothersId, Instant receivedAt) {
        return new RegisterBirth(dossier, unitCode + "-" + dossier.toString().substring(0, 6), unitCode,
                new Child(childName, Sex.FEMALE, bornOn, "Bệnh viện Đức Giang", "Kinh", "VN"),
                new Parent("Trần Thị Bình", mothersId, LocalDate.of(1990, 5, 1)),
                new Parent("Nguyễn Văn Cường", "001090054321", LocalDate.of(1988, 2, 3)),
                new Declarant("Trần Thị Bình", mothersId, "MOTHER", "0912345678"),
                receivedAt);
    }
}
