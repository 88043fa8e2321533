package am.haven.support;

import am.haven.testing.PostgresApp;

@PostgresApp
class ReadSnapshotPostgresTest extends ReadSnapshotContract {}
