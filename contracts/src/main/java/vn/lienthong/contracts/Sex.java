package vn.lienthong.contracts;

public enum Sex {
    MALE,
    FEMALE
}
