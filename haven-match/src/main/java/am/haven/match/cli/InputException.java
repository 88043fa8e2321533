package am.haven.match.cli;

import am.haven.match.MatchException;

/** Malformed command-line input: the message names the file, line and column. */
class InputException extends MatchException {
    InputException(String message) {
        super(message);
    }
}
