package vn.lienthong.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.Yaml;

/**
 * The provider's model as its configuration defines it, read without Spring: the units of
 * {@code lienthong-units.yml} (module contracts) and the defaults of {@code identity-provider.yml}.
 */
final class ConfiguredModel {

    private ConfiguredModel() {
    }

    static List<UnitRecord> units() {
        List<Map<String, Object>> units = path(yaml("lienthong-units.yml"), "lienthong", "units");
        return units.stream()
                .map(unit -> new UnitRecord(String.valueOf(unit.get("code")), String.valueOf(unit.get("name")),
                        String.valueOf(unit.get("province-code")), String.valueOf(unit.get("commune"))))
                .toList();
    }

    static List<String> citizens() {
        List<Object> citizens = path(identity(), "demo-citizens");
        return citizens.stream().map(String::valueOf).toList();
    }

    static DemoAccounts accounts() {
        return DemoAccounts.from(units(), citizens());
    }

    static String demoPassword() {
        return path(identity(), "demo-password");
    }

    static String clientSecret() {
        return path(identity(), "client-secret");
    }

    static Duration accessTokenTtl() {
        return DurationStyle.detectAndParse(path(identity(), "access-token-ttl"));
    }

    private static Map<String, Object> identity() {
        return path(yaml("identity-provider.yml"), "lienthong", "identity");
    }

    private static Map<String, Object> yaml(String resource) {
        try (InputStream in = ConfiguredModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T path(Map<String, Object> map, String... keys) {
        Object node = map;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
            if (node == null) {
                throw new IllegalStateException("no " + String.join(".", keys));
            }
        }
        return (T) node;
    }
}
