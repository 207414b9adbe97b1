package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.identity.IdentityProviderApplication.ProviderAutoConfigurations;

class ProviderAutoConfigurationsUnitTest {

    @Test
    void the_provider_keeps_spring_boots_web_security_and_authorization_server_auto_configurations() {
        assertThat(ProviderAutoConfigurations.wanted(
                "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"))
                .isTrue();
        assertThat(ProviderAutoConfigurations.wanted(
                "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")).isTrue();
    }

    @Test
    void the_provider_leaves_out_data_access_messaging_and_other_modules_auto_configurations() {
        assertThat(ProviderAutoConfigurations.wanted("org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"))
                .isFalse();
        assertThat(ProviderAutoConfigurations.wanted("org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"))
                .isFalse();
        assertThat(ProviderAutoConfigurations.wanted("org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"))
                .isFalse();
        assertThat(ProviderAutoConfigurations.wanted("vn.lienthong.platform.security.ResourceServerAutoConfiguration"))
                .isFalse();
    }
}
