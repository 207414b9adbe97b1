package vn.lienthong.healthinsurance.domain.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.healthinsurance.domain.facility.PrimaryCareFacilities.Choice;

class PrimaryCareFacilitiesUnitTest {

    static final Facility DUC_GIANG_HOSPITAL = new Facility("01901", "Bệnh viện Đa khoa Đức Giang", "001", null, FacilityKind.HOSPITAL, 1);
    static final Facility THANH_NHAN = new Facility("01902", "Bệnh viện Thanh Nhàn", "001", null, FacilityKind.HOSPITAL, 2);
    static final Facility DUC_GIANG_STATION = new Facility("01101", "Trạm Y tế phường Đức Giang", "001", "Phường Đức Giang",
            FacilityKind.COMMUNE_HEALTH_STATION, 10);
    static final Facility NHA_TRANG_STATION = new Facility("56101", "Trạm Y tế phường Nha Trang", "056", "Phường Nha Trang",
            FacilityKind.COMMUNE_HEALTH_STATION, 10);
    // Listed out of rank order on purpose: the choice must not depend on the list's order.
    static final List<Facility> HA_NOI = List.of(DUC_GIANG_STATION, THANH_NHAN, DUC_GIANG_HOSPITAL);

    @Test
    void takesTheFamilysChoiceWhenItServesTheChildsProvince() {
        assertThat(PrimaryCareFacilities.choose("01902", THANH_NHAN, "001", "Phường Đức Giang", HA_NOI))
                .isEqualTo(new Choice.Chosen(THANH_NHAN));
    }

    @Test
    void refusesAChosenCodeThatIsNotInTheCatalogue() {
        assertThat(PrimaryCareFacilities.choose("01999", null, "001", "Phường Đức Giang", HA_NOI))
                .isInstanceOfSatisfying(Choice.Impossible.class, impossible ->
                        assertThat(impossible.refusal().code()).isEqualTo("facility-unknown"));
    }

    @Test
    void refusesAChosenFacilityOfAnotherProvince() {
        assertThat(PrimaryCareFacilities.choose("56101", NHA_TRANG_STATION, "001", "Phường Đức Giang", HA_NOI))
                .isInstanceOfSatisfying(Choice.Impossible.class, impossible ->
                        assertThat(impossible.refusal().code()).isEqualTo("facility-outside-province"));
    }

    @Test
    void withNoChoiceTakesTheHealthStationOfTheChildsCommune() {
        assertThat(PrimaryCareFacilities.choose(null, null, "001", "Phường Đức Giang", HA_NOI))
                .isEqualTo(new Choice.Chosen(DUC_GIANG_STATION));
    }

    @Test
    void matchesTheCommuneIgnoringCaseSpacesAndNormalisationForm() {
        String decomposedLowerCase = Normalizer.normalize("  phường   đức giang ", Normalizer.Form.NFD);

        assertThat(PrimaryCareFacilities.choose(null, null, "001", decomposedLowerCase, HA_NOI))
                .isEqualTo(new Choice.Chosen(DUC_GIANG_STATION));
    }

    @Test
    void withNoStationForTheCommuneTakesTheFirstRankedFacilityOfTheProvince() {
        assertThat(PrimaryCareFacilities.choose(null, null, "001", "Phường Long Biên", HA_NOI))
                .isEqualTo(new Choice.Chosen(DUC_GIANG_HOSPITAL));
    }

    @Test
    void withTheCommuneUnknownTakesTheFirstRankedFacilityOfTheProvince() {
        assertThat(PrimaryCareFacilities.choose(null, null, "001", null, HA_NOI))
                .isEqualTo(new Choice.Chosen(DUC_GIANG_HOSPITAL));
    }

    @Test
    void neverTakesAStationOfTheSameCommuneNameInAnotherProvince() {
        List<Facility> listed = List.of(NHA_TRANG_STATION, DUC_GIANG_HOSPITAL);

        assertThat(PrimaryCareFacilities.choose(null, null, "001", "Phường Nha Trang", listed))
                .isEqualTo(new Choice.Chosen(DUC_GIANG_HOSPITAL));
    }

    @Test
    void refusesWhenTheCatalogueListsNothingInTheProvince() {
        assertThat(PrimaryCareFacilities.choose(null, null, "004", "Phường Thục Phán", List.of()))
                .isInstanceOfSatisfying(Choice.Impossible.class, impossible ->
                        assertThat(impossible.refusal().code()).isEqualTo("no-facility-in-province"));
    }
}
