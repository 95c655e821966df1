#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// An interview as recorded (DESIGN §4; field research §4).
struct Interview {
    qint64 id = 0;
    qint64 personId = 0;
    QString lead;         ///< who leads (agent, prosecutor, forensic interviewer)
    QString noteTaker;    ///< the single designated note-taker (every note is discoverable)
    QString advocate;     ///< empty: none present
    QString interpreter;  ///< empty: none
    bool recorded = false;///< the `recording` decision was agreed when it was held
    QJsonObject prompts;  ///< interview-mode prompts confirmed: {"before": [ids], "opening": [...], ...}
    qint64 heldUtcUs = 0; ///< UTC microseconds
    QString recordedBy;
};

/// What a caller records (CLI `interview add`, GUI interview mode).
struct NewInterview {
    qint64 personId = 0;
    QString lead;
    QString noteTaker;
    QString advocate;
    QString interpreter;
    QJsonObject prompts;
};

/// The result of InterviewLedger::add: the new id, the interview's number for this person, and reminders.
struct InterviewAdded {
    qint64 id = 0;
    int number = 0;            ///< 1 for the person's first interview
    bool recorded = false;
    QStringList reminders;     ///< advocate / interpreter / recording not yet asked (they block nothing)
};

/**
 * Interviews of victims and witnesses, append-only. An interview of a person who was trafficked is held only when
 * their `interview` decision is agreed (VictimChoicePolicy); advocate, interpreter and recording are asked as part of
 * it and block nothing. Keep interviews to the minimum needed: every retelling is hard (field research §4 item 25).
 */
class InterviewLedger {
public:
    /**
     * Records an interview. Throws CaseError(Usage) for an unknown person or a missing lead or note-taker, and
     * CaseError(HeldByVictimChoice) when the `interview` decision is missing, deferred, declined or withdrawn.
     */
    static InterviewAdded add(Case& c, const NewInterview& interview);
    /// How many interviews this person has had.
    static int count(Database& db, qint64 personId);
    /// A person's interviews, oldest first.
    static QVector<Interview> list(Database& db, qint64 personId);
    /**
     * The warning shown before a new interview when the person has had any: the count, and the offender-focused
     * sources that could answer the question instead (from the catalogue's `interview` point). Empty for a first.
     */
    static QString repeatWarning(Database& db, qint64 personId);
};

} // namespace tessera
