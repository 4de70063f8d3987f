-- TutorDesk schema, version 1: the whole domain of DESIGN.md section 3.
--
-- Conventions
--   * Every table the district receives has an integer key for joins, a stable text
--     `sourced_id` (district id for students, a UUID for the rest), and `created_at` /
--     `updated_at` in UTC ISO-8601. A trigger keeps `updated_at` honest on every update and
--     another leaves a row in `tombstones` on delete, so delta exports can say `tobedeleted`.
--   * Dates are 'YYYY-MM-DD', times of day 'HH:MM', booleans 0/1.
--   * Constraints protect the data even from a faulty caller: caps, statuses and codes are
--     checked here as well as in core, and a trigger refuses to seat a student in a full group.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Who is making changes on this connection and why; audit triggers read it. One row, always.
CREATE TABLE audit_context (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    actor  TEXT NOT NULL DEFAULT '',
    reason TEXT
);
INSERT INTO audit_context (id, actor) VALUES (1, '');

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_value TEXT,
    new_value TEXT,
    reason    TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE tombstones (
    id         INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    sourced_id TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX tombstones_deleted_at ON tombstones (deleted_at);

-- ---------------------------------------------------------------- school and calendar

CREATE TABLE school (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    sourced_id    TEXT NOT NULL UNIQUE,
    district_code TEXT NOT NULL DEFAULT '',
    school_code   TEXT NOT NULL CHECK (length(trim(school_code)) > 0),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    address       TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    coordinator   TEXT NOT NULL DEFAULT '',
    year_start    TEXT NOT NULL,
    year_end      TEXT NOT NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (year_start < year_end)
);

-- Weekdays of the school year are instructional unless listed here.
CREATE TABLE calendar_days (
    day        TEXT PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'break', 'minimum_day', 'non_instructional')),
    label      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

CREATE TABLE bell_periods (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    minimum_day INTEGER NOT NULL DEFAULT 0 CHECK (minimum_day IN (0, 1)),
    CHECK (starts_at < ends_at)
);

-- ---------------------------------------------------------------- students and families

