#pragma once

#include <QWidget>

namespace tessera {

/**
 * What the window shows when no case is open: what Tessera is for, in one line, and two large buttons, "New
 * case…" and "Open case…", bound to the main window's actions.
 */
class StartPage : public QWidget {
    Q_OBJECT

public:
    StartPage(QAction* newCase, QAction* openCase, QWidget* parent = nullptr);
};

} // namespace tessera
