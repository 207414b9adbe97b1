package vn.lienthong.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.civilregistry.CivilRegistryCommand;

class ServiceTopicsUnitTest {

    @Test
    void theDeclarationsTopicsAreCreatedAndEachReadTopicGetsADeadLetterTopic() {
        DeclaredTopics agency = declared(Set.of(Topic.RESIDENCE_COMMANDS, Topic.RESIDENCE_EVENTS),
                Set.of(Topic.RESIDENCE_COMMANDS));
        DeclaredTopics subscription = declared(Set.of(Topic.DOSSIER_EVENTS), Set.of(Topic.CIVIL_REGISTRY_EVENTS));

        ServiceTopics topics = ServiceTopics.of(List.of(agency, subscription));

        assertThat(topics.owned()).containsExactly("residence.commands", "residence.events", "dossier.events");
        assertThat(topics.consumed()).containsExactly("residence.commands", "civil-registry.events");
        assertThat(topics.created()).containsExactly("residence.commands", "residence.events", "dossier.events",
                "residence.commands.DLT", "civil-registry.events.DLT");
    }

    @Test
    void aTopicNamedTwiceIsCreatedOnce() {
        Topic commands = new Topic("platform-test.commands", CivilRegistryCommand.class);
        DeclaredTopics agency = declared(Set.of(Topic.RESIDENCE_COMMANDS, Topic.RESIDENCE_EVENTS),
                Set.of(Topic.RESIDENCE_COMMANDS));
        DeclaredTopics again = declared(Set.of(Topic.RESIDENCE_EVENTS, commands), Set.of(commands));

        ServiceTopics topics = ServiceTopics.of(List.of(agency, again));

        assertThat(topics.created()).containsExactly("residence.commands", "residence.events",
                "platform-test.commands", "residence.commands.DLT", "platform-test.commands.DLT");
        assertThat(topics.consumed()).containsExactly("residence.commands", "platform-test.commands");
    }

    @Test
    void aServiceWithoutDeclarationsHasNoTopics() {
        ServiceTopics topics = ServiceTopics.of(List.of());

        assertThat(topics.created()).isEmpty();
        assertThat(topics.consumed()).isEmpty();
    }

    private static DeclaredTopics declared(Set<Topic> owns, Set<Topic> consumes) {
        return new DeclaredTopics() {
            @Override
            public Set<Topic> owns() {
                return owns;
            }

            @Override
            public Set<Topic> consumes() {
                return consumes;
            }
        };
    }
}
