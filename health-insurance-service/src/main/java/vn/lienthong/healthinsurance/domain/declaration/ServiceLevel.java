package vn.lienthong.healthinsurance.domain.declaration;

/**
 * How long the office has to decide a declaration: this many working days after the birth registration, or after
 * the missing items arrived (Decree 63/2024 gives 2 for the electronic linkage).
 */
public record ServiceLevel(int workingDays) {

    public ServiceLevel {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a service level counts zero or more working days");
        }
    }
}
