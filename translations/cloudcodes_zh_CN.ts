<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>CloudCodes</source>
        <translation>CloudCodes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Alibaba Cloud and Huawei Cloud accounts appear here.</source>
        <translation>阿里云和华为云账号显示在这里。</translation>
    </message>
    <message>
        <source>Edge routines</source>
        <translation>边缘函数</translation>
    </message>
    <message>
        <source>Routines and code versions of the selected Alibaba Cloud ESA account.</source>
        <translation>所选阿里云 ESA 账号的边缘函数及其代码版本。</translation>
    </message>
    <message>
        <source>Edge Routines</source>
        <translation>边缘函数</translation>
    </message>
    <message>
        <source>AppCodes</source>
        <translation>AppCode</translation>
    </message>
    <message>
        <source>AppCodes of an app on the selected Huawei Cloud API gateway.</source>
        <translation>所选华为云 API 网关中某个应用的 AppCode。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Demo cloud at %1</source>
        <translation>演示云：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, compare and copy Alibaba Cloud ESA edge routines and Huawei Cloud APIG AppCodes.</source>
        <translation>查看、对比和复制阿里云 ESA 边缘函数与华为云 APIG AppCode。</translation>
    </message>
    <message>
        <source>Start the built-in demo cloud on a free 127.0.0.1 port and use its demo accounts.</source>
        <translation>在 127.0.0.1 的空闲端口启动内置演示云，并使用其演示账号。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>将主窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
</context>
</TS>
