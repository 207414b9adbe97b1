package vn.lienthong.testsupport.architecture.samples.bad.stray.registration;

/** Violates EVERY_CLASS_IN_A_NAMED_PACKAGE: a package by feature that is none of the named ones. */
public record BirthRegistration(String number) {
}
