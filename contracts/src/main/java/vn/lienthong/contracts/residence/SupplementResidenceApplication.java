package vn.lienthong.contracts.residence;

import java.util.List;
import java.util.UUID;
import vn.lienthong.contracts.Document;

/** The officer supplied what the police asked for; the application resumes. */
public record SupplementResidenceApplication(UUID dossierId, String note, List<Document> documents)
        implements ResidenceCommand {
}
