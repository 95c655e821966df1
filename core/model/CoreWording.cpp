#include "model/CoreWording.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVector>

namespace tessera::CoreWording {

const QList<const char*>& templates() {
    static const QList<const char*> t{
        // Legal process (LegalProcessRepository::kindWords, ::deadlines).
        QT_TRANSLATE_NOOP("tessera::CoreWording", "subpoena"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "court order"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "search warrant"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "preservation request"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "delayed-notice order"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "return due from %1"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "preservation ends (renewed once already): records may be deleted "
                                                  "after this day unless obtained by other process"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "preservation ends: renew by then for 90 more days (once, 18 U.S.C. "
                                                  "2703(f)(2)) or obtain the records"),
        QT_TRANSLATE_NOOP("tessera::CoreWording",
                          "delayed-notice order ends: give notice or apply for an extension (18 U.S.C. 2705(a)(4))"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "%1 expires"),
        // The proof board's gap suggestions and the evidence kinds they name (ProofBoard).
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Record how exhibit %1 (%2) can be admitted: certified business "
                                                  "record, hash certificate, custodian or officer (exhibit certify)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Exhibit %1 can only be admitted through the victim: a certificate "
                                                  "or another custodian would not need them"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "This element rests on victim-sourced evidence alone"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Independent evidence that usually proves this: %1 (%2)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "The date of birth is known only from the person's own statement."),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "victim statement"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "witness statement"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "call records"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "subscriber records"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "financial records"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "online ads"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "lodging records"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "travel records"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "licence-plate reader hits"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "surveillance"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "social media"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "device extraction"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "victim device extraction"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "victim records"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "medical"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "victim photograph"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "physical"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "officer observation"),
        // Activity descriptions (ActivityLog::describe).
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Note %1 added (about %2)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Note %1 revised (version %2)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Report %1 started (draft version 1)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Report %1 draft saved (version %2)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Report %1 draft version %2 discarded"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Report %1 version %2 signed (SHA-256 %3)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Lead %1 opened"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Lead %1 closed"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Legal process %1 recorded (%2)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Preservation request %1 renewed until %2"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Request letter draft written for legal process %1"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Exhibit %1 imported (%2 records, %3 rejected rows)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Exhibit %1 checked against legal process %2: %3 records quarantined"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Case locked (%1); %2 draft(s) kept"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "%1 draft(s) restored"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "%1 draft(s) discarded"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Note %1 withdrawn (undone)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Lead %1 withdrawn (undone)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Legal process %1 withdrawn (undone)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Note %1 reinstated (redone)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Lead %1 reinstated (redone)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Legal process %1 reinstated (redone)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Authentication of exhibit %1 recorded (%2)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Authentication of exhibit %1 recorded again (%2)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Authentication of exhibit %1 withdrawn (undone)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Deconfliction export written (%1 rows)"),
        // Record summaries (Timeline's recordSummary, with translated summaries on): types, direction, parties.
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Call"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Text message"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Emergency call"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "E-mail"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Record"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Timeline event"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Calendar event"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Location point"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Lodging"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Payment"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Advertisement"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Plate read"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Data session"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "outgoing"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "incoming"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "direction unknown"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "unknown"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "at %1"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "flagged:"),
        // Decision points (resources/checkpoints/catalogue.json "title").
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Interview"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Advocate or support person present"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Interpreter"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Recording of the interview"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Medical forensic exam"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Photographs of injuries, tattoos or branding"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Extraction of the person's phone or cloud account"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Return of property (phone, identity documents, money)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Contact method and safe times"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Referral to services"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Continued Presence"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "T visa declaration (Form I-914 Supplement B)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "U visa certification (Form I-918 Supplement B)"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Media contact and public statements"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Testifying and taking part in the prosecution"),
        // Decision points' questions (catalogue.json "question"): asked of the person in their language.
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Would you like to talk with us, and if so, when?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Would you like an advocate or a support person with you?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Which language would you like to use, and do you have a preference about the interpreter (gender, in person or by phone)?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "May we record the interview?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Would you like a medical forensic exam?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "May we photograph injuries, tattoos or marks?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "May we copy data from your phone or account, and if so, which dates and which apps?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Which of your things would you like back, and how can we get them to you safely?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "How and when is it safe to reach you?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Would you like to be connected with services (shelter, legal, medical, counselling)?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Would you like us to request Continued Presence for you?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Would you like a law enforcement declaration for a T visa application?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Would you like us to consider a U visa certification?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Do you want to speak with the media, or be mentioned in any public statement?"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "Would you be willing to take part in the prosecution, and to be heard at a plea or sentencing?"),
    };
    return t;
}

