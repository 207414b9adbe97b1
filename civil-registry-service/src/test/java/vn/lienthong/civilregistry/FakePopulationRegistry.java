package vn.lienthong.civilregistry;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.testsupport.Jwts;

/**
 * Stands in for residence-service's population registry ({@code POST /api/v1/personal-id-numbers}, the allocation
 * of a child's personal ID number that civil-registry-service calls): a number per idempotency key, 201 the
 * first time and 200 with the same number after; the number follows rule 1 (province, century/sex, year) with
 * a serial instead of random digits, so it is unique within a test run.
 *
 * <p>Like the real one, it answers machine clients only: without a bearer token 401, with a token
 * that is not a client-credentials token of {@value #CLIENT} with role SERVICE 403. (The token's signature is
 * checked by the test that reads the recorded calls, with the service's own decoder.)
 */
public final class FakePopulationRegistry implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-population-registry";
    /** The only client the registry expects here. */
    public static final String CLIENT = "civil-registry-service";

    private static final Pattern PROVINCE = Pattern.compile("\"provinceCode\"\\s*:\\s*\"(\\d{3})\"");
    private static final Pattern SEX = Pattern.compile("\"sex\"\\s*:\\s*\"(MALE|FEMALE)\"");
    private static final Pattern BORN = Pattern.compile("\"dateOfBirth\"\\s*:\\s*\"(\\d{4})-\\d{2}-\\d{2}\"");

    private final Map<String, String> numbersByKey = new ConcurrentHashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        var request = serveEvent.getRequest();
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return answer(401, "{\"type\":\"urn:lienthong:problem:unauthenticated\"}");
        }
        if (Jwts.bearerClaims(authorization).filter(claims -> Jwts.isServiceClient(claims, CLIENT)).isEmpty()) {
            return answer(403, "{\"type\":\"urn:lienthong:problem:forbidden\"}");
        }
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
