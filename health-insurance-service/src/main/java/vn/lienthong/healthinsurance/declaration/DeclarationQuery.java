package vn.lienthong.healthinsurance.declaration;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search of the office's queue; absent criteria match everything.
 *
 * @param dueBefore only declarations due strictly before this day
 * @param limit at most this many, most urgent first
 */
public record DeclarationQuery(@Nullable DeclarationStatus status, @Nullable String unitCode,
                               @Nullable LocalDate dueBefore, @Nullable String dossierCode, int limit) {
}
