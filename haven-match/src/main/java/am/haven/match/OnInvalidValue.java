package am.haven.match;

/**
 * What batch linkage does with a value that cannot be read as its field's type (a date that is no
 * date, a phone without a digit).
 */
public enum OnInvalidValue {
    /** Stop with an {@link InvalidRecordException} naming the first such value. */
    FAIL,
    /**
     * Treat the value as missing for that field, link the rest of the record, and list the value in
     * {@link LinkResult#invalidValues()}: one odd cell must not lose a whole run.
     */
    TREAT_AS_MISSING
}
