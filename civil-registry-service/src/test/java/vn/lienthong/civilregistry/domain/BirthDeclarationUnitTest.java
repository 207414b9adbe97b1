package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.domain.Declarations.aDeclaration;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Parent;

class BirthDeclarationUnitTest {

    @Test
    void normalisesEveryNameToNfc() {
        String nfd = Normalizer.normalize("Lê Thị Hồng Nhung", Normalizer.Form.NFD);
        var declaration = new BirthDeclaration(Declarations.DUC_GIANG,
                new Child(nfd, vn.lienthong.contracts.Sex.FEMALE, LocalDate.of(2025, 3, 15), nfd, "Kinh", "VN"),
                new Parent(" " + nfd + " ", Declarations.MOTHER_ID, null), null, null).normalised();

        String nfc = Normalizer.normalize("Lê Thị Hồng Nhung", Normalizer.Form.NFC);
        assertThat(declaration.requiredChild().fullName()).isEqualTo(nfc);
        assertThat(declaration.requiredChild().placeOfBirth()).isEqualTo(nfc);
        assertThat(declaration.requiredMother().fullName()).isEqualTo(nfc);
    }

    @Test
    void aCompleteDeclarationHasNoProblems() {
        assertThat(aDeclaration("Nguyễn Thị An", LocalDate.of(2025, 3, 15)).missingOrMalformed()).isEmpty();
    }

    @Test
    void namesEveryMissingOrMalformedPart() {
        var declaration = new BirthDeclaration(" ", new Child(" ", null, null, null, null, null),
                new Parent("Trần Thị Bình", "12ab", null), new Parent("Nguyễn Văn C", "123", null), null);

        assertThat(declaration.missingOrMalformed()).containsExactly("unitCode", "child.fullName", "child.sex",
                "child.dateOfBirth", "mother.personalIdNumber", "father.personalIdNumber");
    }

    @Test
    void aDeclarationWithoutChildOrMotherSaysSo() {
        assertThat(new BirthDeclaration("000.26.45.H26", null, null, null, null).missingOrMalformed())
                .containsExactly("child", "mother");
    }
}
