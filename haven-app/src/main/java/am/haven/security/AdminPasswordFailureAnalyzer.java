package am.haven.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells whoever starts Haven for the first time why it stopped and what to do, in two lines
 * instead of a stack trace, when {@code HAVEN_ADMIN_PASSWORD} is not a usable password.
 */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminBootstrap.UnusableAdminPassword> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminBootstrap.UnusableAdminPassword cause) {
        return new FailureAnalysis(cause.getMessage() + ", so the first user 'admin' could not be created.",
                "Set HAVEN_ADMIN_PASSWORD to a longer password, or unset it to have a random one printed once.", cause);
    }
}
