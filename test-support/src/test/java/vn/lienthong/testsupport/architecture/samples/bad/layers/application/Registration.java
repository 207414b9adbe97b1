package vn.lienthong.testsupport.architecture.samples.bad.layers.application;

import vn.lienthong.testsupport.architecture.samples.bad.layers.web.OfficerController;

/** Violates LAYERS: a use case calls into the web layer. */
public class Registration {
    String by() {
        return OfficerController.name();
    }
}
