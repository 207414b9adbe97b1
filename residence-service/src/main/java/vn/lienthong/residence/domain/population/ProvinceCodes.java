package vn.lienthong.residence.domain.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lienthong.platform.text.VietnameseText;

/**
 * The province codes of Circular 07/2016/TT-BCA, the first three digits of every personal ID number. The list has
 * gaps (there is no 003), so it is data ({@code population/province-codes.txt}), never a range check.
 */
public final class ProvinceCodes {

    private static final String RESOURCE = "/population/province-codes.txt";
    private static final Pattern LINE = Pattern.compile("(\\d{3}) (\\S.*)");

    private final Map<String, String> namesByCode;

    private ProvinceCodes(Map<String, String> namesByCode) {
        this.namesByCode = Map.copyOf(namesByCode);
    }

    /** The list shipped with the service. */
    public static ProvinceCodes circular07() {
        try (InputStream in = ProvinceCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Lines {@code <3-digit code> <name>}; blank lines and {@code #} comments are skipped. */
    public static ProvinceCodes parse(String content) {
        Map<String, String> names = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new StringReader(content))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                var matcher = LINE.matcher(text);
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("Province codes: cannot read '" + text + "'");
                }
                if (names.put(matcher.group(1), VietnameseText.stored(matcher.group(2))) != null) {
                    throw new IllegalArgumentException("Province codes: " + matcher.group(1) + " listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProvinceCodes(names);
    }

    public boolean isKnown(String code) {
        return namesByCode.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(namesByCode.get(code));
    }

    public int size() {
        return namesByCode.size();
    }
}
