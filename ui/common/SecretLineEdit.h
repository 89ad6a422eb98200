// A password-style line edit with a reveal toggle (the eye), for AccessKey secrets, passwords
// and tokens. Masked by default; revealing is per field and never remembered.
#pragma once

#include <QLineEdit>

class SecretLineEdit : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretLineEdit)

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);
    void setRevealed(bool revealed);

private:
    QAction *m_reveal = nullptr;
};
