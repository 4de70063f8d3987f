-- TutorDesk schema v3: attendance, dosage and the missed-session protocol.

-- A make-up for some of a group's students only (one student's missed session): who it is for.
-- A session without rows here is for its group's seat holders.
CREATE TABLE session_students (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    student_id INTEGER NOT NULL REFERENCES students (id),
    PRIMARY KEY (session_id, student_id)
) WITHOUT ROWID;
CREATE INDEX session_students_student ON session_students (student_id);

-- The student was absent from school that day (not only from tutoring): the session's delivery rate
-- leaves it out, since the program could not have delivered it.
ALTER TABLE attendance ADD COLUMN absent_from_school INTEGER NOT NULL DEFAULT 0
    CHECK (absent_from_school IN (0, 1));

-- What made the protocol ask: the absences in a row at the triggering session, or the attendance rate
-- over the rule's window; and the make-up scheduled to resolve a schedule_makeup action.
ALTER TABLE protocol_actions ADD COLUMN absences_in_row INTEGER NOT NULL DEFAULT 0;
ALTER TABLE protocol_actions ADD COLUMN attendance_rate REAL;
ALTER TABLE protocol_actions ADD COLUMN makeup_session_id INTEGER REFERENCES sessions (id);
CREATE INDEX protocol_actions_enrollment ON protocol_actions (enrollment_id, rule, session_id);
CREATE INDEX protocol_actions_session ON protocol_actions (session_id);
CREATE INDEX attendance_student_status ON attendance (student_id, status);

-- Resolving, withdrawing or reopening an action is part of the record the district may ask for.
CREATE TRIGGER protocol_actions_audit_update AFTER UPDATE OF status ON protocol_actions FOR EACH ROW
WHEN NEW.status IS NOT OLD.status
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, new_value, reason)
    SELECT actor, 'protocol_actions', NEW.sourced_id, 'update',
           json_object('status', OLD.status),
           json_object('status', NEW.status, 'note', NEW.resolution_note), reason
    FROM audit_context WHERE id = 1;
END;

-- Being away from school is part of the attendance record too.
CREATE TRIGGER attendance_audit_school_absence AFTER UPDATE OF absent_from_school ON attendance FOR EACH ROW
WHEN NEW.absent_from_school IS NOT OLD.absent_from_school
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, new_value, reason)
    SELECT actor, 'attendance', NEW.sourced_id, 'update',
           json_object('absentFromSchool', OLD.absent_from_school),
           json_object('absentFromSchool', NEW.absent_from_school), reason
    FROM audit_context WHERE id = 1;
END;
