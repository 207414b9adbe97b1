package vn.lienthong.orchestrator.persistence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.orchestrator.domain.DossierCode;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.platform.domain.DossierId;

/**
 * The saga state as stored: a JSON document that names its format's {@code version}. A document of an earlier
 * version is brought up to the current one by an explicit upcaster per version step, then read; a field this
 * service does not know fails the read rather than being dropped, since the next write would lose it for good
 * (and a saga that ignored part of its state would act on a wrong one). Versions:
 * <ol>
 * <li>the saga record as written before documents were versioned: no {@code version} field;</li>
 * <li>the same fields, with {@code "version": 2}.</li>
 * </ol>
 * A new version adds its number as {@link #CURRENT}, an upcaster from the previous one in {@link #UPCASTERS}, and
 * golden files of the previous version to the tests.
 */
final class SagaDocuments {

    static final int CURRENT = 2;
    static final String VERSION = "version";

    /** Each upcaster takes a document of the version it is keyed by to the next version. */
    private static final Map<Integer, UnaryOperator<ObjectNode>> UPCASTERS = Map.of(
            1, SagaDocuments::version1To2);

    // The document's own mapper, so web or messaging settings never change what is stored or how it is read.
    private static final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(DossierId.class, DossierIdAsText.class)
            .addMixIn(DossierCode.class, DossierCodeAsText.class)
            .build();

    private SagaDocuments() {
    }

    /** The document of the current version. */
    static String write(Saga saga) {
        ObjectNode document = json.createObjectNode().put(VERSION, CURRENT);
        document.setAll((ObjectNode) json.valueToTree(saga));
        return json.writeValueAsString(document);
    }

    /** A stored document of any version up to the current one. */
    static Saga read(String stored) {
        try {
            if (!(json.readTree(stored) instanceof ObjectNode document)) {
                throw new IllegalStateException("A stored saga document is not a JSON object");
            }
            int version = versionOf(document);
            if (version > CURRENT) {
                throw new IllegalStateException("A stored saga document has version " + version
                        + ", newer than the " + CURRENT + " this service reads: it was written by a later release");
            }
            for (int step = version; step < CURRENT; step++) {
                document = UPCASTERS.get(step).apply(document);
            }
            document.remove(VERSION);
            return json.treeToValue(document, Saga.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("A stored saga document cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Documents written before the format had versions are version 1. */
    static int versionOf(ObjectNode document) {
        JsonNode version = document.get(VERSION);
        if (version == null) {
            return 1;
        }
        if (!version.isInt() || version.intValue() < 2) {
            throw new IllegalStateException("A stored saga document has an invalid version: " + version);
        }
        return version.intValue();
    }

    /** Version 2 only starts naming the version; the saga's fields are those of version 1. */
    private static ObjectNode version1To2(ObjectNode document) {
        return document.put(VERSION, 2);
    }

    /** A dossier ID is stored as its UUID text, as it was before IDs were typed. */
    private abstract static class DossierIdAsText {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        DossierIdAsText(UUID value) {
        }

        @JsonValue
        abstract UUID value();
    }

    /** A dossier code is stored as its text, as it was before codes were typed. */
    private abstract static class DossierCodeAsText {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        DossierCodeAsText(String value) {
        }

        @JsonValue
        abstract String value();
    }
}
