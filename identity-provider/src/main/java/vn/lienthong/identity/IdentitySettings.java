package vn.lienthong.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lienthong.identity.*}: the issuer URL (its port 0 means "the port the server got"), the demo password
 * and client secret, the access tokens' lifetime, the demo citizens, and an optional file keeping the signing key.
 */
@ConfigurationProperties("lienthong.identity")
public record IdentitySettings(String issuer, String demoPassword, String clientSecret, Duration accessTokenTtl,
                               List<String> demoCitizens, @Nullable Path keyFile) {

    public IdentitySettings {
        demoCitizens = demoCitizens == null ? List.of() : List.copyOf(demoCitizens);
    }
}
