package vn.lienthong.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every account of the local provider, derived by rule from the receiving units and the demo citizens
 * (DESIGN.md §6): {@code desk.<unit>} and {@code police.<unit>} per unit, {@code bhxh.<province>} per province
 * of the units, {@code operator}, {@code auditor}, and one citizen per personal ID number. Plain Java, so the
 * Keycloak realm agreement test builds the same model without Spring.
 */
public final class DemoAccounts {

    private final Map<String, DemoAccount> byUsername;

    private DemoAccounts(Map<String, DemoAccount> byUsername) {
        this.byUsername = Collections.unmodifiableMap(byUsername);
    }

    public static DemoAccounts from(List<UnitRecord> units, List<String> citizens) {
        Map<String, DemoAccount> accounts = new LinkedHashMap<>();
        Set<String> provinces = new LinkedHashSet<>();
        for (UnitRecord unit : units) {
            String code = unit.code().trim();
            String suffix = normalize(code);
            add(accounts, new DemoAccount("desk." + suffix, List.of(Role.DESK_OFFICER), code, unit.provinceCode()));
            add(accounts, new DemoAccount("police." + suffix, List.of(Role.POLICE_OFFICER), code, unit.provinceCode()));
            provinces.add(unit.provinceCode());
        }
        for (String province : provinces) {
            add(accounts, new DemoAccount("bhxh." + normalize(province), List.of(Role.INSURANCE_OFFICER), null,
                    province));
        }
        add(accounts, new DemoAccount("operator", List.of(Role.OPERATOR), null, null));
        add(accounts, new DemoAccount("auditor", List.of(Role.AUDITOR), null, null));
        for (String citizen : citizens) {
            String id = citizen.trim();
            if (!id.matches("\\d{12}")) {
                throw new IllegalArgumentException("a demo citizen's username is a 12-digit personal ID number: " + id);
            }
            add(accounts, new DemoAccount(id, List.of(Role.CITIZEN), null, id.substring(0, 3)));
        }
        return new DemoAccounts(accounts);
    }

    private static void add(Map<String, DemoAccount> accounts, DemoAccount account) {
        if (accounts.putIfAbsent(account.username(), account) != null) {
            throw new IllegalArgumentException("two demo accounts named " + account.username());
        }
    }

    /** Usernames are compared case-insensitively: a user may type {@code DESK.000.26.45.H26}. */
    public static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<DemoAccount> find(String username) {
        return Optional.ofNullable(byUsername.get(normalize(username)));
    }

    public List<DemoAccount> all() {
        return new ArrayList<>(byUsername.values());
    }

    public Set<String> usernames() {
        return byUsername.keySet();
    }
}
