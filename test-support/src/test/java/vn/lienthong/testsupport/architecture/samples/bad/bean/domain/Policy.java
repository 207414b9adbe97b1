package vn.lienthong.testsupport.architecture.samples.bad.bean.domain;

import vn.lienthong.testsupport.architecture.samples.bad.bean.application.Desk;

/** Violates DOMAIN_USES_NO_BEANS and LAYERS: the domain calls a use case. */
public final class Policy {
    public static boolean allows(Desk desk) {
        return desk.open();
    }
}
