#include "common/InterfaceLanguage.h"

#include "common/MessageBoxes.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tessera {
namespace {

const char* const kLanguageKey = "ui/language";
QString g_inEffect = QStringLiteral("en");

} // namespace

QList<QPair<QString, QString>> InterfaceLanguage::available() {
    return {{QString(), QCoreApplication::translate("InterfaceLanguage", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString InterfaceLanguage::saved() { return QSettings().value(QLatin1String(kLanguageKey)).toString(); }

void InterfaceLanguage::save(const QString& code) { QSettings().setValue(QLatin1String(kLanguageKey), code); }

bool InterfaceLanguage::installFor(const QString& code) {
    static QTranslator* tessera = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&tessera, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_inEffect = QStringLiteral("en");
    const QLocale locale(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto* own = new QTranslator;
    if (!own->load(locale, QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    tessera = own;
    auto* base = new QTranslator;
    if (base->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base);
        qt = base;
    } else {
        delete base;
    }
    g_inEffect = QLocale::languageToCode(locale.language());
    return true;
}

QString InterfaceLanguage::install() {
    const QString choice = saved();
    const QString code = choice.isEmpty() ? QLocale::system().name() : choice;
    installFor(code);
    return g_inEffect;
}

bool InterfaceLanguage::promptsLanguageDiffers() { return g_inEffect != QLatin1String("en"); }

InterfaceLanguageMenu::InterfaceLanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent) {
    setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(this);
    const QString current = InterfaceLanguage::saved();
    for (const auto& [code, name] : InterfaceLanguage::available()) {
        QAction* a = addAction(name);
        a->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            InterfaceLanguage::save(code);
            MessageBoxes::information(parentWidget(), tr("Language"),
                                      tr("The new language applies the next time Tessera starts."));
        });
    }
}

} // namespace tessera
