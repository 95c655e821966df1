#include "main/RecentCases.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace tessera {
namespace {
const char* const kPathsKey = "recentCases/paths";
const char* const kEnabledKey = "recentCases/enabled";
} // namespace

RecentCasesMenu::RecentCasesMenu(QWidget* parent) : QMenu(tr("Open &recent"), parent) {
    setObjectName(QStringLiteral("menuRecentCases"));
    connect(this, &QMenu::aboutToShow, this, &RecentCasesMenu::rebuild);
    rebuild();
}

bool RecentCasesMenu::enabled() { return QSettings().value(QLatin1String(kEnabledKey), true).toBool(); }

void RecentCasesMenu::setEnabled(bool on) {
    QSettings settings;
    settings.setValue(QLatin1String(kEnabledKey), on);
    if (!on) {
        settings.remove(QLatin1String(kPathsKey));
        forgetFileDialogHistory();
    }
}

void RecentCasesMenu::forgetFileDialogHistory() {
    QSettings qt(QSettings::UserScope, QStringLiteral("QtProject"));
    qt.remove(QStringLiteral("FileDialog"));
    qt.sync();
}

QStringList RecentCasesMenu::paths() { return QSettings().value(QLatin1String(kPathsKey)).toStringList(); }

void RecentCasesMenu::remember(const QString& path) {
    if (!enabled() || path.isEmpty())
        return;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxEntries)
        list.removeLast();
    QSettings().setValue(QLatin1String(kPathsKey), list);
}

void RecentCasesMenu::clear() { QSettings().remove(QLatin1String(kPathsKey)); }

void RecentCasesMenu::rebuild() {
    QMenu::clear();
    const QStringList list = paths();
    int n = 0;
    for (const QString& path : list) {
        ++n;
        const QFileInfo info(path);
        QAction* a = addAction(tr("&%1  %2").arg(n).arg(info.fileName()));
        a->setObjectName(QStringLiteral("actionRecentCase%1").arg(n));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setEnabled(info.exists());
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        QAction* none = addAction(enabled() ? tr("No recent cases") : tr("Recent cases are not remembered"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction* clearAction = addAction(tr("&Clear list"));
    clearAction->setObjectName(QStringLiteral("actionClearRecentCases"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, [] { RecentCasesMenu::clear(); });
    QAction* toggle = addAction(tr("&Remember recent cases"));
    toggle->setObjectName(QStringLiteral("actionRememberRecentCases"));
    toggle->setCheckable(true);
    toggle->setChecked(enabled());
    toggle->setToolTip(tr("Only file paths are remembered, on this computer. Switch off to keep no list at all."));
    connect(toggle, &QAction::toggled, this, [](bool on) { RecentCasesMenu::setEnabled(on); });
}

} // namespace tessera
