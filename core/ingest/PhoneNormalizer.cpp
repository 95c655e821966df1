#include "ingest/PhoneNormalizer.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include "case/CaseError.h"

#include <QHash>
#include <QSet>
#include <set>
#include <string>

namespace tessera {

namespace {
bool looksLikePhoneNumber(const QString& s) {
    int digits = 0;
    for (const QChar c : s) {
        if (c.isDigit())
            ++digits;
        else if (!(c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
                   c == QLatin1Char('.') || c == QLatin1Char(' ')))
            return false;
    }
    return digits >= 3;
}
} // namespace

bool PhoneNormalizer::isKnownRegion(const QString& region) {
    static const QSet<QString> known = [] {
        std::set<std::string> regions;
        i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
        QSet<QString> out;
        for (const std::string& r : regions)
            out.insert(QString::fromStdString(r));
        return out;
    }();
    return known.contains(region.trimmed().toUpper());
}

void PhoneNormalizer::requireKnownRegion(const QString& region, const QString& option) {
    if (!region.isEmpty() && !isKnownRegion(region))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: not a phone region libphonenumber knows (a two-letter "
                                                         "ISO 3166 code such as US, GB or SN)").arg(option));
}

PhoneNormalizer::Result PhoneNormalizer::normalize(const QString& raw, const QString& defaultRegion) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    Result r;
    const QString trimmed = raw.trimmed();
    r.value = trimmed;
    if (!looksLikePhoneNumber(trimmed)) {
        r.status = Status::NotANumber;
        return r;
    }
    // A small cache: call records repeat the same few numbers hundreds of thousands of times.
    static thread_local QHash<QString, Result> cache;
    const QString key = defaultRegion + QLatin1Char('|') + trimmed;
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const bool parsed = util->Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number) ==
                        PhoneNumberUtil::NO_PARSING_ERROR;
    if (!parsed || !util->IsValidNumber(number)) {
        r.status = Status::Invalid;
    } else {
        std::string out;
        util->Format(number, PhoneNumberUtil::E164, &out);
        r.status = Status::Valid;
        r.e164 = QString::fromStdString(out);
        r.value = r.e164;
        // Digits without '+' that are also a valid international number elsewhere: two readings, keep raw.
        QString digitsOnly;
        for (const QChar ch : trimmed)
            if (ch.isDigit())
                digitsOnly += ch;
        if (!trimmed.startsWith(QLatin1Char('+')) && !trimmed.startsWith(QLatin1String("00")) && digitsOnly.size() >= 11) {
            PhoneNumber intl;
            if (util->Parse("+" + digitsOnly.toStdString(), "ZZ", &intl) == PhoneNumberUtil::NO_PARSING_ERROR &&
                util->IsValidNumber(intl)) {
                std::string other;
                util->Format(intl, PhoneNumberUtil::E164, &other);
                if (other != out) {
                    r.status = Status::Ambiguous;
                    r.e164.clear();
                    r.value = trimmed;
                }
            }
        }
    }
    if (cache.size() > 100000)
        cache.clear();
    cache.insert(key, r);
    return r;
}

QString PhoneNormalizer::normalizeIdentifier(const QString& kind, const QString& raw, const QString& defaultRegion) {
    if (kind == QLatin1String("phone"))
        return normalize(raw, defaultRegion).value;
    if (kind == QLatin1String("email"))
        return raw.trimmed().toLower();
    if (kind == QLatin1String("plate")) {
        QString p = raw.toUpper();
        p.remove(QLatin1Char(' '));
        p.remove(QLatin1Char('-'));
        return p;
    }
    return raw.simplified();
}

} // namespace tessera
