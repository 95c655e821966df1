#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tessera {

/**
 * Display words for the case model's stable names (Vocabulary in core/model/Roles.h), person-first and
 * trauma-informed: the role "victim" reads "person who was trafficked". Unknown names are shown as they are.
 */
class VocabularyText {
    Q_DECLARE_TR_FUNCTIONS(VocabularyText)

public:
    /// A person role ("victim" → "person who was trafficked"), lower case for use inside a sentence.
    static QString role(const QString& role);
    /// Roles joined for a list ("offender, associate").
    static QString roles(const QStringList& roles);
    /// An identifier kind ("payment-handle" → "payment handle").
    static QString identifierKind(const QString& kind);
    /// A record type or event category ("text" → "Text message", "commercial-sex" → "Commercial sex act").
    static QString category(const QString& category);
};

} // namespace tessera
