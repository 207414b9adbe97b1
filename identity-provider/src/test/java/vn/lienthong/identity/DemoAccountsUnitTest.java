package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAccountsUnitTest {

    private static final UnitRecord DUC_GIANG = new UnitRecord("000.26.45.H26", "UBND phường Đức Giang", "001", "Phường Đức Giang");
    private static final UnitRecord HOAN_KIEM = new UnitRecord("000.20.45.H26", "UBND phường Hoàn Kiếm", "001", "Phường Hoàn Kiếm");
    private static final UnitRecord NHA_TRANG = new UnitRecord("000.10.34.H34", "UBND phường Nha Trang", "056", "Phường Nha Trang");

    @Test
    void each_unit_has_a_desk_officer_and_a_commune_police_officer_named_after_its_code_in_lower_case() {
        DemoAccounts accounts = DemoAccounts.from(List.of(DUC_GIANG), List.of());

        assertThat(accounts.find("desk.000.26.45.h26")).contains(
                new DemoAccount("desk.000.26.45.h26", List.of(Role.DESK_OFFICER), "000.26.45.H26", "001"));
        assertThat(accounts.find("police.000.26.45.h26")).contains(
                new DemoAccount("police.000.26.45.h26", List.of(Role.POLICE_OFFICER), "000.26.45.H26", "001"));
    }

    @Test
    void a_unit_added_to_the_table_brings_its_desk_and_police_accounts() {
        List<UnitRecord> units = new ArrayList<>(List.of(DUC_GIANG, NHA_TRANG));
        assertThat(DemoAccounts.from(units, List.of()).find("desk.000.20.45.h26")).isEmpty();

        units.add(HOAN_KIEM);
        DemoAccounts accounts = DemoAccounts.from(units, List.of());

        assertThat(accounts.find("desk.000.20.45.h26")).get().extracting(DemoAccount::unit).isEqualTo("000.20.45.H26");
        assertThat(accounts.find("police.000.20.45.h26")).get().extracting(DemoAccount::roles)
                .isEqualTo(List.of(Role.POLICE_OFFICER));
    }

    @Test
    void each_province_of_the_units_has_one_insurance_officer_without_a_unit() {
        DemoAccounts accounts = DemoAccounts.from(List.of(DUC_GIANG, HOAN_KIEM, NHA_TRANG), List.of());

        assertThat(accounts.usernames()).filteredOn(name -> name.startsWith("bhxh.")).containsExactly("bhxh.001", "bhxh.056");
        assertThat(accounts.find("bhxh.056")).contains(
                new DemoAccount("bhxh.056", List.of(Role.INSURANCE_OFFICER), null, "056"));
    }

    @Test
    void the_operator_and_the_auditor_always_exist_and_belong_to_no_unit_or_province() {
        DemoAccounts accounts = DemoAccounts.from(List.of(), List.of());

        assertThat(accounts.all()).containsExactly(
                new DemoAccount("operator", List.of(Role.OPERATOR), null, null),
                new DemoAccount("auditor", List.of(Role.AUDITOR), null, null));
    }

    @Test
    void each_demo_citizen_signs_in_with_the_personal_id_number_and_lives_in_the_province_it_begins_with() {
        DemoAccounts accounts = DemoAccounts.from(List.of(), List.of("001092004512", "056190006721"));

        assertThat(accounts.find("001092004512")).contains(
                new DemoAccount("001092004512", List.of(Role.CITIZEN), null, "001"));
        assertThat(accounts.find("056190006721")).get().extracting(DemoAccount::province).isEqualTo("056");
    }

    @Test
    void a_citizen_whose_username_is_not_a_personal_id_number_is_refused() {
        assertThatThrownBy(() -> DemoAccounts.from(List.of(), List.of("12345")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12345");
    }

    @Test
    void usernames_are_matched_whatever_their_case() {
        DemoAccounts accounts = DemoAccounts.from(List.of(DUC_GIANG), List.of());

        assertThat(accounts.find("DESK.000.26.45.H26")).get().extracting(DemoAccount::username)
                .isEqualTo("desk.000.26.45.h26");
        assertThat(accounts.find(" Operator ")).isPresent();
    }

    @Test
    void the_configured_units_and_demo_household_give_every_account_of_the_design() {
        DemoAccounts accounts = ConfiguredModel.accounts();

        assertThat(accounts.usernames()).contains("desk.000.26.45.h26", "police.000.26.45.h26", "bhxh.001",
                "bhxh.056", "operator", "auditor", "001092004512", "056301003030");
        assertThat(accounts.all()).filteredOn(account -> account.roles().contains(Role.CITIZEN)).hasSize(7);
        assertThat(accounts.all()).filteredOn(account -> account.roles().contains(Role.DESK_OFFICER))
                .hasSize(ConfiguredModel.units().size());
    }
}