CREATE TABLE students (
    id              INTEGER PRIMARY KEY,
    sourced_id      TEXT NOT NULL UNIQUE CHECK (length(trim(sourced_id)) > 0),
    state_id        TEXT,
    first_name      TEXT NOT NULL,
    last_name       TEXT NOT NULL,
    preferred_name  TEXT NOT NULL DEFAULT '',
    grade           TEXT NOT NULL CHECK (grade IN ('TK', 'K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12')),
    grade_rank      INTEGER GENERATED ALWAYS AS (CASE grade WHEN 'TK' THEN -1 WHEN 'K' THEN 0 ELSE CAST(grade AS INTEGER) END) VIRTUAL,
    birth_date      TEXT,
    gender          TEXT CHECK (gender IN ('F', 'M', 'X')),
    hispanic_latino INTEGER NOT NULL DEFAULT 0 CHECK (hispanic_latino IN (0, 1)),
    race_american_indian INTEGER NOT NULL DEFAULT 0 CHECK (race_american_indian IN (0, 1)),
    race_asian      INTEGER NOT NULL DEFAULT 0 CHECK (race_asian IN (0, 1)),
    race_black      INTEGER NOT NULL DEFAULT 0 CHECK (race_black IN (0, 1)),
    race_pacific_islander INTEGER NOT NULL DEFAULT 0 CHECK (race_pacific_islander IN (0, 1)),
    race_white      INTEGER NOT NULL DEFAULT 0 CHECK (race_white IN (0, 1)),
    el_status       TEXT CHECK (el_status IN ('EO', 'IFEP', 'EL', 'RFEP', 'TBD')),
    home_language   TEXT NOT NULL DEFAULT '',
    iep             INTEGER NOT NULL DEFAULT 0 CHECK (iep IN (0, 1)),
    section_504     INTEGER NOT NULL DEFAULT 0 CHECK (section_504 IN (0, 1)),
    foster          INTEGER NOT NULL DEFAULT 0 CHECK (foster IN (0, 1)),
    homeless        INTEGER NOT NULL DEFAULT 0 CHECK (homeless IN (0, 1)),
    disadvantaged   INTEGER NOT NULL DEFAULT 0 CHECK (disadvantaged IN (0, 1)),
    attendance_rate REAL CHECK (attendance_rate BETWEEN 0 AND 100),
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_on    TEXT,
    -- The current need score, its tier and the breakdown that explains it (JSON).
    need_score      REAL,
    need_tier       INTEGER CHECK (need_tier IN (1, 2, 3)),
    need_breakdown  TEXT,
    -- Names and id folded (case, accents) so that a search for "jose" finds "José", and names
    -- folded for sorting, because SQLite's NOCASE knows only ASCII ("Ávila" would follow "Zúñiga").
    -- core fills all three through studentKeys() whenever a name changes.
    search_text     TEXT NOT NULL DEFAULT '',
    last_name_key   TEXT NOT NULL DEFAULT '',
    first_name_key  TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX students_name ON students (last_name_key, first_name_key);
CREATE INDEX students_grade ON students (grade_rank);
CREATE INDEX students_need ON students (need_score DESC);
CREATE INDEX students_status ON students (status);
CREATE INDEX students_updated ON students (updated_at);

CREATE TABLE guardians (
    id                  INTEGER PRIMARY KEY,
    sourced_id          TEXT NOT NULL UNIQUE,
    first_name          TEXT NOT NULL DEFAULT '',
    last_name           TEXT NOT NULL DEFAULT '',
    phone_mobile        TEXT NOT NULL DEFAULT '',
    phone_home          TEXT NOT NULL DEFAULT '',
    phone_work          TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    preferred_language  TEXT NOT NULL DEFAULT 'en',
    preferred_method    TEXT NOT NULL DEFAULT 'phone'
                        CHECK (preferred_method IN ('phone', 'text', 'email', 'letter', 'in_person')),
    consent_to_texts    INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_texts IN (0, 1)),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A guardian may have several children at the school; the relationship belongs to the pair.
CREATE TABLE student_guardians (
    student_id   INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    guardian_id  INTEGER NOT NULL REFERENCES guardians (id) ON DELETE CASCADE,
    relationship TEXT NOT NULL DEFAULT 'guardian'
                 CHECK (relationship IN ('mother', 'father', 'grandparent', 'aunt_uncle', 'sibling',
                                         'foster_parent', 'guardian', 'other')),
    is_primary   INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    PRIMARY KEY (student_id, guardian_id)
) WITHOUT ROWID;
CREATE INDEX student_guardians_guardian ON student_guardians (guardian_id);

-- Benchmarks, skill probes, tutor observations and student confidence: one row per result.
CREATE TABLE assessments (
    id           INTEGER PRIMARY KEY,
    sourced_id   TEXT NOT NULL UNIQUE,
    student_id   INTEGER NOT NULL REFERENCES students (id),
    kind         TEXT NOT NULL CHECK (kind IN ('benchmark', 'probe', 'observation', 'confidence')),
    subject      TEXT NOT NULL CHECK (subject IN ('reading', 'math', 'writing', 'other')),
    skill        TEXT NOT NULL DEFAULT '',
    instrument   TEXT NOT NULL DEFAULT '',
    test_window  TEXT CHECK (test_window IN ('BOY', 'MOY', 'EOY', 'pre', 'progress', 'post')),
    score        REAL,
    max_score    REAL CHECK (max_score IS NULL OR max_score > 0),
    placement    TEXT NOT NULL DEFAULT '',
    levels_below INTEGER CHECK (levels_below BETWEEN -3 AND 12),
    assessed_on  TEXT NOT NULL,
    group_id     INTEGER REFERENCES tutoring_groups (id),
    tutor_id     INTEGER REFERENCES tutors (id),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (kind <> 'confidence' OR score BETWEEN 1 AND 5)
);
CREATE INDEX assessments_student ON assessments (student_id, kind, subject, assessed_on);
CREATE INDEX assessments_group ON assessments (group_id, assessed_on);
CREATE INDEX assessments_updated ON assessments (updated_at);

-- ---------------------------------------------------------------- program structure

-- Tier definitions are data so that a program can change them.
CREATE TABLE tiers (
    tier              INTEGER PRIMARY KEY CHECK (tier IN (1, 2, 3)),
    name              TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    sessions_per_week INTEGER NOT NULL CHECK (sessions_per_week BETWEEN 0 AND 10),
    minutes           INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 240),
    max_group_size    INTEGER NOT NULL CHECK (max_group_size BETWEEN 1 AND 4),
    min_need_score    REAL NOT NULL DEFAULT 0,
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO tiers (tier, name, description, sessions_per_week, minutes, max_group_size, min_need_score) VALUES
    (1, 'Tier 1', 'Classroom re-teaching (tracked only)', 0, 0, 4, 0),
    (2, 'Tier 2', 'Small group', 3, 30, 4, 30),
    (3, 'Tier 3', 'Intensive', 4, 45, 2, 60);

CREATE TABLE supervisors (
    id          INTEGER PRIMARY KEY,
    sourced_id  TEXT NOT NULL UNIQUE,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    max_tutors  INTEGER NOT NULL DEFAULT 8 CHECK (max_tutors BETWEEN 1 AND 100),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE tutors (
    id                     INTEGER PRIMARY KEY,
    sourced_id             TEXT NOT NULL UNIQUE,
    first_name             TEXT NOT NULL,
    last_name              TEXT NOT NULL,
    type                   TEXT NOT NULL CHECK (type IN ('certified_teacher', 'paraprofessional', 'college_student',
                                                         'retired_educator', 'community_tutor', 'vendor_virtual')),
    email                  TEXT NOT NULL DEFAULT '',
    phone                  TEXT NOT NULL DEFAULT '',
    supervisor_id          INTEGER REFERENCES supervisors (id),
    background_check_on    TEXT,
    background_check_until TEXT,
    tb_test_on             TEXT,
    tb_test_until          TEXT,
    status                 TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'substitute', 'inactive')),
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX tutors_supervisor ON tutors (supervisor_id);
CREATE INDEX tutors_updated ON tutors (updated_at);

CREATE TABLE tutor_subjects (
    tutor_id INTEGER NOT NULL REFERENCES tutors (id) ON DELETE CASCADE,
    subject  TEXT NOT NULL CHECK (subject IN ('reading', 'math', 'writing', 'other')),
    PRIMARY KEY (tutor_id, subject)
) WITHOUT ROWID;

CREATE TABLE tutor_languages (
    tutor_id INTEGER NOT NULL REFERENCES tutors (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (tutor_id, language)
) WITHOUT ROWID;

-- Weekday 1 = Monday ... 7 = Sunday (ISO 8601, as QDate::dayOfWeek).
CREATE TABLE tutor_availability (
    tutor_id  INTEGER NOT NULL REFERENCES tutors (id) ON DELETE CASCADE,
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at TEXT NOT NULL,
    ends_at   TEXT NOT NULL,
    CHECK (starts_at < ends_at),
    PRIMARY KEY (tutor_id, weekday, starts_at)
) WITHOUT ROWID;

CREATE TABLE tutor_absences (
    id         INTEGER PRIMARY KEY,
    sourced_id TEXT NOT NULL UNIQUE,
    tutor_id   INTEGER NOT NULL REFERENCES tutors (id),
    from_day   TEXT NOT NULL,
    to_day     TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (from_day <= to_day)
);
CREATE INDEX tutor_absences_tutor ON tutor_absences (tutor_id, from_day);

-- A tutoring group (an Ed-Fi Intervention). `weekdays` is a bit set: Monday = 1, Tuesday = 2,
-- Wednesday = 4, ... Sunday = 64.
CREATE TABLE tutoring_groups (
    id                INTEGER PRIMARY KEY,
    sourced_id        TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    subject           TEXT NOT NULL CHECK (subject IN ('reading', 'math', 'writing', 'other')),
    skill_code        TEXT NOT NULL DEFAULT '',
    skill_description TEXT NOT NULL DEFAULT '',
    tier              INTEGER NOT NULL REFERENCES tiers (tier),
    delivery_model    TEXT NOT NULL DEFAULT 'pull_out'
                      CHECK (delivery_model IN ('pull_out', 'after_school', 'saturday', 'virtual', 'hybrid')),
    cap               INTEGER NOT NULL CHECK (cap BETWEEN 1 AND 4),
    grade_band        TEXT NOT NULL DEFAULT '',
    tutor_id          INTEGER REFERENCES tutors (id),
    location          TEXT NOT NULL DEFAULT '',
    weekdays          INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127),
    starts_at         TEXT NOT NULL DEFAULT '',
    minutes           INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 240),
    start_day         TEXT NOT NULL,
    end_day           TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active', 'ended')),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (start_day <= end_day)
);
CREATE INDEX tutoring_groups_tutor ON tutoring_groups (tutor_id);
CREATE INDEX tutoring_groups_updated ON tutoring_groups (updated_at);

