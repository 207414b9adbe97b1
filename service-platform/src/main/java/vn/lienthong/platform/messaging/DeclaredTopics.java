package vn.lienthong.platform.messaging;

import java.util.Set;
import vn.lienthong.contracts.Topic;

/**
 * A bean that says which topics its service owns and reads. From all such beans the platform creates the owned
 * topics, a dead-letter topic beside each read one, and the dead-letter endpoint's list.
 */
public interface DeclaredTopics {

    /** The topics this service creates. */
    Set<Topic> owns();

    /** The topics this service's listeners read; each gets its {@code .DLT}. */
    Set<Topic> consumes();
}
