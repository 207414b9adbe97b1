package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.Sex;

/** Declarations in domain words, for tests. */
public final class Declarations {

    public static final String DUC_GIANG = "000.26.45.H26";
    public static final String MOTHER_ID = "001190012345";

    private Declarations() {
    }

    public static BirthDeclaration aDeclaration(String childName, LocalDate bornOn) {
        return aDeclaration(childName, bornOn, MOTHER_ID);
    }

    public static BirthDeclaration aDeclaration(String childName, LocalDate bornOn, String motherId) {
        return new BirthDeclaration(DUC_GIANG,
                new Child(childName, Sex.FEMALE, bornOn, "Bệnh viện Đức Giang", "Kinh", "VN"),
                new Parent("Trần Thị Bình", motherId, LocalDate.of(1990, 5, 1)),
                new Parent("Nguyễn Văn Cường", "001090054321", LocalDate.of(1988, 2, 3)),
                new Declarant("Trần Thị Bình", motherId, "MOTHER", "0912345678"));
    }
}
