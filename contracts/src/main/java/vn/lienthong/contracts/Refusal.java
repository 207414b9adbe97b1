package vn.lienthong.contracts;

/** Why a step was refused: a stable code for machines and a sentence for people. */
public record Refusal(String code, String message) {
}
