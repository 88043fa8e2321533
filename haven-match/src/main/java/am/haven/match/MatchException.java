package am.haven.match;

/** Root of the unchecked exceptions thrown by haven-match. */
public class MatchException extends RuntimeException {
    public MatchException(String message) {
        super(message);
    }

    public MatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