-- A student's place in the program. Invited, consented and active enrollments hold a seat;
-- waitlisted ones have no group yet; paused and exited ones have given their seat back.
CREATE TABLE enrollments (
    id                 INTEGER PRIMARY KEY,
    sourced_id         TEXT NOT NULL UNIQUE,
    student_id         INTEGER NOT NULL REFERENCES students (id),
    group_id           INTEGER REFERENCES tutoring_groups (id),
    subject            TEXT NOT NULL CHECK (subject IN ('reading', 'math', 'writing', 'other')),
    tier               INTEGER NOT NULL REFERENCES tiers (tier),
    status             TEXT NOT NULL CHECK (status IN ('invited', 'consented', 'active', 'paused', 'exited', 'waitlisted')),
    status_since       TEXT NOT NULL,
    begin_day          TEXT,
    end_day            TEXT,
    exit_reason        TEXT NOT NULL DEFAULT '',
    need_score         REAL,
    need_breakdown     TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (status = 'waitlisted' OR status IN ('paused', 'exited') OR group_id IS NOT NULL)
);
CREATE INDEX enrollments_group ON enrollments (group_id, status);
CREATE INDEX enrollments_student ON enrollments (student_id, status);
CREATE INDEX enrollments_updated ON enrollments (updated_at);
CREATE UNIQUE INDEX enrollments_one_seat ON enrollments (student_id, group_id)
    WHERE status IN ('invited', 'consented', 'active');

