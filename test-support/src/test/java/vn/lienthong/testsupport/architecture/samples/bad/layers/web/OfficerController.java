package vn.lienthong.testsupport.architecture.samples.bad.layers.web;

public class OfficerController {
    public static String name() {
        return "officer";
    }
}
