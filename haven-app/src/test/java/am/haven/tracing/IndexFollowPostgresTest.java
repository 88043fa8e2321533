package am.haven.tracing;

import am.haven.testing.PostgresApp;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: a second instance runs its background work on it too, and other tests should not see that. */
@PostgresApp
@TestPropertySource(properties = "haven.test.database=index-follow")
class IndexFollowPostgresTest extends IndexFollowContract {}
