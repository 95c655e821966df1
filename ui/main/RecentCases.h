// Recently opened cases (issue 9 point 2): paths only, and the person can switch the list off.
#pragma once

#include <QMenu>
#include <QStringList>

namespace tessera {

/**
 * The "Open recent" menu and its list. Only file paths are kept, in QSettings ("recentCases/paths", at most
 * kMaxEntries, newest first) — never a title, a name or anything read from inside a case (DESIGN §3). Switching
 * "Remember recent cases" off clears the list and stops recording ("recentCases/enabled"), and drops Qt's own
 * file-dialog history (forgetFileDialogHistory).
 */
class RecentCasesMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 8;

    explicit RecentCasesMenu(QWidget* parent = nullptr);

    /// Whether opened cases are remembered (default true).
    static bool enabled();
    /// Switches remembering on or off; off clears the list.
    static void setEnabled(bool on);
    /// The remembered paths, newest first (missing files included: the menu greys them out).
    static QStringList paths();
    /// Puts `path` (made absolute) first. Does nothing when remembering is off.
    static void remember(const QString& path);
    /// Forgets every path.
    static void clear();
    /**
     * Removes Qt's file-dialog history (QSettings organisation "QtProject", group "FileDialog" in
     * ~/.config/QtProject.conf: the last folder visited and its sidebar), which QFileDialog writes whenever one closes
     * and which can name a case's folder. Called when Tessera starts and after its windows are gone, and when
     * remembering recent cases is switched off.
     */
    static void forgetFileDialogHistory();

signals:
    /// The person chose a remembered case.
    void openRequested(const QString& path);

private:
    void rebuild();
};

} // namespace tessera
