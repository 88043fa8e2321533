package am.haven.security;

import am.haven.support.DatabaseTrouble;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Appends new audit events to the chain every second, on every instance (they take turns on the chain's head). */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditChain chain;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "haven-audit-seal");
        t.setDaemon(true);
        return t;
    });
    private boolean troubled;

    AuditSealer(AuditChain chain) {
        this.chain = chain;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) return;
        thread.scheduleWithFixedDelay(this::sealNow, 1, 1, TimeUnit.SECONDS);
    }

    private void sealNow() {
        try {
            chain.seal();
            troubled = false;
        } catch (RuntimeException e) {
            if (DatabaseTrouble.of(e).isEmpty()) log.warn("sealing the audit failed: {}", e.toString(), e);
            else if (!troubled) log.warn("sealing the audit waits for the database: {}", e.toString());
            troubled = DatabaseTrouble.of(e).isPresent();
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
