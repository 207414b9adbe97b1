package vn.lienthong.delivery.domain.postage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.contracts.delivery.DeliveryMethod.POST;
import static vn.lienthong.delivery.domain.postage.PostageUnitTest.DEFAULT_RULES;
import static vn.lienthong.delivery.domain.postage.PostageUnitTest.TARIFF;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultDocument;

/**
 * DESIGN.md rule 9: the tariff's zone follows from where the parcel leaves (the receiving unit's province) and where
 * it goes (the destination's), not from the receiving unit alone.
 */
class RouteUnitTest {

    static final String HA_NOI = "001";
    static final String KHANH_HOA = "056";

    @Test
    void aParcelReceivedInHaNoiForAKhanhHoaAddressPaysTheOtherProvinceTariff() {
        Route route = Route.of(aCommandReceivedInHaNoiFor(KHANH_HOA, null), HA_NOI);

        assertThat(route).isEqualTo(new Route(HA_NOI, KHANH_HOA));
        Postage postage = Postage.assess(TARIFF, DEFAULT_RULES, POST, route, null);
        assertThat(postage.rate()).isEqualByComparingTo("22000");
        assertThat(postage.fee()).isEqualByComparingTo("22000");
    }

    @Test
    void aParcelForAnAddressInTheReceivingUnitsProvincePaysTheSameProvinceTariff() {
        Route route = Route.of(aCommandReceivedInHaNoiFor(HA_NOI, null), HA_NOI);

        assertThat(Postage.assess(TARIFF, DEFAULT_RULES, POST, route, null).fee()).isEqualByComparingTo("16500");
    }

    @Test
    void aSubsidyWaivesTheOtherProvinceTariffToo() {
        Route route = Route.of(aCommandReceivedInHaNoiFor(KHANH_HOA, "WAR_INVALID"), HA_NOI);

        Postage postage = Postage.assess(TARIFF, DEFAULT_RULES, POST, route, "WAR_INVALID");
        assertThat(postage.rate()).isEqualByComparingTo("22000");
        assertThat(postage.fee()).isZero();
        assertThat(postage.waivedBy()).isEqualTo("policy-beneficiaries-home-delivery");
    }

    @Test
    void aCommandSentBeforeDestinationsExistedGoesWithinTheReceivingUnitsProvince() {
        assertThat(Route.of(aCommandReceivedInHaNoiFor(null, null), HA_NOI)).isEqualTo(new Route(HA_NOI, HA_NOI));
        assertThat(Route.of(aCommandReceivedInHaNoiFor(" ", null), HA_NOI)).isEqualTo(new Route(HA_NOI, HA_NOI));
    }

    @Test
    void aUnitNotConfiguredHereLeavesFromTheProvinceTheCommandNamesForIt() {
        assertThat(Route.of(aCommandReceivedInHaNoiFor(KHANH_HOA, null), null))
                .isEqualTo(new Route(HA_NOI, KHANH_HOA));
    }

    private static DispatchResults aCommandReceivedInHaNoiFor(@Nullable String destinationProvince,
                                                             @Nullable String beneficiaryCategory) {
        return new DispatchResults(UUID.randomUUID(), "000.26.45.H26-250506-0001", "000.26.45.H26", HA_NOI,
                List.of(new ResultDocument("BIRTH_CERTIFICATE_EXTRACT", "123/2025")), POST, "Nguyễn Thị An",
                "Số 3 Trần Phú, Phường Nha Trang, Khánh Hòa", "0912345678",
                beneficiaryCategory == null ? null : new Beneficiary(beneficiaryCategory, "KH-12345"),
                destinationProvince, "Phường Nha Trang", "Số 3 Trần Phú");
    }
}
