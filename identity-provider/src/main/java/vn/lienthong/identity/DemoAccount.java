package vn.lienthong.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person who may sign in: username (lower case), roles, and the unit and province the person works for or
 * lives in (claims {@code unit} and {@code province}; absent when null).
 */
public record DemoAccount(String username, List<Role> roles, @Nullable String unit, @Nullable String province) {

    public DemoAccount {
        roles = List.copyOf(roles);
    }
}
