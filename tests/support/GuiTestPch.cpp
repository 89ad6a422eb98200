// The precompiled header that the GUI tests share: they are built with QtWidgets, which a
// precompiled header made without it cannot serve (GCC refuses it once QT_GUI_LIB differs).
