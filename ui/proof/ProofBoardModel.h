#pragma once

#include "analysis/ProofBoard.h"

#include <QStandardItemModel>

namespace tessera {

/**
 * The proof board as a tree for a QTreeView: one top-level row per charge (citation, offender, victim by pseudonym),
 * one child row per element with its role, status (words and glyph, on the status colour), support counts and gaps.
 * Every cell carries an accessible text (Qt::AccessibleTextRole) that reads the row without colour.
 */
class ProofBoardModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Column { Element, Role, Status, Evidence, Gaps, ColumnCount };
    enum DataRole {
        ChargeIdRole = Qt::UserRole + 1, ///< qint64, on every cell of charge and element rows
        ElementIdRole,                   ///< QString, element rows only (empty on charge rows)
        StatusRole,                      ///< QString core status name, element rows only
    };

    explicit ProofBoardModel(QObject* parent = nullptr);

    /// Replaces the rows with this board.
    void setBoard(const ProofBoardResult& board);
    const ProofBoardResult& board() const { return m_board; }

    /// The charge and element behind an index (nullptr when the index is a charge row or invalid).
    const ElementProof* elementAt(const QModelIndex& index) const;
    /// The charge of an index (its own row or its parent's), or nullptr.
    const ChargeProof* chargeAt(const QModelIndex& index) const;
    /// The index (column 0) of an element row, or an invalid index.
    QModelIndex indexOf(qint64 chargeId, const QString& elementId) const;

    /// The translated word for an element role (action, means, purpose, jurisdiction, other).
    static QString roleText(const QString& role);

private:
    ProofBoardResult m_board;
};

} // namespace tessera
