package am.haven.support;

/** The request cannot be applied to the resource's current state (stale version, capacity, …). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
