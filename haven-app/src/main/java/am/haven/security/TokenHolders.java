package am.haven.security;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The holders of API tokens as read in the last second. Every API call needs its token's holder,
 * and a clerk's client sends many calls a second with one token: read each time, the lookup was a
 * tenth of the statements PostgreSQL ran under a registration load. A user changed through this
 * instance is forgotten at once; changed through another instance (disabled, roles taken away), the
 * change reaches this one within {@link #FRESH_MILLIS} ms. Unknown tokens are never kept, so a new
 * token works at once.
 */
@Component
class TokenHolders {

    static final long FRESH_MILLIS = 1_000;
    private static final long FRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(FRESH_MILLIS);
    /** Far above the tokens in use at once; reaching it (a flood of valid tokens) only empties the map. */
    private static final int MAX_KEPT = 10_000;

    private record Kept(TokenRepository.Holder holder, long readAt) {}

    private final TokenRepository tokens;
    private final ConcurrentHashMap<String, Kept> byHash = new ConcurrentHashMap<>();

    TokenHolders(TokenRepository tokens) {
        this.tokens = tokens;
    }

    Optional<TokenRepository.Holder> find(String tokenHash) {
        long now = System.nanoTime();
        Kept kept = byHash.get(tokenHash);
        if (kept != null && now - kept.readAt() < FRESH_NANOS) return Optional.of(kept.holder());
        Optional<TokenRepository.Holder> holder = tokens.findHolder(tokenHash);
        if (holder.isPresent()) {
            if (byHash.size() >= MAX_KEPT) byHash.clear();
            byHash.put(tokenHash, new Kept(holder.get(), now));
        } else {
            byHash.remove(tokenHash);
        }
        return holder;
    }

    /**
     * After a user's roles or status changed here: every call reads its holder afresh once the
     * change is committed (and at once, for calls that start before the commit).
     */
    void forgetAll() {
        byHash.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    byHash.clear();
                }
            });
        }
    }
}
