#pragma once

#include "packet/ProductionBuilder.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

/**
 * Asks where and how to write a discovery production (CLI `export`): a new or empty folder and the designation
 * (standard, sensitive — subject to protective order, attorneys' eyes only). Explains what goes in and what never
 * does (the prosecution memo, the identity key, protected identities).
 */
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    /// `suggestedFolder` is a folder that does not exist yet (e.g. named from the case number).
    explicit ExportDialog(const QString& suggestedFolder, QWidget* parent = nullptr);

    ProductionOptions options() const;
    void setFolder(const QString& path);
    /// Selects a designation by its stable name (standard, sensitive, aeo).
    void setDesignation(const QString& name);

    /// True when `path` can take a production: it does not exist (its parent does) or it is an empty folder.
    static bool isUsableFolder(const QString& path);

private:
    void browse();
    void validate();

    QLineEdit* m_folder;
    QComboBox* m_designation;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace tessera
