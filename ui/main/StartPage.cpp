#include "main/StartPage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

namespace {

QPushButton* actionButton(QAction* action, const QString& objectName, QWidget* parent) {
    auto* button = new QPushButton(action->icon(), action->text(), parent);
    button->setObjectName(objectName);
    button->setMinimumSize(260, 44);
    button->setIconSize(QSize(22, 22));
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

} // namespace

StartPage::StartPage(QAction* newCase, QAction* openCase, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("startPage"));

    auto* title = new QLabel(tr("Tessera"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    auto* purpose = new QLabel(tr("Build the case around the offender's pattern, proven by records that do not depend "
                                  "on the person who was trafficked. Every case is one encrypted file on this "
                                  "computer; nothing leaves it unless you export it."),
                               this);
    purpose->setWordWrap(true);
    purpose->setAlignment(Qt::AlignCenter);
    // At most 560 px wide, narrower when the window is: the start page never sets the window's minimum width.
    purpose->setMaximumWidth(560);
    purpose->setMinimumWidth(260);
    purpose->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(purpose, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(actionButton(newCase, QStringLiteral("startNewCaseButton"), this), 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(actionButton(openCase, QStringLiteral("startOpenCaseButton"), this), 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace tessera
