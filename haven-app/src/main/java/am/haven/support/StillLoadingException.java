package am.haven.support;

/**
 * Thrown by a search or a match asked before its population is loaded: an answer then would
 * silently miss the people not loaded yet, so the caller is told to try again instead (503).
 */
public class StillLoadingException extends RuntimeException {

    public StillLoadingException(String what) {
        super(what + " is still loading");
    }
}
