package vn.lienthong.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.MessageTypes.MessageType;
import vn.lienthong.contracts.civilregistry.CivilRegistryCommand;
import vn.lienthong.contracts.civilregistry.CivilRegistryEvent;
import vn.lienthong.contracts.delivery.DeliveryCommand;
import vn.lienthong.contracts.delivery.DeliveryEvent;
import vn.lienthong.contracts.dossier.DossierEvent;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCommand;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceEvent;
import vn.lienthong.contracts.residence.ResidenceCommand;
import vn.lienthong.contracts.residence.ResidenceEvent;

class MessageTypesUnitTest {

    private static final List<Class<?>> FAMILIES = List.of(
            CivilRegistryCommand.class, CivilRegistryEvent.class,
            ResidenceCommand.class, ResidenceEvent.class,
            HealthInsuranceCommand.class, HealthInsuranceEvent.class,
            DeliveryCommand.class, DeliveryEvent.class,
            DossierEvent.class);

    @Test
    void everyMemberOfEveryFamilyHasAWireName() {
        Set<Class<?>> named = MessageTypes.ALL.stream().map(MessageType::javaType).collect(Collectors.toSet());
        List<Class<?>> members = FAMILIES.stream()
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .toList();

        assertThat(members).hasSizeGreaterThan(20);
        assertThat(named).containsAll(members);
    }

    @Test
    void wireNamesAndTypesAreUnique() {
        List<String> names = MessageTypes.ALL.stream().map(MessageType::name).toList();
        List<Class<?>> types = MessageTypes.ALL.stream().<Class<?>>map(MessageType::javaType).toList();

        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
        assertThat(new HashSet<>(types)).hasSameSizeAs(types);
    }

    @Test
    void wireNamesAreShortWordsNotJavaClassNames() {
        assertThat(MessageTypes.ALL).allSatisfy(type -> {
            assertThat(type.name()).matches("[A-Z][A-Za-z]{2,47}");
            assertThat(type.javaType().isRecord()).isTrue();
        });
    }

    @Test
    void everyMessageIsKeyedByADossierId() throws NoSuchMethodException {
        for (MessageType type : MessageTypes.ALL) {
            assertThat(Stream.of(type.javaType().getRecordComponents()).map(c -> c.getName()))
                    .as(type.name())
                    .first().isEqualTo("dossierId");
        }
    }
}