CREATE TRIGGER enrollments_cap_insert BEFORE INSERT ON enrollments
WHEN NEW.group_id IS NOT NULL AND NEW.status IN ('invited', 'consented', 'active')
 AND (SELECT count(*) FROM enrollments
      WHERE group_id = NEW.group_id AND status IN ('invited', 'consented', 'active'))
     >= (SELECT cap FROM tutoring_groups WHERE id = NEW.group_id)
BEGIN
    SELECT RAISE(ABORT, 'group is full');
END;

CREATE TRIGGER enrollments_cap_update BEFORE UPDATE OF group_id, status ON enrollments
WHEN NEW.group_id IS NOT NULL AND NEW.status IN ('invited', 'consented', 'active')
 AND (SELECT count(*) FROM enrollments
      WHERE group_id = NEW.group_id AND status IN ('invited', 'consented', 'active') AND id <> NEW.id)
     >= (SELECT cap FROM tutoring_groups WHERE id = NEW.group_id)
BEGIN
    SELECT RAISE(ABORT, 'group is full');
END;

CREATE TRIGGER tutoring_groups_cap_shrink BEFORE UPDATE OF cap ON tutoring_groups
WHEN (SELECT count(*) FROM enrollments
      WHERE group_id = NEW.id AND status IN ('invited', 'consented', 'active')) > NEW.cap
