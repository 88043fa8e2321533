package am.haven.match;

import java.util.List;

/** A field type code that Haven does not know. */
public class UnknownFieldTypeException extends MatchException {
    public UnknownFieldTypeException(String code, List<String> known) {
        super("unknown field type '" + code + "'; expected one of " + String.join(", ", known));
    }
}
