package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyUnitTest {

    @Test
    void without_a_key_file_each_start_generates_a_new_rsa_key() {
        RSAKey first = SigningKey.load(null);
        RSAKey second = SigningKey.load(null);

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.size()).isEqualTo(2048);
        assertThat(first.getKeyID()).isNotEqualTo(second.getKeyID());
    }

    @Test
    void a_key_file_is_written_on_the_first_start_and_read_on_the_next(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("keys/identity-provider-key.json");

        RSAKey written = SigningKey.load(file);
        RSAKey read = SigningKey.load(file);

        assertThat(Files.exists(file)).isTrue();
        assertThat(read.getKeyID()).isEqualTo(written.getKeyID());
        assertThat(read.toRSAPrivateKey().getEncoded()).isEqualTo(written.toRSAPrivateKey().getEncoded());
    }
}