BEGIN
    SELECT RAISE(ABORT, 'group holds more students than the new cap');
END;

-- ---------------------------------------------------------------- sessions and attendance

CREATE TABLE sessions (
    id                  INTEGER PRIMARY KEY,
    sourced_id          TEXT NOT NULL UNIQUE,
    group_id            INTEGER NOT NULL REFERENCES tutoring_groups (id),
    day                 TEXT NOT NULL,
    starts_at           TEXT NOT NULL,
    minutes             INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 240),
    kind                TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'makeup')),
    status              TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
    cancel_reason       TEXT CHECK (cancel_reason IN ('tutor_absent', 'school_event', 'weather', 'student_event', 'other')),
    makeup_for          INTEGER REFERENCES sessions (id),
    tutor_id            INTEGER REFERENCES tutors (id),
    substitute_tutor_id INTEGER REFERENCES tutors (id),
    skill_covered       TEXT NOT NULL DEFAULT '',
    followed_protocol   INTEGER CHECK (followed_protocol IN (0, 1)),
    on_time             INTEGER CHECK (on_time IN (0, 1)),
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (status = 'cancelled' OR cancel_reason IS NULL),
    CHECK (kind = 'makeup' OR makeup_for IS NULL)
);
CREATE INDEX sessions_day ON sessions (day, starts_at);
CREATE INDEX sessions_group_day ON sessions (group_id, day);
CREATE INDEX sessions_tutor_day ON sessions (tutor_id, day);
CREATE INDEX sessions_updated ON sessions (updated_at);

CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY,
    sourced_id  TEXT NOT NULL UNIQUE,
    session_id  INTEGER NOT NULL REFERENCES sessions (id),
    student_id  INTEGER NOT NULL REFERENCES students (id),
    status      TEXT NOT NULL CHECK (status IN ('present', 'tardy', 'excused', 'unexcused')),
    minutes     INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 240),
    note        TEXT NOT NULL DEFAULT '',
    -- Who took it; later changes to status or minutes go to audit_log with a reason.
    recorded_by TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (status IN ('present', 'tardy') OR minutes = 0),
    UNIQUE (session_id, student_id)
);
CREATE INDEX attendance_student ON attendance (student_id, session_id);
CREATE INDEX attendance_updated ON attendance (updated_at);

-- ---------------------------------------------------------------- families and the protocol

CREATE TABLE contacts (
    id                INTEGER PRIMARY KEY,
    sourced_id        TEXT NOT NULL UNIQUE,
    student_id        INTEGER NOT NULL REFERENCES students (id),
    guardian_id       INTEGER REFERENCES guardians (id),
    contacted_at      TEXT NOT NULL,
    method            TEXT NOT NULL CHECK (method IN ('phone', 'text', 'email', 'letter', 'home_visit', 'in_person', 'conference')),
    direction         TEXT NOT NULL DEFAULT 'outgoing' CHECK (direction IN ('outgoing', 'incoming')),
    language          TEXT NOT NULL DEFAULT 'en',
    interpreter_used  INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_used IN (0, 1)),
    purpose           TEXT NOT NULL CHECK (purpose IN ('enrollment', 'missed_session', 'progress', 'general')),
    outcome           TEXT NOT NULL CHECK (outcome IN ('reached', 'left_message', 'no_answer', 'wrong_number', 'declined', 'sent')),
    notes             TEXT NOT NULL DEFAULT '',
    follow_up_on      TEXT,
    by_whom           TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX contacts_student ON contacts (student_id, contacted_at);
CREATE INDEX contacts_at ON contacts (contacted_at);
CREATE INDEX contacts_follow_up ON contacts (follow_up_on) WHERE follow_up_on IS NOT NULL;
CREATE INDEX contacts_updated ON contacts (updated_at);

