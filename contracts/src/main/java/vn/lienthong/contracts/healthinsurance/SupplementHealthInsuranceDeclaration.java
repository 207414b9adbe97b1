package vn.lienthong.contracts.healthinsurance;

import java.util.List;
import java.util.UUID;
import vn.lienthong.contracts.Document;

public record SupplementHealthInsuranceDeclaration(UUID dossierId, String note, List<Document> documents)
        implements HealthInsuranceCommand {
}
