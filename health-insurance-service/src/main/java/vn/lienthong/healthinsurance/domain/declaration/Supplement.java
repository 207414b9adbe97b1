package vn.lienthong.healthinsurance.domain.declaration;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Document;

/** What the family handed in after the office asked for missing items. */
public record Supplement(Instant receivedAt, @Nullable String note, List<Document> documents) {

    public Supplement {
        documents = List.copyOf(documents);
    }
}
