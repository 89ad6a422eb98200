// What the gateway accepts as an AppCode value, as its API reference documents it: 64 to 180
// characters, the first a letter, digit, '+' or '/', then only letters, digits and +_!@#$%-/=;
// at most five AppCodes per app. And strong values made from the system's CSPRNG.
#pragma once

#include <QCoreApplication>
#include <QString>

class AppCodeRule
{
    Q_DECLARE_TR_FUNCTIONS(AppCodeRule)

public:
    static constexpr int MinLength = 64;
    static constexpr int MaxLength = 180;
    static constexpr int PerAppLimit = 5; // the vendor's user guide

    // Why `value` is not a valid AppCode (translated), or empty when it is.
    static QString problem(const QString &value);
    // A value that follows the rule, `length` characters from QRandomGenerator::system().
    static QString generate(int length = MinLength);
};
