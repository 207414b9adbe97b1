package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.domain.Declarations.aDeclaration;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildIdentityUnitTest {

    private static final LocalDate BORN = LocalDate.of(2025, 3, 15);

    @Test
    void theSameChildDeclaredInDecomposedFormIsTheSameChild() {
        var composed = aDeclaration(Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFC), BORN);
        var decomposed = aDeclaration(Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD), BORN);

        assertThat(ChildIdentity.of(decomposed)).isEqualTo(ChildIdentity.of(composed));
    }

    @Test
    void theSameChildDeclaredInAnotherCaseIsTheSameChild() {
        assertThat(ChildIdentity.of(aDeclaration("NGUYỄN THỊ ÁNH", BORN)))
                .isEqualTo(ChildIdentity.of(aDeclaration("nguyễn thị ánh", BORN)));
    }

    @Test
    void anotherMotherOrBirthDateOrNameIsAnotherChild() {
        String child = ChildIdentity.of(aDeclaration("Nguyễn Thị Ánh", BORN));

        assertThat(ChildIdentity.of(aDeclaration("Nguyễn Thị Ánh", BORN, "001190099999"))).isNotEqualTo(child);
        assertThat(ChildIdentity.of(aDeclaration("Nguyễn Thị Ánh", BORN.plusDays(1)))).isNotEqualTo(child);
        assertThat(ChildIdentity.of(aDeclaration("Nguyễn Thị Ánh Hồng", BORN))).isNotEqualTo(child);
    }
}
