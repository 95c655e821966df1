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
    if (bytes.endsWith('\n'))
        bytes.chop(1);
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
    if (qEnvironmentVariableIsSet("TESSERA_PASSPHRASE"))
        return qEnvironmentVariable("TESSERA_PASSPHRASE");
    if (!passphraseFile.isEmpty())
        return fromFile(passphraseFile, "--passphrase-file");
    return prompt("Case passphrase: ");
}

QString readNewPassphrase(const QString& newPassphraseFile, bool allowCurrentEnv) {
    if (qEnvironmentVariableIsSet("TESSERA_NEW_PASSPHRASE"))
        return qEnvironmentVariable("TESSERA_NEW_PASSPHRASE");
    if (allowCurrentEnv && qEnvironmentVariableIsSet("TESSERA_PASSPHRASE"))
        return qEnvironmentVariable("TESSERA_PASSPHRASE");
    if (!newPassphraseFile.isEmpty())
        return fromFile(newPassphraseFile, "--new-passphrase-file");
    const QString a = prompt("New case passphrase: ");
    const QString b = prompt("Repeat the passphrase: ");
    if (a != b)
        throw CaseError(ErrorKind::Usage, QStringLiteral("the two passphrases differ"));
    if (a.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("an empty passphrase is not allowed"));
    return a;
}

} // namespace tessera::cli
