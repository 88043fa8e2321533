package am.haven.erasure;

import java.util.Map;

/** A request to erase a person record: asked with a reason, carried out once a second user approves. */
public record ErasureRequest(String id, String personId, String reason, String status, String requestedBy,
                             String requestedAt, String approvedBy, String approvedAt, Map<String, Integer> erased) {

    static final String PENDING = "pending";
    static final String DONE = "done";
}
