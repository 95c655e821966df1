#include "proof/ProofStatusStyle.h"

#include <QCoreApplication>

namespace tessera {

namespace {
/// The literals below are marked with QT_TRANSLATE_NOOP so that lupdate finds them under this context.
QString trs(const char* s) {
    return QCoreApplication::translate("ProofStatusStyle", s);
}
} // namespace

QString ProofStatusStyle::text(const QString& status) {
    if (status == QLatin1String("independent"))
        return trs(QT_TRANSLATE_NOOP("ProofStatusStyle", "Independent"));
    if (status == QLatin1String("pending-authentication"))
        return trs(QT_TRANSLATE_NOOP("ProofStatusStyle", "Pending authentication"));
    if (status == QLatin1String("victim-only"))
        return trs(QT_TRANSLATE_NOOP("ProofStatusStyle", "Victim-only"));
    if (status == QLatin1String("not-required"))
        return trs(QT_TRANSLATE_NOOP("ProofStatusStyle", "Not required"));
    return trs(QT_TRANSLATE_NOOP("ProofStatusStyle", "Unsupported"));
}

QString ProofStatusStyle::glyph(const QString& status) {
    if (status == QLatin1String("independent"))
        return QStringLiteral("✔");
    if (status == QLatin1String("pending-authentication"))
        return QStringLiteral("◐");
    if (status == QLatin1String("victim-only"))
        return QStringLiteral("⚠");
    if (status == QLatin1String("not-required"))
        return QStringLiteral("–");
    return QStringLiteral("✖");
}

QString ProofStatusStyle::label(const QString& status) {
    return glyph(status) + QLatin1Char(' ') + text(status);
}

QColor ProofStatusStyle::background(const QString& status) {
    if (status == QLatin1String("independent"))
        return QColor(0xc8, 0xe6, 0xc9); // green 100
    if (status == QLatin1String("pending-authentication"))
        return QColor(0xff, 0xec, 0xb3); // amber 100
    if (status == QLatin1String("victim-only"))
        return QColor(0xff, 0xcc, 0xbc); // deep orange 100
    if (status == QLatin1String("not-required"))
        return QColor(0xe0, 0xe0, 0xe0); // grey 300
    return QColor(0xf8, 0xbb, 0xd0);     // pink 100: unsupported
}

QString ProofStatusStyle::explanation(const QString& status) {
    if (status == QLatin1String("independent"))
        return trs(QT_TRANSLATE_NOOP(
            "ProofStatusStyle",
            "Proven by evidence that does not depend on the victim and has a recorded way to be admitted."));
    if (status == QLatin1String("pending-authentication"))
        return trs(QT_TRANSLATE_NOOP(
            "ProofStatusStyle",
            "Independent evidence exists, but how it can be admitted (certificate, custodian, officer) is not "
            "recorded yet."));
    if (status == QLatin1String("victim-only"))
        return trs(QT_TRANSLATE_NOOP(
            "ProofStatusStyle",
            "Rests on victim-sourced evidence alone: independent evidence would lift this burden from the "
            "victim."));
    if (status == QLatin1String("not-required"))
        return trs(QT_TRANSLATE_NOOP(
            "ProofStatusStyle",
            "Not an element of this charge for this victim (for example force, fraud or coercion when the "
            "person was under 18)."));
    return trs(QT_TRANSLATE_NOOP("ProofStatusStyle", "No evidence is linked to this element yet."));
}

} // namespace tessera
