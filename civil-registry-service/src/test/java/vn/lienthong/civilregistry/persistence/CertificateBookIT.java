package vn.lienthong.civilregistry.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.civilregistry.CivilRegistryIntegrationTest;
import vn.lienthong.civilregistry.domain.CertificateNumber;

class CertificateBookIT extends CivilRegistryIntegrationTest {

    @Autowired CertificateBook book;
    @Autowired TransactionTemplate transactions;

    private CertificateNumber take(String unit, int year) {
        return transactions.execute(status -> book.next(unit, year));
    }

    @Test
    void aNumberTakenByARolledBackRegistrationIsGivenBack() {
        String unit = "TEST.ROLLBACK";
        transactions.executeWithoutResult(status -> {
            assertThat(book.next(unit, 2030)).isEqualTo(new CertificateNumber(1, 2030));
            status.setRollbackOnly();
        });

        assertThat(take(unit, 2030)).isEqualTo(new CertificateNumber(1, 2030));
        assertThat(take(unit, 2030)).isEqualTo(new CertificateNumber(2, 2030));
    }

    @Test
    void eachUnitAndYearHasItsOwnBook() {
        assertThat(take("TEST.BOOKS.A", 2030)).isEqualTo(new CertificateNumber(1, 2030));
        assertThat(take("TEST.BOOKS.A", 2031)).isEqualTo(new CertificateNumber(1, 2031));
        assertThat(take("TEST.BOOKS.B", 2030)).isEqualTo(new CertificateNumber(1, 2030));
    }

    @Test
    void concurrentRegistrationsSomeRolledBackLeaveNoGapAmongTheCommittedNumbers() throws Exception {
        String unit = "TEST.CONCURRENT";
        List<Callable<Integer>> takers = IntStream.range(0, 20).<Callable<Integer>>mapToObj(i -> () ->
                transactions.execute(status -> {
                    int number = book.next(unit, 2030).number();
                    if (i % 4 == 0) {
                        status.setRollbackOnly();
                        return 0;
                    }
                    return number;
                })).toList();

        List<Integer> committed = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(20)) {
            for (Future<Integer> taken : threads.invokeAll(takers)) {
                if (taken.get() > 0) {
                    committed.add(taken.get());
                }
            }
        }

        assertThat(committed).hasSize(15).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
    }
}
