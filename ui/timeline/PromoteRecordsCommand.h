#pragma once

#include "model/EventRepository.h"

#include "common/CaseEditCommand.h"

#include <functional>

namespace tessera {

class Case;
class CaseError;

/**
 * Undoable "promote records to an event" (EventRepository::add with fromRecords; undo: EventRepository::remove,
 * allowed while no charge element is linked to the event; a redo makes a new event id). The first redo is the add
 * the caller already made (id given). Later errors go to `onError` and make the command obsolete; `onChanged` runs
 * after every undo or redo.
 */
class PromoteRecordsCommand : public CaseEditCommand {
public:
    PromoteRecordsCommand(Case* c, NewEvent event, qint64 eventId, std::function<void()> onChanged,
                          std::function<void(const CaseError&)> onError);
    qint64 eventId() const { return m_eventId; }

private:
    void applyRedo() override;
    void applyUndo() override;
    Case* m_case;
    NewEvent m_event;
    qint64 m_eventId;
};

} // namespace tessera
