package vn.lienthong.testsupport.architecture.samples.bad.layers.persistence;

public class Dossiers {
    public static int count() {
        return 0;
    }
}