namespace {

/// A template with placeholders, as a whole-string pattern: each %N becomes a lazy capture group.
struct Pattern {
    const char* source = nullptr;
    QRegularExpression re;
    QList<int> numbers; ///< the placeholder number of each capture group, in order
};

const QVector<Pattern>& patterns() {
    static const QVector<Pattern> v = [] {
        QVector<Pattern> out;
        static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
        for (const char* source : templates()) {
            const QString text = QString::fromUtf8(source);
            Pattern p{source, {}, {}};
            QString re = QStringLiteral("\\A");
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                re += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.+?)");
                p.numbers << m.captured(1).toInt();
                at = m.capturedEnd();
            }
            if (p.numbers.isEmpty())
                continue; // matched exactly
            re += QRegularExpression::escape(text.mid(at)) + QStringLiteral("\\z");
            p.re = QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption);
            out << p;
        }
        return out;
    }();
    return v;
}

/// The only words translated when they fill a placeholder (a process kind in "%1 expires", an evidence kind in a
/// suggestion): anything else in a placeholder is case data (a provider, a place, a name) and is never translated.
bool isValueWord(const QByteArray& utf8) {
    static const QList<QByteArray> words{
        "subpoena", "court order", "search warrant", "preservation request", "delayed-notice order",
        "victim statement", "witness statement", "call records", "subscriber records", "financial records",
        "online ads", "lodging records", "travel records", "licence-plate reader hits", "surveillance", "social media",
        "device extraction", "victim device extraction", "victim records", "medical", "victim photograph", "physical",
        "officer observation"};
    return words.contains(utf8);
}

QString exact(const QString& english) {
    const QByteArray utf8 = english.toUtf8();
    for (const char* source : templates())
        if (utf8 == source)
            return QCoreApplication::translate(kContext, source);
    return {};
}

/// Audit actions (their code with dots as spaces) that ActivityLog::describe words only as "ACTION (SUBJECT)".
const QList<QByteArray>& actionWords() {
    static const QList<QByteArray> words{
        QT_TRANSLATE_NOOP("tessera::CoreWording", "benefit add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "case create"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "case open-with-recovery-key"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "case restore"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "charge add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "charge remove"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "checkpoint record"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "contact add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "contact details view"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "element link"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "element unlink"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "event add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "event link"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "event remove"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "exhibit add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "exhibit identifier"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "exhibit received-time"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "exhibit seal"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "export"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "identifier add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "interview add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "key rotate"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "media request add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "memo"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "passphrase change"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "person add"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "person protect"),
        QT_TRANSLATE_NOOP("tessera::CoreWording", "recovery-slot add"),
    };
    return words;
}

} // namespace

QString translate(const QString& english) {
    if (english.isEmpty())
        return english;
    if (const QString t = exact(english); !t.isEmpty())
        return t;
    for (const Pattern& p : patterns()) {
        const QRegularExpressionMatch m = p.re.match(english);
        if (!m.hasMatch())
            continue;
        const QString translated = QCoreApplication::translate(kContext, p.source);
        if (translated == QString::fromUtf8(p.source))
            return english; // no translation installed
        // One pass over the translation, so a value that itself holds "%2" is never filled in again.
        QString out;
        for (qsizetype i = 0; i < translated.size(); ++i) {
            const int number = translated[i] == QLatin1Char('%') && i + 1 < translated.size()
                                   ? translated[i + 1].digitValue()
                                   : -1;
            const int group = number > 0 ? p.numbers.indexOf(number) : -1;
            if (group < 0) {
                out += translated[i];
                continue;
            }
            const QString value = m.captured(group + 1);
            const QString word = isValueWord(value.toUtf8()) ? exact(value) : QString();
            out += word.isEmpty() ? value : word;
            ++i;
        }
        return out;
    }
    return english;
}

QString activity(const QString& english, const QString& action, const QString& subject) {
    const QString translated = translate(english);
    if (translated != english)
        return translated;
    QString words = action;
    words.replace(QLatin1Char('.'), QLatin1Char(' '));
    const QByteArray utf8 = words.toUtf8();
    const QString fallback = subject.isEmpty() ? words : QStringLiteral("%1 (%2)").arg(words, subject);
    if (english != fallback || !actionWords().contains(utf8))
        return english;
    const QString w = QCoreApplication::translate(kContext, utf8.constData());
    return subject.isEmpty() ? w : QStringLiteral("%1 (%2)").arg(w, subject);
}

QString kind(const QString& code) {
    QString words = code;
    words.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (code == QLatin1String("lpr"))
        words = QStringLiteral("licence-plate reader hits");
    const QByteArray utf8 = words.toUtf8();
    if (!isValueWord(utf8))
        return code;
    const QString translated = QCoreApplication::translate(kContext, utf8.constData());
    return translated == words ? code : translated;
}

} // namespace tessera::CoreWording
