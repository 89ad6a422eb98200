<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>CloudCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud and Huawei Cloud accounts appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines and code versions of the selected Alibaba Cloud ESA account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCodes of an app on the selected Huawei Cloud API gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cloud at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo cloud on a free 127.0.0.1 port and use its demo accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
