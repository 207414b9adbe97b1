package vn.lienthong.contracts;

/** A supporting document handed in with a supplement: its name and where the scan is kept. */
public record Document(String name, String reference) {
}
