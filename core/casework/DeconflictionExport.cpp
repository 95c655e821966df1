#include "casework/DeconflictionExport.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace tessera::DeconflictionExport {
namespace {

QByteArray csv(QString s) {
    // A leading =, +, - or @ would be read as a formula by a spreadsheet (CSV injection): prefix it with a quote.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.at(0)))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s.toUtf8();
}

} // namespace

QStringList offenderSideRoles() {
    return {QStringLiteral("offender"), QStringLiteral("suspect"), QStringLiteral("associate")};
}

DeconflictionResult write(Case& c, const QString& path) {
    Database& db = c.db();
    DeconflictionResult r;
    QByteArray out = "person_id,name,roles,kind,value,raw_value,valid_from_utc,valid_to_utc\n";
    const QStringList sides = offenderSideRoles();
    for (const Person& p : PersonRepository::list(db)) {
        bool offenderSide = false;
        for (const QString& role : p.roles)
            offenderSide = offenderSide || sides.contains(role);
        if (!offenderSide || p.isProtected || p.roles.contains(QLatin1String("victim")))
            continue; // never a victim's, never a protected person's
        const auto ids = IdentifierRepository::forPerson(db, p.id);
        if (ids.isEmpty())
            continue;
        ++r.people;
        for (const Identifier& i : ids) {
            out += QByteArray::number(p.id) + ',' + csv(p.legalName) + ',' + csv(p.roles.join(QLatin1Char(';'))) + ',' +
                   csv(i.kind) + ',' + csv(i.value) + ',' + csv(i.rawValue) + ',' +
                   (i.validFromUtcUs ? formatIsoUtc(i.validFromUtcUs).toUtf8() : QByteArray()) + ',' +
                   (i.validToUtcUs ? formatIsoUtc(i.validToUtcUs).toUtf8() : QByteArray()) + '\n';
            ++r.rows;
        }
    }
    Transaction tx(db);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
    c.audit(QStringLiteral("deconfliction.export"), QStringLiteral("case"),
            {{QStringLiteral("file"), QFileInfo(path).fileName()},
             {QStringLiteral("people"), r.people},
             {QStringLiteral("rows"), r.rows}});
    if (!f.commit())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
    tx.commit();
    return r;
}

} // namespace tessera::DeconflictionExport
