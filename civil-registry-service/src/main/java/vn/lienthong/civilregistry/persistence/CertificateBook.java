package vn.lienthong.civilregistry.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.civilregistry.domain.CertificateNumber;

/**
 * The certificate books: one per registering unit per year. Taking a number locks the book's row until the
 * taking transaction ends, so a concurrent registration waits for it; a rolled-back registration gives its
 * number back with the rollback. Numbers are therefore gap-free and never shared.
 */
@Repository
public class CertificateBook {

    private final JdbcClient jdbc;

    CertificateBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the unit's book for {@code year}; call inside the registration's transaction. */
    public CertificateNumber next(String unitCode, int year) {
        int number = jdbc.sql("""
                        insert into certificate_book (unit_code, book_year, last_number) values (?, ?, 1)
                        on conflict (unit_code, book_year) do update set last_number = certificate_book.last_number + 1
                        returning last_number""")
                .params(unitCode, year)
                .query(Integer.class)
                .single();
        return new CertificateNumber(number, year);
    }
}
