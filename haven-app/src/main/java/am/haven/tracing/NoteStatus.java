package am.haven.tracing;

import java.util.Arrays;

/** PFIF 1.4 note statuses, stored and exchanged by their PFIF code. */
public enum NoteStatus {
    INFORMATION_SOUGHT("information_sought"),
    IS_NOTE_AUTHOR("is_note_author"),
    BELIEVED_ALIVE("believed_alive"),
    BELIEVED_MISSING("believed_missing"),
    BELIEVED_DEAD("believed_dead");

    private final String code;

    NoteStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The status with this PFIF code, or null when the code is blank or unknown. */
    public static NoteStatus ofCode(String code) {
        if (code == null) return null;
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code.trim())).findFirst().orElse(null);
    }
}
