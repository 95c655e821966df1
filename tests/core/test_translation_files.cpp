// The Spanish interface is complete (issue 9 point 4): every message in resources/translations/tessera_es.ts is
// finished, and each translation keeps its source's placeholders (%1…, %n), its keyboard accelerator (&) and its
// markup; plural messages have both Spanish forms. Run after `update_translations` + scripts/translate.py.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList forms; ///< one translation, or the plural forms
    bool unfinished = false;
    bool numerus = false;
};

QVector<Message> readTs(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QVector<Message> out;
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QStringList sorted(QStringList l) {
    l.sort();
    return l;
}

QStringList all(const QString& text, const QRegularExpression& re) {
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return sorted(out);
}

} // namespace

TEST_CASE("translations: every Spanish message is finished and keeps placeholders, accelerators and markup",
          "[translation]") {
    const QVector<Message> messages =
        readTs(QStringLiteral(TESSERA_TEST_DATA_DIR "/../../../resources/translations/tessera_es.ts"));
    REQUIRE(messages.size() > 1000);
    static const QRegularExpression placeholder(QStringLiteral("%(L?[1-9]|n)"));
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
    static const QRegularExpression accelerator(QStringLiteral("&(?![&\\s]|[a-z]+;)"));
    int unfinished = 0;
    for (const Message& m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        if (m.unfinished)
            ++unfinished;
        CHECK_FALSE(m.unfinished);
        REQUIRE_FALSE(m.forms.isEmpty());
        CHECK(m.forms.size() == (m.numerus ? 2 : 1)); // Spanish: singular and plural
        for (const QString& form : m.forms) {
            INFO("translation: " << form.toStdString());
            CHECK_FALSE(form.trimmed().isEmpty());
            if (m.numerus) { // each form says the number, or the singular names it in words ("una")
                CHECK((form.contains(QLatin1String("%n")) || form == m.forms.first()));
                CHECK(sorted(all(form, placeholder).filter(QRegularExpression(QStringLiteral("%L?[1-9]")))) ==
                      sorted(all(m.source, placeholder).filter(QRegularExpression(QStringLiteral("%L?[1-9]")))));
            } else {
                CHECK(all(form, placeholder) == all(m.source, placeholder));
            }
            CHECK(all(form, accelerator).size() == all(m.source, accelerator).size());
            CHECK(all(form, tag).size() == all(m.source, tag).size());
        }
    }
    CHECK(unfinished == 0);
}
