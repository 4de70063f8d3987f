-- TutorDesk schema v4: families. Letter templates beside the built-in ones, and a full audit of
-- family records.

-- Letter templates a district installed (a template pack) or a coordinator edited in the app. The
-- built-in templates are files inside the program; these rows sit beside them, never over them, so
-- "restore the built-in text" is deleting a row. kind 'terms' holds a language's words for merged
-- values (subjects, grades) as JSON.
CREATE TABLE letter_templates (
    kind       TEXT NOT NULL CHECK (kind IN ('enrollment', 'missed-1', 'missed-2', 'missed-3', 'progress',
                                             'summary', 'terms')),
    language   TEXT NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('district', 'coordinator')),
    version    TEXT NOT NULL DEFAULT '',
    reviewed   INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    pack_name  TEXT NOT NULL DEFAULT '',
    saved_by   TEXT NOT NULL DEFAULT '',
    saved_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (kind, language, source)
) WITHOUT ROWID;

-- A guardian whose details the coordinator entered or corrected in TutorDesk: a roster re-import then
-- only fills what is empty here, instead of putting back the district's older phone or language.
ALTER TABLE guardians ADD COLUMN edited_here INTEGER NOT NULL DEFAULT 0 CHECK (edited_here IN (0, 1));

-- Which protocol action a letter was printed for (the action also points at its resolving letter,
-- but a letter for an action left open, a make-up notice, must still be found).
ALTER TABLE letters_sent ADD COLUMN action_id INTEGER REFERENCES protocol_actions (id);
ALTER TABLE letters_sent ADD COLUMN paper TEXT NOT NULL DEFAULT 'letter' CHECK (paper IN ('letter', 'a4'));
CREATE INDEX letters_sent_action ON letters_sent (action_id) WHERE action_id IS NOT NULL;
CREATE INDEX letters_sent_contact ON letters_sent (contact_id);
CREATE INDEX contacts_guardian ON contacts (guardian_id);
CREATE INDEX contacts_method ON contacts (method, contacted_at);

-- Every field of a contact is part of the record: the first version audited only some of them.
DROP TRIGGER contacts_audit_update;
CREATE TRIGGER contacts_audit_update AFTER UPDATE OF guardian_id, contacted_at, method, direction, language,
    interpreter_used, purpose, outcome, notes, follow_up_on, by_whom ON contacts FOR EACH ROW
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, new_value, reason)
    SELECT actor, 'contact', NEW.sourced_id, 'update',
           json_object('guardian', OLD.guardian_id, 'at', OLD.contacted_at, 'method', OLD.method,
                       'direction', OLD.direction, 'language', OLD.language, 'interpreter', OLD.interpreter_used,
                       'purpose', OLD.purpose, 'outcome', OLD.outcome, 'notes', OLD.notes,
                       'followUp', OLD.follow_up_on, 'by', OLD.by_whom),
           json_object('guardian', NEW.guardian_id, 'at', NEW.contacted_at, 'method', NEW.method,
                       'direction', NEW.direction, 'language', NEW.language, 'interpreter', NEW.interpreter_used,
                       'purpose', NEW.purpose, 'outcome', NEW.outcome, 'notes', NEW.notes,
                       'followUp', NEW.follow_up_on, 'by', NEW.by_whom),
           reason
    FROM audit_context WHERE id = 1;
END;

-- How to reach a family is what every protocol action depends on: keep who changed it and when.
CREATE TRIGGER guardians_audit_update AFTER UPDATE OF first_name, last_name, phone_mobile, phone_home,
    phone_work, email, preferred_language, preferred_method, consent_to_texts ON guardians FOR EACH ROW
BEGIN
    INSERT INTO audit_log (actor, entity, entity_id, action, old_value, new_value, reason)
    SELECT actor, 'guardian', NEW.sourced_id, 'update',
           json_object('name', trim(OLD.first_name || ' ' || OLD.last_name), 'mobile', OLD.phone_mobile,
                       'home', OLD.phone_home, 'work', OLD.phone_work, 'email', OLD.email,
                       'language', OLD.preferred_language, 'method', OLD.preferred_method,
                       'texts', OLD.consent_to_texts),
           json_object('name', trim(NEW.first_name || ' ' || NEW.last_name), 'mobile', NEW.phone_mobile,
                       'home', NEW.phone_home, 'work', NEW.phone_work, 'email', NEW.email,
                       'language', NEW.preferred_language, 'method', NEW.preferred_method,
                       'texts', NEW.consent_to_texts),
           reason
    FROM audit_context WHERE id = 1;
END;
