package am.haven.support;

/** The resource named in a request does not exist (or is not visible to the caller). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String type, String id) {
        super(type + " " + id + " not found");
    }
}
