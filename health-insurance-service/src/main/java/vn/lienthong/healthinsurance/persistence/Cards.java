package vn.lienthong.healthinsurance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.card.CardValidity;
import vn.lienthong.platform.domain.DossierId;

/** The cards issued, by number (= the holder's personal ID number). */
@Repository
public class Cards {

    private final JdbcClient jdbc;

    Cards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Card> find(String number) {
        return jdbc.sql("""
                        select card_number, benefit_code, valid_from, valid_to, facility_code, dossier_id, issued_at
                        from cards where card_number = ?""")
                .param(number).query(Cards::card).optional();
    }

    /** The cards with these numbers, by number. */
    public Map<String, Card> findAll(Collection<String> numbers) {
        return jdbc.sql("""
                        select card_number, benefit_code, valid_from, valid_to, facility_code, dossier_id, issued_at
                        from cards where card_number = any(?)""")
                .param(numbers.toArray(String[]::new)).query(Cards::card).list().stream()
                .collect(Collectors.toMap(Card::number, Function.identity()));
    }

    /**
     * Stores the card unless the child has one already, and returns the card the child holds. The
     * primary key decides, so two dossiers racing for the same child still end with one card.
     */
    public Card issueOrKeepExisting(Card card) {
        jdbc.sql("""
                        insert into cards (card_number, benefit_code, valid_from, valid_to, facility_code, dossier_id, issued_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (card_number) do nothing""")
                .params(card.number(), card.benefitCode(), card.validity().from(), card.validity().to(),
                        card.facilityCode(), card.dossierId().value(), card.issuedAt().atOffset(ZoneOffset.UTC))
                .update();
        return find(card.number()).orElseThrow();
    }

    private static Card card(ResultSet row, int rowNumber) throws SQLException {
        return new Card(row.getString("card_number"), row.getString("benefit_code"),
                new CardValidity(row.getObject("valid_from", LocalDate.class),
                        row.getObject("valid_to", LocalDate.class)),
                row.getString("facility_code"), new DossierId(row.getObject("dossier_id", UUID.class)),
                row.getObject("issued_at", OffsetDateTime.class).toInstant());
    }
}
