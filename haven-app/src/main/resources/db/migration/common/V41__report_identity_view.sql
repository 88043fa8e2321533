-- The identity (distinct real person) of each person record, as de-duplication keeps it in
-- identity_member: the view reports read, so they never depend on how dedup stores identities.
-- Records still waiting to be matched have no row; reports count each of them as its own identity.
CREATE VIEW report_person_identity AS
SELECT person_id, identity_id FROM identity_member;
