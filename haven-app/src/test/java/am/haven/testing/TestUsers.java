package am.haven.testing;

/** Credentials the test applications start with. */
public final class TestUsers {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    private TestUsers() {}
}
