package am.haven.tracing;

import am.haven.testing.SqliteApp;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: a second instance runs its background work on it too, and other tests should not see that. */
@SqliteApp
@TestPropertySource(properties = "haven.test.database=index-follow")
class IndexFollowSqliteTest extends IndexFollowContract {}
