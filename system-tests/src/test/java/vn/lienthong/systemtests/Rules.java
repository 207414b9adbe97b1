package vn.lienthong.systemtests;

import java.time.LocalDate;
import java.time.YearMonth;

/** DESIGN.md's rules written again, independently of the services, to check what they produce. */
final class Rules {

    private Rules() {
    }

    /** Rule 1: the pattern of a girl's personal ID number registered in province {@code province}. */
    static String personalIdOfAGirl(String province, LocalDate born) {
        int centuryDigit = born.getYear() < 2000 ? 1 : born.getYear() < 2100 ? 3 : 5;
        return province + centuryDigit + "%02d".formatted(born.getYear() % 100) + "\\d{6}";
    }

    /** Rule 3: the last day of a BHYT card of a child under 6. */
    static LocalDate cardValidTo(LocalDate born) {
        LocalDate sixth = born.plusYears(6);
        if (!born.isAfter(LocalDate.of(born.getYear(), 9, 30))) {
            return LocalDate.of(sixth.getYear(), 9, 30);
        }
        return YearMonth.from(sixth).atEndOfMonth();
    }

    /** Rule 8: a UPU S10 tracking number of Vietnam with a correct check digit. */
    static boolean isS10(String trackingNumber) {
        if (!trackingNumber.matches("[A-Z]{2}\\d{9}VN")) {
            return false;
        }
        int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (trackingNumber.charAt(2 + i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return trackingNumber.charAt(10) - '0' == check;
    }
}
