package vn.lienthong.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.residence.ResidenceCommand;
import vn.lienthong.contracts.residence.ResidenceEvent;

class TopicUnitTest {

    @Test
    void eachAgencyReadsItsCommandsAndRepliesOnItsEventsUnderItsOwnName() {
        for (Agency agency : Agency.values()) {
            assertThat(agency.commands().name()).isEqualTo(agency.id() + ".commands");
            assertThat(agency.events().name()).isEqualTo(agency.id() + ".events");
            assertThat(agency.commandFamily()).isSameAs(agency.commands().family());
            assertThat(agency.eventFamily()).isSameAs(agency.events().family());
            assertThat(agency.commandFamily().isSealed()).isTrue();
            assertThat(agency.eventFamily().isSealed()).isTrue();
        }
        assertThat(Agency.RESIDENCE.id()).isEqualTo("residence");
        assertThat(Agency.RESIDENCE.commandFamily()).isEqualTo(ResidenceCommand.class);
        assertThat(Agency.RESIDENCE.eventFamily()).isEqualTo(ResidenceEvent.class);
    }

    @Test
    void theSystemHasNineTopicsTheAgenciesPairsAndTheDossierLifecycle() {
        List<Topic> agencyTopics = Arrays.stream(Agency.values())
                .flatMap(agency -> Stream.of(agency.commands(), agency.events()))
                .toList();

        assertThat(Topic.all()).hasSize(9)
                .containsAll(agencyTopics)
                .contains(Topic.DOSSIER_EVENTS);
        assertThat(new HashSet<>(Topic.all().stream().map(Topic::name).toList())).hasSize(9);
        assertThat(Topic.DOSSIER_EVENTS.name()).isEqualTo("dossier.events");
    }

    @Test
    void everyFamilyIsCarriedByExactlyOneTopic() {
        assertThat(new HashSet<>(Topic.all().stream().map(Topic::family).toList())).hasSize(9);
    }

    @Test
    void theDeadLetterTopicLivesBesideTheTopic() {
        assertThat(Topic.RESIDENCE_COMMANDS.deadLetters()).isEqualTo("residence.commands.DLT");
        assertThat(Topic.DOSSIER_EVENTS.deadLetters()).isEqualTo("dossier.events.DLT");
    }

    @Test
    void theTopicsKeepTheirBrokerNames() {
        assertThat(Topic.all()).extracting(Topic::name).containsExactly(
                "civil-registry.commands", "civil-registry.events",
                "residence.commands", "residence.events",
                "health-insurance.commands", "health-insurance.events",
                "delivery.commands", "delivery.events",
                "dossier.events");
    }

    @Test
    void aDeadLetterTopicOrABlankNameIsNotATopic() {
        assertThatThrownBy(() -> new Topic("residence.commands.DLT", ResidenceCommand.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Topic(" ", ResidenceCommand.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
