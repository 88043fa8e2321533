-- Accommodation sites, allocation runs and placements. Occupancy is never stored: it is the sum of
-- persons over a site's CONFIRMED and CHECKED_IN placements.

CREATE TABLE site (
    id                  VARCHAR(36)  PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    type                VARCHAR(30)  NOT NULL,
    region              VARCHAR(30)  NOT NULL,
    address             VARCHAR(500),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    capacity            INTEGER      NOT NULL,
    rooms               INTEGER,
    room_size           INTEGER,
    accessible          BOOLEAN      NOT NULL,
    ground_floor_beds   BOOLEAN      NOT NULL,
    family_rooms        BOOLEAN      NOT NULL,
    kitchen             BOOLEAN      NOT NULL,
    heating             BOOLEAN      NOT NULL,
    medical_point       BOOLEAN      NOT NULL,
    rule                VARCHAR(30)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    contact_name        VARCHAR(200),
    contact_phone       VARCHAR(40),
    created_at          VARCHAR(24)  NOT NULL,
    updated_at          VARCHAR(24)  NOT NULL,
    version             INTEGER      NOT NULL,
    -- Bumped by every confirmation at the site: the row lock it takes serialises confirmations.
    bookings            BIGINT       NOT NULL
);
CREATE INDEX site_region ON site (region);

CREATE TABLE allocation_run (
    id                      VARCHAR(36)  PRIMARY KEY,
    created_at              VARCHAR(24)  NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    method                  VARCHAR(40)  NOT NULL,
    weights                 TEXT         NOT NULL,
    households              INTEGER      NOT NULL,
    placed                  INTEGER      NOT NULL,
    unplaced                INTEGER      NOT NULL,
    score                   DOUBLE PRECISION NOT NULL,
    lower_bound             DOUBLE PRECISION NOT NULL,
    gap                     DOUBLE PRECISION,
    hard_violations         INTEGER      NOT NULL,
    millis                  BIGINT       NOT NULL,
    first_feasible_millis   BIGINT       NOT NULL,
    -- Households the run could not place, comma-separated ids.
    unplaced_ids            TEXT         NOT NULL
);

-- household_id names a registration household; no foreign key, so shelter never locks registration rows.
CREATE TABLE placement (
    id                  VARCHAR(36)  PRIMARY KEY,
    household_id        VARCHAR(36)  NOT NULL,
    site_id             VARCHAR(36)  NOT NULL REFERENCES site (id),
    run_id              VARCHAR(36)  REFERENCES allocation_run (id),
    persons             INTEGER      NOT NULL,
    origin              VARCHAR(200),
    status              VARCHAR(20)  NOT NULL,
    cost_region         DOUBLE PRECISION,
    cost_distance       DOUBLE PRECISION,
    distance_km         DOUBLE PRECISION,
    cost_fill           DOUBLE PRECISION,
    cost_origin         DOUBLE PRECISION,
    proposed_at         VARCHAR(24)  NOT NULL,
    confirmed_at        VARCHAR(24),
    checked_in_at       VARCHAR(24),
    ended_at            VARCHAR(24),
    transferred_to      VARCHAR(36),
    updated_by          VARCHAR(100) NOT NULL,
    version             INTEGER      NOT NULL
);
CREATE INDEX placement_site_status ON placement (site_id, status);
CREATE INDEX placement_household ON placement (household_id);
CREATE INDEX placement_run ON placement (run_id);
-- A household holds at most one bed booking at a time.
CREATE UNIQUE INDEX placement_one_active ON placement (household_id) WHERE status IN ('CONFIRMED', 'CHECKED_IN');
