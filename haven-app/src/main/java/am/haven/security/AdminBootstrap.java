package am.haven.security;

import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start, creates the {@code admin} user with {@code HAVEN_ADMIN_PASSWORD}, or with a
 * random password printed once.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private final UserRepository users;
    private final UserService userService;
    private final String configuredPassword;

    AdminBootstrap(UserRepository users, UserService userService,
                   @Value("${HAVEN_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.userService = userService;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists("admin")) return;
        boolean random = configuredPassword.isBlank();
        String password = random ? UserService.randomPassword() : configuredPassword;
        try {
            userService.createUser("admin", "Administrator", password, EnumSet.of(Role.ADMIN));
        } catch (am.haven.support.ConflictException raceWithAnotherInstance) {
            return;
        } catch (am.haven.support.InvalidRequestException e) {
            throw new UnusableAdminPassword("HAVEN_ADMIN_PASSWORD " + e.problems().get(0).message(), e);
        }
        if (random) {
            System.out.println("Created user 'admin' with password: " + password + "  (shown once; change it)");
        }
    }

    /** The first start cannot create {@code admin} with the password it was given. */
    static final class UnusableAdminPassword extends IllegalStateException {
        UnusableAdminPassword(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
