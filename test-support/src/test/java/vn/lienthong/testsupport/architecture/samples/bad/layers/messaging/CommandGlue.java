package vn.lienthong.testsupport.architecture.samples.bad.layers.messaging;

import vn.lienthong.testsupport.architecture.samples.bad.layers.persistence.Dossiers;

/** Violates LAYERS: messaging reaches the repositories around the use cases. */
public class CommandGlue {
    int pending() {
        return Dossiers.count();
    }
}
