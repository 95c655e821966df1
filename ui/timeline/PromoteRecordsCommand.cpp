#include "timeline/PromoteRecordsCommand.h"

#include "case/CaseError.h"

#include <QCoreApplication>

namespace tessera {

PromoteRecordsCommand::PromoteRecordsCommand(Case* c, NewEvent event, qint64 eventId, std::function<void()> onChanged,
                                             std::function<void(const CaseError&)> onError)
    : m_case(c), m_event(std::move(event)), m_eventId(eventId), m_onChanged(std::move(onChanged)),
      m_onError(std::move(onError)) {
    setText(QCoreApplication::translate("PromoteRecordsCommand", "promote %n record(s)", nullptr,
                                        static_cast<int>(m_event.fromRecords.size())));
}

void PromoteRecordsCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    try {
        m_eventId = EventRepository::add(*m_case, m_event);
    } catch (const CaseError& e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e);
    }
    if (m_onChanged)
        m_onChanged();
}

void PromoteRecordsCommand::undo() {
    try {
        EventRepository::remove(*m_case, m_eventId);
    } catch (const CaseError& e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e);
    }
    if (m_onChanged)
        m_onChanged();
}

} // namespace tessera
