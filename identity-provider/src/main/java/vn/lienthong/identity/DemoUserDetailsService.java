package vn.lienthong.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The demo accounts for the login form, all with the one encoded demo password. */
final class DemoUserDetailsService implements UserDetailsService {

    private final DemoAccounts accounts;
    private final String encodedPassword;

    DemoUserDetailsService(DemoAccounts accounts, String encodedPassword) {
        this.accounts = accounts;
        this.encodedPassword = encodedPassword;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DemoAccount account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        // A new object each time: Spring Security erases the password of the one it authenticated.
        return User.withUsername(account.username())
                .password(encodedPassword)
                .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