CREATE TABLE letters_sent (
    id                   INTEGER PRIMARY KEY,
    sourced_id           TEXT NOT NULL UNIQUE,
    student_id           INTEGER NOT NULL REFERENCES students (id),
    guardian_id          INTEGER REFERENCES guardians (id),
    kind                 TEXT NOT NULL CHECK (kind IN ('enrollment', 'missed-1', 'missed-2', 'missed-3', 'progress', 'summary')),
    language             TEXT NOT NULL,
    template_version     TEXT NOT NULL DEFAULT '',
    translation_reviewed INTEGER NOT NULL DEFAULT 0 CHECK (translation_reviewed IN (0, 1)),
    output               TEXT NOT NULL CHECK (output IN ('print', 'pdf')),
    contact_id           INTEGER REFERENCES contacts (id),
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX letters_sent_student ON letters_sent (student_id, created_at);

CREATE TABLE protocol_actions (
    id                INTEGER PRIMARY KEY,
    sourced_id        TEXT NOT NULL UNIQUE,
    student_id        INTEGER REFERENCES students (id),
    enrollment_id     INTEGER REFERENCES enrollments (id),
    session_id        INTEGER REFERENCES sessions (id),
    rule              TEXT NOT NULL CHECK (rule IN ('notify_family', 'schedule_makeup', 'escalate', 'pause_offer_seat', 'cover_tutor_absence')),
    created_on        TEXT NOT NULL,
    due_on            TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not_needed', 'withdrawn')),
    resolved_at       TEXT,
    resolved_by       TEXT NOT NULL DEFAULT '',
    resolution_note   TEXT NOT NULL DEFAULT '',
    contact_id        INTEGER REFERENCES contacts (id),
    letter_id         INTEGER REFERENCES letters_sent (id),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (status = 'open' OR resolved_at IS NOT NULL)
);
CREATE INDEX protocol_actions_due ON protocol_actions (status, due_on);
CREATE INDEX protocol_actions_student ON protocol_actions (student_id, status);
CREATE INDEX protocol_actions_updated ON protocol_actions (updated_at);

-- ---------------------------------------------------------------- the district outbox

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    bundle_name     TEXT NOT NULL UNIQUE,
    mode            TEXT NOT NULL CHECK (mode IN ('bulk', 'delta')),
    sequence        INTEGER NOT NULL UNIQUE,
    since           TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    content         BLOB NOT NULL,
    sha256          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT,
    acknowledged_at TEXT,
    destination     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_waiting ON outbox (acknowledged_at, next_attempt_at);

-- ---------------------------------------------------------------- triggers
-- updated_at follows every change that does not set it itself.
CREATE TRIGGER school_touch AFTER UPDATE ON school FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE school SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER students_touch AFTER UPDATE ON students FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE students SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER guardians_touch AFTER UPDATE ON guardians FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE guardians SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER assessments_touch AFTER UPDATE ON assessments FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE assessments SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER supervisors_touch AFTER UPDATE ON supervisors FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE supervisors SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER tutors_touch AFTER UPDATE ON tutors FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE tutors SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER tutor_absences_touch AFTER UPDATE ON tutor_absences FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE tutor_absences SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER tutoring_groups_touch AFTER UPDATE ON tutoring_groups FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE tutoring_groups SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER enrollments_touch AFTER UPDATE ON enrollments FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE enrollments SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER sessions_touch AFTER UPDATE ON sessions FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE sessions SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER attendance_touch AFTER UPDATE ON attendance FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE attendance SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER contacts_touch AFTER UPDATE ON contacts FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE contacts SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER letters_sent_touch AFTER UPDATE ON letters_sent FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE letters_sent SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER protocol_actions_touch AFTER UPDATE ON protocol_actions FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE protocol_actions SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER calendar_days_touch AFTER UPDATE ON calendar_days FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE calendar_days SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE day = NEW.day;
END;
CREATE TRIGGER tiers_touch AFTER UPDATE ON tiers FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE tiers SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE tier = NEW.tier;
END;

-- Deleted rows the district has may need to be told: leave a tombstone.
CREATE TRIGGER students_tombstone AFTER DELETE ON students FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('students', OLD.sourced_id);
END;
CREATE TRIGGER guardians_tombstone AFTER DELETE ON guardians FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('guardians', OLD.sourced_id);
END;
CREATE TRIGGER assessments_tombstone AFTER DELETE ON assessments FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('assessments', OLD.sourced_id);
END;
CREATE TRIGGER tutors_tombstone AFTER DELETE ON tutors FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('tutors', OLD.sourced_id);
END;
CREATE TRIGGER tutoring_groups_tombstone AFTER DELETE ON tutoring_groups FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('tutoring_groups', OLD.sourced_id);
END;
CREATE TRIGGER enrollments_tombstone AFTER DELETE ON enrollments FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('enrollments', OLD.sourced_id);
END;
CREATE TRIGGER sessions_tombstone AFTER DELETE ON sessions FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('sessions', OLD.sourced_id);
END;
CREATE TRIGGER attendance_tombstone AFTER DELETE ON attendance FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('attendance', OLD.sourced_id);
END;
CREATE TRIGGER contacts_tombstone AFTER DELETE ON contacts FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('contacts', OLD.sourced_id);
END;
CREATE TRIGGER protocol_actions_tombstone AFTER DELETE ON protocol_actions FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('protocol_actions', OLD.sourced_id);
END;

-- Funding reports depend on attendance, enrollment status and contacts: record every change.
-- (A new attendance row names its recorder itself; only later changes are audited.)
CREATE TRIGGER attendance_audit_update AFTER UPDATE OF status, minutes ON attendance FOR EACH ROW
WHEN NEW.status IS NOT OLD.status OR NEW.minutes IS NOT OLD.minutes
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, new_value, reason)
    SELECT actor, 'attendance', NEW.sourced_id, 'update',
           json_object('status', OLD.status, 'minutes', OLD.minutes),
           json_object('status', NEW.status, 'minutes', NEW.minutes), reason
    FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER attendance_audit_delete AFTER DELETE ON attendance FOR EACH ROW
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, reason)
    SELECT actor, 'attendance', OLD.sourced_id, 'delete',
           json_object('status', OLD.status, 'minutes', OLD.minutes), reason
    FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER enrollments_audit_insert AFTER INSERT ON enrollments FOR EACH ROW
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, new_value, reason)
    SELECT actor, 'enrollment', NEW.sourced_id, 'insert',
           json_object('status', NEW.status, 'group', NEW.group_id), reason
    FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER enrollments_audit_update AFTER UPDATE OF status, group_id ON enrollments FOR EACH ROW
