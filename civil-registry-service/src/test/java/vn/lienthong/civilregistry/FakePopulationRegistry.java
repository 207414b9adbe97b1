package vn.lienthong.civilregistry;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for residence-service's population registry (agreement 1): a number per idempotency key, 201 the
 * first time and 200 with the same number after; the number follows rule 1 (province, century/sex, year) with
 * a serial instead of random digits, so it is unique within a test run.
 */
public final class FakePopulationRegistry implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-population-registry";

    private static final Pattern PROVINCE = Pattern.compile("\"provinceCode\"\\s*:\\s*\"(\\d{3})\"");
    private static final Pattern SEX = Pattern.compile("\"sex\"\\s*:\\s*\"(MALE|FEMALE)\"");
    private static final Pattern BORN = Pattern.compile("\"dateOfBirth\"\\s*:\\s*\"(\\d{4})-\\d{2}-\\d{2}\"");

    private final Map<String, String> numbersByKey = new ConcurrentHashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        var request = serveEvent.getRequest();
        String key = request.getHeader("Idempotency-Key");
        String body = request.getBodyAsString();
        Matcher province = PROVINCE.matcher(body);
        Matcher sex = SEX.matcher(body);
        Matcher born = BORN.matcher(body);
        if (key == null || key.isEmpty() || !province.find() || !sex.find() || !born.find()) {
            return answer(400, "{\"type\":\"urn:lienthong:problem:validation-failed\"}");
        }
        boolean[] created = {false};
        String number = numbersByKey.computeIfAbsent(key, k -> {
            created[0] = true;
            int year = Integer.parseInt(born.group(1));
            int century = (year - 1900) / 100 * 2 + ("FEMALE".equals(sex.group(1)) ? 1 : 0);
            return province.group(1) + century + String.format("%02d", year % 100) + String.format("%06d", serial.incrementAndGet());
        });
        return answer(created[0] ? 201 : 200, "{\"personalIdNumber\":\"" + number + "\"}");
    }

    private static ResponseDefinition answer(int status, String body) {
        return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", status < 300 ? "application/json" : "application/problem+json")
                .withBody(body)
                .build();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
