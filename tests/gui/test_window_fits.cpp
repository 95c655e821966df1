// Issue 9 point 2 (high-DPI and layout habits): the main window fits a 1366-pixel laptop screen with every dock
// shown — found by a new-user trial, where showing the proof board or choosing a person with a long name widened the
// window past the screen and cut off the status bar.
#include "GuiTestSupport.h"
#include "case/Case.h"
#include "common/InterfaceLanguage.h"
#include "common/MessageBoxes.h"
#include "main/MainWindow.h"
#include "casework/ActivityView.h"
#include "casework/CaseworkPanel.h"
#include "people/PeoplePanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOption>
#include <QToolButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

namespace {

/// The text a button draws (mnemonic ampersands drawn as nothing, "&&" as one "&").
QString shownText(const QString& text) {
    QString out = text;
    out.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    out.remove(QLatin1Char('&'));
    out.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return out;
}

/// The width a style adds around `contents` for this kind of control (margins, frame, indicator), measured with wide
/// contents so a style's minimum button width does not count.
int styleMargins(QStyle::ContentsType type, const QStyleOption& opt, const QWidget* w) {
    constexpr int kWide = 2000;
    return w->style()->sizeFromContents(type, &opt, QSize(kWide, opt.fontMetrics.height()), w).width() - kWide;
}

/// Every visible button and combo box of `root` whose text does not fit its width, as "objectName: text (needs N,
/// has M)". Tool buttons that show only an icon, and editable combo boxes, have no text to cut.
QStringList clippedTexts(QWidget* root) {
    QStringList out;
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (!b->isVisible() || b->text().isEmpty() || b->width() <= 0)
            continue;
        const QString text = shownText(b->text());
        const QFontMetrics fm = b->fontMetrics();
        int needed = fm.horizontalAdvance(text);
        if (auto* tool = qobject_cast<QToolButton*>(b)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly ||
                (tool->toolButtonStyle() == Qt::ToolButtonFollowStyle && !tool->icon().isNull()))
                continue;
            if (b->objectName() == QLatin1String("qt_toolbar_ext_button") || text.contains(QLatin1Char('\n')))
                continue;
            QStyleOptionToolButton opt;
            opt.initFrom(tool);
            opt.toolButtonStyle = tool->toolButtonStyle();
            if (tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon && !tool->icon().isNull())
                needed += tool->iconSize().width() + 4;
            if (tool->popupMode() == QToolButton::MenuButtonPopup)
                needed += b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, b);
            needed += styleMargins(QStyle::CT_ToolButton, opt, b);
        } else if (auto* push = qobject_cast<QPushButton*>(b)) {
            QStyleOptionButton opt;
            opt.initFrom(push);
            opt.text = push->text();
            if (!push->icon().isNull())
                needed += push->iconSize().width() + 4;
            if (push->menu())
                needed += b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, b);
            needed += styleMargins(QStyle::CT_PushButton, opt, b);
        } else if (qobject_cast<QCheckBox*>(b) || qobject_cast<QRadioButton*>(b)) {
            QStyleOptionButton opt;
            opt.initFrom(b);
            opt.text = b->text();
            needed += styleMargins(qobject_cast<QCheckBox*>(b) ? QStyle::CT_CheckBox : QStyle::CT_RadioButton, opt, b);
        } else {
            continue; // tab bar buttons and the like: drawn by their owner
        }
        if (needed > b->width())
            out << QStringLiteral("%1 (%2): \"%3\" needs %4 px, has %5")
                       .arg(b->objectName(), QString::fromLatin1(b->metaObject()->className()), text)
                       .arg(needed)
                       .arg(b->width());
    }
    for (QComboBox* c : root->findChildren<QComboBox*>()) {
        if (!c->isVisible() || c->isEditable() || c->currentText().isEmpty())
            continue;
        QStyleOptionComboBox opt;
        opt.initFrom(c);
        opt.editable = false;
        opt.currentText = c->currentText();
        const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
        int needed = c->fontMetrics().horizontalAdvance(c->currentText());
        if (!c->itemIcon(c->currentIndex()).isNull())
            needed += c->iconSize().width() + 4;
        if (needed > field.width())
            out << QStringLiteral("%1 (QComboBox): \"%2\" needs %3 px, has %4")
                       .arg(c->objectName(), c->currentText())
                       .arg(needed)
                       .arg(field.width());
    }
    return out;
}