WHEN NEW.status IS NOT OLD.status OR NEW.group_id IS NOT OLD.group_id
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, new_value, reason)
    SELECT actor, 'enrollment', NEW.sourced_id, 'update',
           json_object('status', OLD.status, 'group', OLD.group_id),
           json_object('status', NEW.status, 'group', NEW.group_id), reason
    FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER contacts_audit_insert AFTER INSERT ON contacts FOR EACH ROW
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, new_value, reason)
    SELECT actor, 'contact', NEW.sourced_id, 'insert',
           json_object('method', NEW.method, 'outcome', NEW.outcome, 'at', NEW.contacted_at), reason
    FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER contacts_audit_update AFTER UPDATE OF method, outcome, contacted_at, notes, purpose ON contacts FOR EACH ROW
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, new_value, reason)
    SELECT actor, 'contact', NEW.sourced_id, 'update',
           json_object('method', OLD.method, 'outcome', OLD.outcome, 'at', OLD.contacted_at, 'notes', OLD.notes),
           json_object('method', NEW.method, 'outcome', NEW.outcome, 'at', NEW.contacted_at, 'notes', NEW.notes), reason
    FROM audit_context WHERE id = 1;
END;
CREATE TRIGGER contacts_audit_delete AFTER DELETE ON contacts FOR EACH ROW
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, reason)
    SELECT actor, 'contact', OLD.sourced_id, 'delete',
           json_object('method', OLD.method, 'outcome', OLD.outcome, 'at', OLD.contacted_at), reason
    FROM audit_context WHERE id = 1;
END;
