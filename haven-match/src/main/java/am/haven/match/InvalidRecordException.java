package am.haven.match;

/** A record with a value that cannot be read; carries the record's position and id. */
public class InvalidRecordException extends MatchException {
    private final int index;
    private final InvalidValueException cause;

    public InvalidRecordException(int index, String id, InvalidValueException cause) {
        super("record " + id + " (#" + (index + 1) + "): " + cause.getMessage(), cause);
        this.index = index;
        this.cause = cause;
    }

    /** Zero-based position of the record in the input list. */
    public int index() {
        return index;
    }

    public InvalidValueException invalidValue() {
        return cause;
    }
}
