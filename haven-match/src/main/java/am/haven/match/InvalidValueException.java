package am.haven.match;

/** A field value that cannot be read as its type (a date that is no date). Names the field and value. */
public class InvalidValueException extends MatchException {
    private final String field;
    private final String value;

    public InvalidValueException(String field, String value, String message) {
        super("field '" + field + "': " + message);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
