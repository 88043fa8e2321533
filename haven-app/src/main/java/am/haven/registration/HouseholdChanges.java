package am.haven.registration;

import am.haven.changes.ChangeFeed;
import am.haven.changes.ChangeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How a registration or a correction leaves registration, inside its transaction and after its
 * rows are written: one entry per changed person in the change feed, which matching, the indexes
 * and tracing follow on every instance; and the event that report counts apply in the same
 * transaction. Every write path (the desk and the API, added members, corrections, imports and
 * the demo) announces its changes here, and nowhere else.
 */
@Component
class HouseholdChanges {

    private final ChangeFeed feed;
    private final ApplicationEventPublisher events;

    HouseholdChanges(ChangeFeed feed, ApplicationEventPublisher events) {
        this.feed = feed;
        this.events = events;
    }

    void registered(HouseholdRegistered registered) {
        feed.record(registered.newHousehold() ? ChangeKind.REGISTERED : ChangeKind.MEMBER_ADDED,
                registered.householdId(), registered.personIds());
        events.publishEvent(registered);
    }

    void corrected(HouseholdCorrected corrected) {
        feed.record(ChangeKind.CORRECTED, corrected.householdId(), corrected.personIds());
        events.publishEvent(corrected);
    }
}
