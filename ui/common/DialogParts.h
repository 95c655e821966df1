#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace tessera {

/// Styles the line under a form that says, calmly, what is still missing (amber text, wrapped) and names it for tests.
void styleProblemLabel(QLabel* label, const QString& objectName);

/**
 * An OK/Cancel button box wired to the dialog's accept()/reject(), with OK renamed to `okText` (e.g. "&Import") and
 * named `okObjectName` for tests. The OK button is returned through `ok`; the caller adds the box to its layout.
 */
QDialogButtonBox* okCancelButtons(QDialog* dialog, const QString& okText, const QString& okObjectName, QPushButton** ok);

} // namespace tessera
