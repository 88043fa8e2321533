package am.haven.security;

import am.haven.testing.SqliteApp;

@SqliteApp
class AuditChainSqliteTest extends AuditChainContract {}
