package vn.lienthong.testsupport.architecture.samples.bad.stray;

/** Violates EVERY_CLASS_IN_A_NAMED_PACKAGE: the root holds only the application. */
class Helper {
}
