-- TutorDesk schema v2: what the schedule needs to answer quickly and to keep honest.

-- "Is this tutor busy then?" asks about substitutes as well as regular tutors.
CREATE INDEX sessions_substitute_day ON sessions (substitute_tutor_id, day) WHERE substitute_tutor_id IS NOT NULL;
-- Make-ups of a session, and the sessions of a room.
CREATE INDEX sessions_makeup_for ON sessions (makeup_for) WHERE makeup_for IS NOT NULL;
CREATE INDEX tutoring_groups_location ON tutoring_groups (location);

-- Cancelled sessions never count as student absences: no attendance for them, and a session with
-- attendance is not cancelled (the attendance is cleared first, which the audit log records).
CREATE TRIGGER attendance_not_for_cancelled BEFORE INSERT ON attendance
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = 'cancelled'
BEGIN
    SELECT RAISE(ABORT, 'session is cancelled');
END;

CREATE TRIGGER sessions_cancel_without_attendance BEFORE UPDATE OF status ON sessions
WHEN NEW.status = 'cancelled' AND OLD.status <> 'cancelled'
 AND EXISTS (SELECT 1 FROM attendance WHERE session_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'session has attendance');
END;

-- Absences are part of the staffing record: keep them when they are taken back.
CREATE TRIGGER tutor_absences_tombstone AFTER DELETE ON tutor_absences FOR EACH ROW
BEGIN
    INSERT INTO tombstones (table_name, sourced_id) VALUES ('tutor_absences', OLD.sourced_id);
END;
