package am.haven.assistance;

import am.haven.erasure.ErasureStep;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Assistance's part of an erasure: accounts and list entries go. Payment lines stay: they are the
 * programme's financial record, and they hold only the record's id, the identity's and the amount.
 */
@Component
class AssistanceErasure implements ErasureStep {

    private final AccountRepository accounts;
    private final PersonLists lists;

    AssistanceErasure(AccountRepository accounts, PersonLists lists) {
        this.accounts = accounts;
        this.lists = lists;
    }

    @Override
    public Map<String, Integer> erase(String personId) {
        return Map.of("accounts", accounts.eraseOf(personId), "listEntries", lists.eraseOf(personId));
    }
}
