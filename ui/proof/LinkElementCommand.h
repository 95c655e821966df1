#pragma once

#include <QString>
#include "common/CaseEditCommand.h"

#include <functional>

namespace tessera {

class Case;
class CaseError;

/**
 * Undoable "link an event to an element of a charge" on the proof board (ChargeRepository::linkElement; undo:
 * ChargeRepository::unlinkElement). The first redo is the link the caller already made, so an error is reported
 * before anything is pushed; later errors go to `onError` and make the command obsolete. `onChanged` runs after every
 * undo or redo.
 */
class LinkElementCommand : public CaseEditCommand {
public:
    LinkElementCommand(Case* c, qint64 chargeId, QString elementId, qint64 eventId, std::function<void()> onChanged,
                       std::function<void(const CaseError&)> onError);


private:
    void applyRedo() override;
    void applyUndo() override;
    Case* m_case;
    qint64 m_chargeId;
    QString m_elementId;
    qint64 m_eventId;
};

} // namespace tessera