/// Opens `path` in a main window of 1366 × 768 and returns the clipped texts of every casework tab, with and
/// without the proof board.
QStringList clippedAt1366(const QString& path) {
    MainWindow w;
    REQUIRE(w.openCase(path, QStringLiteral("correct horse battery")));
    w.resize(1366, 768);
    w.show();
    QApplication::processEvents();
    QStringList out;
    auto* tabs = w.caseworkPanel()->findChild<QTabWidget*>(QStringLiteral("caseworkTabs"));
    REQUIRE(tabs);
    for (bool proofBoard : {false, true}) {
        if (proofBoard) {
            w.findChild<QAction*>(QStringLiteral("actionShowProofBoard"))->trigger();
            QApplication::processEvents();
        }
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            for (const QString& clipped : clippedTexts(&w))
                if (!out.contains(clipped))
                    out << clipped;
        }
    }
    w.closeCase();
    return out;
}

QString makeLayoutCase(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("clip.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Layout");
    o.kdf = KdfParameters::testing();
    Case::create(path, QStringLiteral("correct horse battery"), o)->close();
    return path;
}

} // namespace

TEST_CASE("At 1366 × 768 no button or combo box shows clipped text, in English and in Spanish", "[gui][layout]") {
    // Found by a new-user trial at 1400 × 900: "…e as new version of the selected n…", a cut-off "Redo" and an
    // "About" combo showing "The cas".
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeLayoutCase(dir);
    {
        const QStringList clipped = clippedAt1366(path);
        INFO("English:\n" << clipped.join(QLatin1Char('\n')).toStdString());
        CHECK(clipped.isEmpty());
    }
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("es")));
    {
        const QStringList clipped = clippedAt1366(path);
        INFO("Spanish:\n" << clipped.join(QLatin1Char('\n')).toStdString());
        CHECK(clipped.isEmpty());
    }
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("en")));
    MessageBoxes::setTestHook({});
}

TEST_CASE("The main window's minimum width fits a laptop screen with the proof board and a person shown",
          "[gui][layout]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fits.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Layout");
    o.kdf = KdfParameters::testing();
    Case::create(path, QStringLiteral("correct horse battery"), o)->close();

    MainWindow w;
    REQUIRE(w.openCase(path, QStringLiteral("correct horse battery")));
    const auto offender = w.addPerson({QStringLiteral("offender")},
                                      QStringLiteral("Bartholomew Maximilian Quixwarth-Featherstonehaugh the Third"),
                                      QString());
    REQUIRE(offender);
    w.show();
    QApplication::processEvents();
    auto* proof = w.findChild<QAction*>(QStringLiteral("actionShowProofBoard"));
    REQUIRE(proof);
    proof->trigger();
    QApplication::processEvents();
    REQUIRE(w.findChild<QDockWidget*>(QStringLiteral("proofBoardDock"))->isVisible());
    w.findChild<PeoplePanel*>()->selectPerson(offender->id);
    QApplication::processEvents();
    INFO("minimum size hint " << w.minimumSizeHint().width() << " × " << w.minimumSizeHint().height());
    CHECK(w.minimumSizeHint().width() <= 1280);
    CHECK(w.minimumSizeHint().height() <= 700);
    w.closeCase();
    MessageBoxes::setTestHook({});
}

TEST_CASE("The activity log shows what was just done elsewhere in the window", "[gui][casework]") {
    // Found by a new-user trial: the Activity tab stayed stale after adding a person or exporting.
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("activity.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Activity");
    o.kdf = KdfParameters::testing();
    Case::create(path, QStringLiteral("correct horse battery"), o)->close();
    MainWindow w;
    REQUIRE(w.openCase(path, QStringLiteral("correct horse battery")));
    auto* tabs = w.caseworkPanel()->findChild<QTabWidget*>(QStringLiteral("caseworkTabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(w.caseworkPanel()->activityView());
    QTreeWidget* activity = w.caseworkPanel()->activityView()->tree();
    const int before = activity->topLevelItemCount();
    REQUIRE(w.addPerson({QStringLiteral("offender")}, QStringLiteral("Subject One"), QString()));
    CHECK(activity->topLevelItemCount() == before + 1);
    w.closeCase();
    MessageBoxes::setTestHook({});
}
