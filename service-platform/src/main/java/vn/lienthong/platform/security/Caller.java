package vn.lienthong.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The person or machine behind a request, as its access token says: username, roles, the unit and province it
 * works for (officers), and the client it came through. A controller declares a {@code Caller} parameter to get it;
 * domain code receives what it needs of it as plain values (e.g. the deciding officer's username).
 */
public record Caller(String username, Set<Role> roles, @Nullable String unitCode, @Nullable String provinceCode,
                     @Nullable String clientId) {

    public static final String ANONYMOUS = "anonymous";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        if (username == null || username.isBlank()) {
            username = jwt.getSubject() == null ? ANONYMOUS : jwt.getSubject();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = jwt.getClaimAsStringList("roles");
        if (names != null) {
            for (String name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return new Caller(username, roles, jwt.getClaimAsString("unit"), jwt.getClaimAsString("province"),
                jwt.getClaimAsString("azp"));
    }

    /** The caller of the current request, if a valid token came with it. */
    public static @Nullable Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? of(token.getToken()) : null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this caller works for the unit (the desk or commune police of that unit). */
    public boolean worksFor(@Nullable String unit) {
        return unit != null && unitCode != null && unitCode.equalsIgnoreCase(unit);
    }

    /** Whether this caller works for the province (a social-insurance officer of that province). */
    public boolean worksInProvince(@Nullable String province) {
        return province != null && province.equals(provinceCode);
    }
}
