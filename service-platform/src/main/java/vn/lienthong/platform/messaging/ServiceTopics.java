package vn.lienthong.platform.messaging;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.lienthong.contracts.Topic;

/**
 * The topics of one service: those it owns and those it reads, from its {@link DeclaredTopics} beans.
 *
 * @param owned the topics the service creates
 * @param consumed the topics it reads; a dead-letter topic lives beside each
 */
record ServiceTopics(List<String> owned, List<String> consumed) {

    static ServiceTopics of(Collection<? extends DeclaredTopics> declarations) {
        Set<String> owned = new LinkedHashSet<>();
        Set<String> consumed = new LinkedHashSet<>();
        for (DeclaredTopics declaration : declarations) {
            declaration.owns().stream().map(Topic::name).sorted().forEach(owned::add);
            declaration.consumes().stream().map(Topic::name).sorted().forEach(consumed::add);
        }
        return new ServiceTopics(List.copyOf(owned), List.copyOf(consumed));
    }

    /** Every topic to create: the owned ones and each read one's dead-letter topic. */
    List<String> created() {
        Set<String> created = new LinkedHashSet<>(owned);
        consumed.forEach(topic -> created.add(topic + Topic.DEAD_LETTER_SUFFIX));
        return List.copyOf(created);
    }
}
