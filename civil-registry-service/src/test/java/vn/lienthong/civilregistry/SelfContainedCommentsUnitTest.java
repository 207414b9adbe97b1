package vn.lienthong.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Comments and settings point only to what a reader of the repository can open (the code, a published law),
 * never to a numbered agreement or a note kept somewhere else: say what the agreement is instead.
 */
class SelfContainedCommentsUnitTest {

    // Written so that this line does not match itself (nor a grep for the same words).
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\bagreement\\s+\\d|\\bTOOL[C]HAIN\\b");

    @Test
    void sourcesAndSettingsNameNoDocumentOutsideTheRepository() throws IOException {
        List<String> references;
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            references = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".yml"))
                    .flatMap(SelfContainedCommentsUnitTest::referencesIn)
                    .toList();
        }

        assertThat(references).isEmpty();
    }

    private static Stream<String> referencesIn(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return IntStream.range(0, lines.size()).filter(i -> ELSEWHERE.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
