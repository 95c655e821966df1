#include "Passphrase.h"

#include "case/CaseError.h"

#include <QFile>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace tessera::cli {
namespace {

QString fromFile(const QString& path, const char* option) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot read %2").arg(QLatin1String(option), path));
    QByteArray bytes = f.readAll();
    // One line ending: "\n", or "\r\n" from a file written on Windows (docs/CLI.md).
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.isEmpty()) // an empty passphrase is never right: say so rather than "wrong passphrase"
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1 %2: the passphrase file is empty").arg(QLatin1String(option), path));
    return QString::fromUtf8(bytes);
}

QString prompt(const char* text) {
    if (!::isatty(STDIN_FILENO))
        throw CaseError(ErrorKind::Usage,
                        QStringLiteral("no passphrase: set TESSERA_PASSPHRASE, use --passphrase-file, or run on a terminal"));
    std::fputs(text, stderr);
    std::fflush(stderr);
    termios old {};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::string line;
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    const QString out = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return out;
}

} // namespace

QString readPassphrase(const QString& passphraseFile) {
    // An option given on the command line is more specific than the environment, so it wins.
    if (!passphraseFile.isEmpty())
        return fromFile(passphraseFile, "--passphrase-file");
    if (!qEnvironmentVariableIsEmpty("TESSERA_PASSPHRASE"))
        return qEnvironmentVariable("TESSERA_PASSPHRASE");
    return prompt("Case passphrase: ");
}

QString readNewPassphrase(const QString& newPassphraseFile, bool allowCurrentEnv) {
    QString pass;
    if (!newPassphraseFile.isEmpty()) {
        pass = fromFile(newPassphraseFile, "--new-passphrase-file");
    } else if (!qEnvironmentVariableIsEmpty("TESSERA_NEW_PASSPHRASE")) {
        pass = qEnvironmentVariable("TESSERA_NEW_PASSPHRASE");
    } else if (allowCurrentEnv && !qEnvironmentVariableIsEmpty("TESSERA_PASSPHRASE")) {
        pass = qEnvironmentVariable("TESSERA_PASSPHRASE");
    } else {
        pass = prompt("New case passphrase: ");
        if (prompt("Repeat the passphrase: ") != pass)
            throw CaseError(ErrorKind::Usage, QStringLiteral("the two passphrases differ"));
    }
    // The same floor as the GUI: the passphrase is all that stands between a lost laptop and the case.
    if (pass.size() < kMinimumPassphraseLength)
        throw CaseError(ErrorKind::Usage, QStringLiteral("the new passphrase must have at least %1 characters")
                                              .arg(kMinimumPassphraseLength));
    return pass;
}

QString readKeyPassphrase(bool confirm) {
    QString pass;
    if (!qEnvironmentVariableIsEmpty("TESSERA_KEY_PASSPHRASE")) {
        pass = qEnvironmentVariable("TESSERA_KEY_PASSPHRASE");
    } else {
        if (!::isatty(STDIN_FILENO))
            throw CaseError(ErrorKind::Usage,
                            QStringLiteral("no identity-key passphrase: set TESSERA_KEY_PASSPHRASE or run on a terminal"));
        pass = prompt("Identity key passphrase: ");
        if (confirm && prompt("Repeat the identity key passphrase: ") != pass)
            throw CaseError(ErrorKind::Usage, QStringLiteral("the two passphrases differ"));
    }
    if (confirm && pass.size() < kMinimumPassphraseLength)
        throw CaseError(ErrorKind::Usage, QStringLiteral("the identity key's passphrase must have at least %1 characters")
                                              .arg(kMinimumPassphraseLength));
    return pass;
}

} // namespace tessera::cli
