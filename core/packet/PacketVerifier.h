#pragma once

#include <QString>
#include <QStringList>

namespace tessera {

/**
 * Checks a production folder (DESIGN §10, CLI `verify-packet`): the Ed25519 seal of manifest.json (optionally
 * against an expected key fingerprint given out of band), every listed file's size and SHA-256, SHA256SUMS, and that
 * no unlisted file is present.
 */
class PacketVerifier {
public:
    struct Result {
        bool ok = false;
        QStringList problems;   ///< one line each, naming the file
        int filesChecked = 0;
        QString fingerprint;    ///< of the seal key found in the packet
        bool keyCheckedOutOfBand = false; ///< an expected fingerprint was given and compared
    };
    /// `expectedFingerprint`: hex with or without spaces, or empty to skip the check. Never throws.
    static Result verify(const QString& dir, const QString& expectedFingerprint = {});
};

} // namespace tessera
