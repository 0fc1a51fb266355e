<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyticsQuery</name>
    <message>
        <source>The period needs a first day.</source>
        <translation>期间需要起始日期。</translation>
    </message>
    <message>
        <source>The period needs a last day.</source>
        <translation>期间需要截止日期。</translation>
    </message>
    <message>
        <source>The period is longer than 30 years; choose a shorter one.</source>
        <translation>期间超过 30 年；请选择更短的期间。</translation>
    </message>
    <message>
        <source>The time zone is not known.</source>
        <translation>未知的时区。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation>未知渠道“%1”。</translation>
    </message>
    <message>
        <source>The number of top products must be between 1 and 100.</source>
        <translation>排名商品数量必须介于 1 到 100 之间。</translation>
    </message>
</context>
<context>
    <name>AnalyticsStore</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>（无 SKU）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 sees only part of the orders and so cannot rebuild the analytics summaries, which cover all of them.</source>
        <translation>%1 只能看到部分订单，因此无法重建涵盖全部订单的分析汇总。</translation>
    </message>
    <message>
        <source>%1: %2 rows missing or wrong, %3 rows extra.</source>
        <translation>%1：%2 行缺失或错误，%3 行多余。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>加密库启动失败。</translation>
    </message>
    <message>
        <source>A key&apos;s name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit: &quot;%1&quot; is not.</source>
        <translation>密钥名称为 1 到 64 个字母、数字、点、短横线或下划线，以字母或数字开头：“%1”不符合。</translation>
    </message>
    <message>
        <source>The rate limit is a number of calls per minute from 1 to 1,000,000.</source>
        <translation>速率限制是每分钟调用次数，从 1 到 1,000,000。</translation>
    </message>
    <message>
        <source>Name at least one channel.</source>
        <translation>请至少指定一个渠道。</translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;.</source>
        <translation>没有销售渠道“%1”。</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>没有角色“%1”。</translation>
    </message>
    <message>
        <source>An API key called &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的 API 密钥已存在。</translation>
    </message>
    <message>
        <source>There is no API key &quot;%1&quot;.</source>
        <translation>没有 API 密钥“%1”。</translation>
    </message>
    <message>
        <source>The API key &quot;%1&quot; is revoked already.</source>
        <translation>API 密钥“%1”已被吊销。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The database cannot take the copy (its page size differs or it is read-only).</source>
        <translation>数据库无法接收该副本（页面大小不同或为只读）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: back it up on the server (pg_dump); Docket backs up SQLite database files.</source>
        <translation>%1 是 PostgreSQL 数据库：请在服务器上备份（pg_dump）；Docket 只备份 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>请选择备份到的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the backup.</source>
        <translation>%1 是文件夹；请为备份选择一个文件名。</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the folder %2 does not exist.</source>
        <translation>无法备份到 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another file for the backup.</source>
        <translation>%1 就是数据库本身；请为备份选择其他文件。</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>%1 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>备份已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The backup copy failed its check: %1</source>
        <translation>备份副本未通过检查：%1</translation>
    </message>
    <message>
        <source>Choose a backup file to restore.</source>
        <translation>请选择要恢复的备份文件。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 是文件夹，不是备份文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it is not a SQLite database file).</source>
        <translation>%1 不是 Docket 备份（它不是 SQLite 数据库文件）。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (integrity check: %2).</source>
        <translation>%1 已损坏，无法恢复（完整性检查：%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it has no Docket tables).</source>
        <translation>%1 不是 Docket 备份（其中没有 Docket 的表）。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it records no schema version).</source>
        <translation>%1 不是 Docket 备份（其中没有记录架构版本）。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Docket (schema %2; this version knows up to %3). Update Docket to restore it.</source>
        <translation>%1 由更新版本的 Docket 创建（架构 %2；本版本最高支持 %3）。请先升级 Docket 再恢复。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file to restore.</source>
        <translation>%1 就是数据库本身；请选择要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Cannot restore to %1: the folder %2 does not exist.</source>
        <translation>无法恢复到 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>The restore was cancelled; the database was not changed.</source>
        <translation>恢复已取消；数据库未被更改。</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database, so nothing was restored: %1</source>
        <translation>无法保留当前数据库的副本，因此未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings for the daily backups.</source>
        <translation>请在“设置”中为每日备份选择备份文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>检查已取消；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message numerus="yes">
        <source>Invalidating %Ln Order(s)</source>
        <translation>
            <numerusform>将 %Ln 个订单标记为无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %Ln Order(s) Valid</source>
        <translation>
            <numerusform>将 %Ln 个订单标记为有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln Order(s)</source>
        <translation>
            <numerusform>删除 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status Change of %Ln Order(s)</source>
        <translation>
            <numerusform>%Ln 个订单的状态更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning %Ln Order(s)</source>
        <translation>
            <numerusform>分配 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %Ln Order(s) Seen</source>
        <translation>
            <numerusform>将 %Ln 个订单标记为已查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %Ln Order(s)</source>
        <translation>
            <numerusform>恢复 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Undo “%1”</source>
        <translation>无法撤销“%1”</translation>
    </message>
    <message>
        <source>Could Not Redo “%1”</source>
        <translation>无法重做“%1”</translation>
    </message>
    <message>
        <source>Your role does not have the right “%1”, which this needs.</source>
        <translation>您的角色没有此操作所需的权限“%1”。</translation>
    </message>
    <message>
        <source>The step stays in the undo list: undo it again once the connection is back.</source>
        <translation>此步骤保留在撤销列表中：连接恢复后请再次撤销。</translation>
    </message>
    <message>
        <source>The step stays in the redo list: redo it again once the connection is back.</source>
        <translation>此步骤保留在重做列表中：连接恢复后请再次重做。</translation>
    </message>
    <message>
        <source>Nothing was changed, and the step leaves the undo list: it can no longer be undone.</source>
        <translation>未做任何更改，此步骤将从撤销列表中移除：它已无法撤销。</translation>
    </message>
    <message>
        <source>Nothing was changed, and the step leaves the redo list: it can no longer be redone.</source>
        <translation>未做任何更改，此步骤将从重做列表中移除：它已无法重做。</translation>
    </message>
</context>
<context>
    <name>CatalogueStore</name>
    <message>
        <source>There is no warehouse with the id %1.</source>
        <translation>没有 ID 为 %1 的仓库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a warehouse code: use 1 to 16 letters, digits, - and _.</source>
        <translation>“%1”不是仓库代码：请使用 1 到 16 个字母、数字、- 和 _。</translation>
    </message>
    <message>
        <source>The warehouse needs a name.</source>
        <translation>仓库需要一个名称。</translation>
    </message>
    <message>
        <source>The warehouse name is too long.</source>
        <translation>仓库名称太长。</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>地址太长。</translation>
    </message>
    <message>
        <source>Warehouse %1 was changed by someone else meanwhile; look at it again.</source>
        <translation>仓库 %1 已被其他人修改；请重新查看。</translation>
    </message>
    <message>
        <source>A warehouse with the code %1 already exists.</source>
        <translation>代码为 %1 的仓库已存在。</translation>
    </message>
    <message>
        <source>Warehouse %1 still serves a sales channel: choose another warehouse for that channel first.</source>
        <translation>仓库 %1 仍在为某个销售渠道服务：请先为该渠道选择另一个仓库。</translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;.</source>
        <translation>没有销售渠道“%1”。</translation>
    </message>
    <message>
        <source>Warehouse %1 is inactive.</source>
        <translation>仓库 %1 已停用。</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>没有 ID 为 %1 的商品。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU: use 1 to 64 letters, digits, - _ . and /, starting with a letter or digit.</source>
        <translation>“%1”不是 SKU：请使用 1 到 64 个字母、数字、- _ . 和 /，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>商品需要一个名称。</translation>
    </message>
    <message>
        <source>The product name is too long.</source>
        <translation>商品名称太长。</translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation>价格超出范围。</translation>
    </message>
    <message>
        <source>The cost price is out of range.</source>
        <translation>成本价超出范围。</translation>
    </message>
    <message>
        <source>Catalogue prices are in %1.</source>
        <translation>目录价格以 %1 计。</translation>
    </message>
    <message>
        <source>The safety stock must be a whole number from 0 to 1,000,000,000.</source>
        <translation>安全库存必须是 0 到 1,000,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else meanwhile; look at it again.</source>
        <translation>商品 %1 已被其他人修改；请重新查看。</translation>
    </message>
    <message>
        <source>A product with the SKU %1 already exists.</source>
        <translation>SKU 为 %1 的商品已存在。</translation>
    </message>
    <message>
        <source>The file has more than 200,000 products; split it.</source>
        <translation>文件中的商品超过 200,000 个；请拆分文件。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) instead of 6.</source>
        <translation>
            <numerusform>%n 个字段，而不是 6 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>the price &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation>价格“%1”不是像 12.50 这样的金额。</translation>
    </message>
    <message>
        <source>the cost &quot;%1&quot; is not an amount such as 7.25.</source>
        <translation>成本“%1”不是像 7.25 这样的金额。</translation>
    </message>
    <message>
        <source>the safety stock &quot;%1&quot; is not a whole number.</source>
        <translation>安全库存“%1”不是整数。</translation>
    </message>
    <message>
        <source>active must be yes or no, not &quot;%1&quot;.</source>
        <translation>active 必须是 yes 或 no，而不是“%1”。</translation>
    </message>
    <message>
        <source>the SKU %1 is also on line %2.</source>
        <translation>SKU %1 也出现在第 %2 行。</translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported. %1</source>
        <translation>文件有问题；未导入任何内容。%1</translation>
    </message>
    <message>
        <source>Line %1: a product with the SKU %2 was added meanwhile; nothing was imported. Preview the file again.</source>
        <translation>第 %1 行：在此期间已添加了 SKU 为 %2 的商品；未导入任何内容。请重新预览文件。</translation>
    </message>
    <message>
        <source>Line %1: product %2 was changed meanwhile; nothing was imported. Preview the file again.</source>
        <translation>第 %1 行：商品 %2 在此期间已被修改；未导入任何内容。请重新预览文件。</translation>
    </message>
    <message>
        <source>There is no warehouse &quot;%1&quot; (the warehouses: %2).</source>
        <translation>没有仓库“%1”（现有仓库：%2）。</translation>
    </message>
    <message>
        <source>The cursor is not one this list gave out.</source>
        <translation>该游标不是此列表给出的。</translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices are in %1 now; nothing was saved. Look at the product again.</source>
        <translation>目录价格现在以 %1 计；未保存任何内容。请重新查看该商品。</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Web shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <source>Retail store</source>
        <translation>零售门店</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>文件不是 UTF-8 文本（第 %1 行）。请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not quoted.</source>
        <translation>第 %1 行：未加引号的字段中有引号。</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>第 %1 行：右引号后还有文字。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：带引号的字段没有结束。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Line 1 must be the header &quot;%1&quot;; the file has &quot;%2&quot;.</source>
        <translation>第 1 行必须是表头“%1”；文件中是“%2”。</translation>
    </message>
</context>
<context>
    <name>CustomerKey</name>
    <message>
        <source>by email</source>
        <translation>按电子邮件</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>按电话</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>按姓名</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation>无法连接到数据库服务器 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>无法创建数据库 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (permission denied).</source>
        <translation>无法读取数据库文件 %1（权限被拒绝）。</translation>
    </message>
    <message>
        <source>%1 is not a Docket database (it is not a SQLite file).</source>
        <translation>%1 不是 Docket 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer version of Docket (schema %2; this version knows up to %3).</source>
        <translation>数据库 %1 由更新版本的 Docket 创建（架构 %2；本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本中缺少迁移 %1。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was changed. Docket reconnects by itself: try again.</source>
        <translation>与数据库服务器的连接已断开；未做任何更改。Docket 会自动重新连接：请重试。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Docket reconnects by itself: try again.</source>
        <translation>与数据库服务器的连接已断开。Docket 会自动重新连接：请重试。</translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>数据库拒绝了该操作：%1</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving; the server did not keep the change, so nothing was changed. Try again.</source>
        <translation>保存时与数据库服务器的连接断开；服务器没有保留此更改，因此未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving, and the server cannot be reached to find out whether the change was kept. Check the order&apos;s history once the connection is back before trying again.</source>
        <translation>保存时与数据库服务器的连接断开，且无法连接服务器以确认更改是否已保存。请在连接恢复后先查看该订单的历史记录，然后再重试。</translation>
    </message>
    <message>
        <source>the user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>the server asks for a password and none was given.</source>
        <translation>服务器要求输入密码，但未提供密码。</translation>
    </message>
    <message>
        <source>the server does not accept this user from this computer for this database (its pg_hba.conf has no entry for it); ask the server&apos;s administrator.</source>
        <translation>服务器不允许该用户从这台计算机连接此数据库（其 pg_hba.conf 中没有相应条目）；请联系服务器管理员。</translation>
    </message>
    <message>
        <source>the server has no database named &quot;%1&quot;.</source>
        <translation>服务器上没有名为“%1”的数据库。</translation>
    </message>
    <message>
        <source>the server has no user named &quot;%1&quot;.</source>
        <translation>服务器上没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>nothing answers at %1, port %2: the server is not running there, or the port is wrong.</source>
        <translation>%1 的端口 %2 没有响应：服务器未在该处运行，或端口错误。</translation>
    </message>
    <message>
        <source>the host name &quot;%1&quot; is unknown.</source>
        <translation>未知的主机名“%1”。</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the computer is off or unreachable, or a firewall is in the way.</source>
        <translation>%1 未及时响应：该计算机已关闭或无法访问，或被防火墙阻挡。</translation>
    </message>
    <message>
        <source>the server does not offer TLS, and this connection requires it (TLS mode &quot;%1&quot;).</source>
        <translation>服务器不提供 TLS，而此连接要求使用 TLS（TLS 模式“%1”）。</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified.</source>
        <translation>无法验证服务器的 TLS 证书。</translation>
    </message>
    <message>
        <source>the server has no free connections; try again in a moment.</source>
        <translation>服务器没有空闲连接；请稍后重试。</translation>
    </message>
    <message>
        <source>the server is starting up or shutting down; try again in a moment.</source>
        <translation>服务器正在启动或关闭；请稍后重试。</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>（服务器消息：%1）</translation>
    </message>
    <message>
        <source>The database %1 is empty: it holds no Docket database. Nothing was changed.</source>
        <translation>数据库 %1 是空的：其中没有 Docket 数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>应要求以只读方式打开</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>其所在文件夹 %1 是只读的</translation>
    </message>
    <message>
        <source>Docket cannot write next to %1: its folder %2 is read-only. Nothing was created.</source>
        <translation>Docket 无法在 %1 旁写入：其所在文件夹 %2 是只读的。未创建任何内容。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Docket database. Nothing was changed.</source>
        <translation>%1 是一个空文件，不是 Docket 数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>Docket cannot create a database in %1: %2. Nothing was changed.</source>
        <translation>Docket 无法在 %1 中创建数据库：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is read-only and has changes in %2 that were never merged into it; Docket cannot read them without writing next to it (%3). Copy both files to a folder you can write in and open the copy there.</source>
        <translation>%1 是只读的，而 %2 中有尚未合并进去的更改；Docket 不在其旁写入就无法读取这些更改（%3）。请把这两个文件复制到您可以写入的文件夹，再在那里打开副本。</translation>
    </message>
    <message>
        <source>%1 is not a Docket database (it holds other tables). Nothing was changed.</source>
        <translation>%1 不是 Docket 数据库（其中有其他表）。未做任何更改。</translation>
    </message>
    <message>
        <source>Docket could not create a database in %1.</source>
        <translation>Docket 无法在 %1 中创建数据库。</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Docket (schema %2; this version needs %3) and is open read-only (%4), so it cannot be brought up to date. Open a copy Docket can write to.</source>
        <translation>%1 由较旧版本的 Docket 创建（架构 %2；本版本需要 %3），且以只读方式打开（%4），因此无法升级。请打开一个 Docket 可以写入的副本。</translation>
    </message>
    <message>
        <source>Docket could not bring %1 up to date (step %2, %3).</source>
        <translation>Docket 无法将 %1 升级到最新（第 %2 步，%3）。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>存放 %1 的磁盘已满。</translation>
    </message>
    <message>
        <source>Free some space on it and try again.</source>
        <translation>请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>%1 is busy: another Docket, or another program, is changing it.</source>
        <translation>%1 正忙：另一个 Docket 或其他程序正在修改它。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2).</source>
        <translation>%1 以只读方式打开（%2）。</translation>
    </message>
    <message>
        <source>Docket cannot write next to %1: its folder %2 is read-only.</source>
        <translation>Docket 无法在 %1 旁写入：其所在文件夹 %2 是只读的。</translation>
    </message>
    <message>
        <source>Docket cannot write to %1 or next to it: the file or its folder is read-only.</source>
        <translation>Docket 无法写入 %1 或其旁边：文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>Docket could not read or write %1: the disk or the network share reported an error.</source>
        <translation>Docket 无法读写 %1：磁盘或网络共享报告了错误。</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>%1 is damaged: its contents are not what Docket wrote.</source>
        <translation>%1 已损坏：其内容不是 Docket 写入的内容。</translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation>请从备份恢复。</translation>
    </message>
    <message>
        <source>Docket cannot open %1: the file, or a file it needs next to it, cannot be read or created.</source>
        <translation>Docket 无法打开 %1：该文件或其旁边所需的文件无法读取或创建。</translation>
    </message>
    <message>
        <source>Docket ran out of memory working on %1.</source>
        <translation>Docket 处理 %1 时内存不足。</translation>
    </message>
    <message>
        <source>The operation on %1 was interrupted.</source>
        <translation>对 %1 的操作被中断。</translation>
    </message>
    <message>
        <source>A value is too large to be stored in %1.</source>
        <translation>有一个值太大，无法存入 %1。</translation>
    </message>
    <message>
        <source>The change clashes with what %1 already holds (a duplicate, or a reference to something missing).</source>
        <translation>此更改与 %1 中已有的内容冲突（重复，或引用了不存在的内容）。</translation>
    </message>
    <message>
        <source>Docket could not complete the operation on the database %1.</source>
        <translation>Docket 无法完成对数据库 %1 的操作。</translation>
    </message>
    <message>
        <source>The technical details are in the log.</source>
        <translation>技术细节见日志。</translation>
    </message>
    <message>
        <source>The disk of the database server %1 is full.</source>
        <translation>数据库服务器 %1 的磁盘已满。</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to make room.</source>
        <translation>请联系服务器管理员腾出空间。</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment.</source>
        <translation>有人在同一时刻修改了相同的数据。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>%1 is busy: someone else holds the data this needs, or it took too long.</source>
        <translation>%1 正忙：有人占用了此操作所需的数据，或操作耗时过长。</translation>
    </message>
    <message>
        <source>The database server %1 accepts no changes at the moment (it is read-only, e.g. a standby).</source>
        <translation>数据库服务器 %1 目前不接受更改（它是只读的，例如备用服务器）。</translation>
    </message>
    <message>
        <source>The database server %1 is short of resources (memory or connections).</source>
        <translation>数据库服务器 %1 资源不足（内存或连接数）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Waiting for another Docket to finish writing to %1…</source>
        <translation>正在等待另一个 Docket 完成对 %1 的写入…</translation>
    </message>
    <message>
        <source>%1 stayed locked by another Docket, or another program, for %L2 seconds.</source>
        <translation>%1 被另一个 Docket 或其他程序锁定了 %L2 秒。</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>请在它完成后重试。</translation>
    </message>
    <message>
        <source>none of the servers %1 takes changes now: the primary is down and no standby has been promoted yet (or is still starting); try again in a moment.</source>
        <translation>服务器 %1 现在都不接受更改：主服务器已停止，备用服务器尚未提升为主服务器（或仍在启动）；请稍后再试。</translation>
    </message>
    <message>
        <source>The database server %1 stopped taking changes; Docket now works with %2, the new primary. Nothing that was saved is lost.</source>
        <translation>数据库服务器 %1 已停止接受更改；Docket 现在使用新的主服务器 %2。已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>Lists and charts read from the standby %1 (%2 s behind).</source>
        <translation>列表和图表从备用服务器 %1 读取（落后 %2 秒）。</translation>
    </message>
    <message>
        <source>Lists and charts read from the primary: %1</source>
        <translation>列表和图表从主服务器读取：%1</translation>
    </message>
    <message>
        <source>no standby answers (%1).</source>
        <translation>没有备用服务器响应（%1）。</translation>
    </message>
    <message>
        <source>the standby stopped answering.</source>
        <translation>备用服务器已停止响应。</translation>
    </message>
    <message>
        <source>the standby %1 was promoted to primary.</source>
        <translation>备用服务器 %1 已提升为主服务器。</translation>
    </message>
    <message>
        <source>the standby %1 is %2 s behind (the limit is %3 s).</source>
        <translation>备用服务器 %1 落后 %2 秒（上限为 %3 秒）。</translation>
    </message>
    <message>
        <source>the standby %1 has not yet replayed the last change made here.</source>
        <translation>备用服务器 %1 尚未同步本机的最近一次更改。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving %1, and the server cannot be reached to find out whether the change was kept. Look at %1 once the connection is back before trying again.</source>
        <translation>保存%1时与数据库服务器的连接断开，且无法连接服务器以确认更改是否已保存。请在连接恢复后先查看%1，然后再重试。</translation>
    </message>
</context>
<context>
    <name>DatabaseLogin</name>
    <message>
        <source>The database user %1 has no active Docket account: it was disabled or removed. Ask an administrator.</source>
        <translation>数据库用户 %1 没有有效的 Docket 账户：该账户已被停用或删除。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit of Order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
</context>
<context>
    <name>Fulfilment</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>借记卡</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>店铺余额</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <source>EMS / China Post</source>
        <translation>EMS / 中国邮政</translation>
    </message>
    <message>
        <source>DHL</source>
        <translation>DHL</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>联邦快递</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (lower-case letters, digits and _, at most 30).</source>
        <translation>“%1”不是有效代码（小写字母、数字和 _，最多 30 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1”列出了两次。</translation>
    </message>
    <message>
        <source>List at least one payment method.</source>
        <translation>请至少列出一种付款方式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a flag; the only one is on_delivery.</source>
        <translation>“%1”不是标记；唯一的标记是 on_delivery。</translation>
    </message>
    <message>
        <source>a carrier is &quot;code | name | pattern | link&quot;.</source>
        <translation>承运商的格式为“代码 | 名称 | 格式 | 链接”。</translation>
    </message>
    <message>
        <source>List at least one carrier.</source>
        <translation>请至少列出一家承运商。</translation>
    </message>
    <message>
        <source>the link must start with https:// or http://.</source>
        <translation>链接必须以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>the link must say where the number goes: {number}.</source>
        <translation>链接必须用 {number} 标明单号的位置。</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Awaiting delivery</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>an override is &quot;channel step hours&quot;, e.g. &quot;marketplace shipping 24&quot;.</source>
        <translation>例外设置的格式为“渠道 步骤 小时数”，例如“marketplace shipping 24”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel code.</source>
        <translation>“%1”不是渠道代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step; the steps are review, payment, shipping and delivery.</source>
        <translation>“%1”不是步骤；步骤有 review、payment、shipping 和 delivery。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours from 1 to 8760.</source>
        <translation>“%1”不是 1 到 8760 之间的小时数。</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice.</source>
        <translation>%1 %2 列出了两次。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Docket (automatic)</source>
        <translation>Docket（自动）</translation>
    </message>
    <message>
        <source>paid in full by payment #%1</source>
        <translation>已由付款 #%1 付清</translation>
    </message>
    <message>
        <source>refunded in full by refund #%1</source>
        <translation>已由退款 #%1 全额退款</translation>
    </message>
    <message>
        <source>every line shipped, the last in shipment #%1</source>
        <translation>所有商品已发货，最后一件在包裹 #%1 中</translation>
    </message>
    <message>
        <source>every shipment delivered, the last #%1</source>
        <translation>所有包裹已签收，最后一个是 #%1</translation>
    </message>
    <message>
        <source>not paid within the time limit (cancelled automatically)</source>
        <translation>未在期限内付款（已自动取消）</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>it has a line break.</source>
        <translation>其中有换行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot; | &quot;, which separates the fields; write the bar without spaces.</source>
        <translation>“%1”含有用于分隔字段的“ | ”；竖线两侧请不要加空格。</translation>
    </message>
    <message>
        <source>it has no code.</source>
        <translation>没有代码。</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>a payment method is &quot;code | label | on_delivery | inactive&quot;.</source>
        <translation>付款方式的格式为“代码 | 名称 | on_delivery | inactive”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; write inactive, or nothing for active.</source>
        <translation>“%1”不是状态；停用请写 inactive，启用则留空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2 (at character %3).</source>
        <translation>“%1”不是有效的格式：%2（第 %3 个字符处）。</translation>
    </message>
</context>
<context>
    <name>FulfilmentForm</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>第 %1 行：“%2”不是数量。</translation>
    </message>
</context>
<context>
    <name>FulfilmentStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation>没有编号为 %1 的订单。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; nothing is recorded for it.</source>
        <translation>订单 %1 已标记为无效，不再为其记录任何内容。</translation>
    </message>
    <message>
        <source>Order %1 is %2; nothing more is recorded for it.</source>
        <translation>订单 %1 的状态为%2，不再为其记录任何内容。</translation>
    </message>
    <message>
        <source>There is no shipment with the id %1.</source>
        <translation>没有编号为 %1 的包裹。</translation>
    </message>
    <message>
        <source>A payment is recorded as pending or captured, not %1.</source>
        <translation>付款只能记录为待处理或已收款，不能是%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s payment methods (Settings, Payments).</source>
        <translation>“%1”不是本店的付款方式（设置 → 付款）。</translation>
    </message>
    <message>
        <source>A payment&apos;s amount must be above zero.</source>
        <translation>付款金额必须大于零。</translation>
    </message>
    <message>
        <source>The reference is too long.</source>
        <translation>交易参考号太长。</translation>
    </message>
    <message>
        <source>The payment is in %1 but order %2 is in %3; Docket does not mix currencies.</source>
        <translation>付款币种为 %1，但订单 %2 的币种为 %3；Docket 不混用币种。</translation>
    </message>
    <message>
        <source>Order %1 owes nothing more: %2 of %3 is paid or on its way.</source>
        <translation>订单 %1 已无欠款：%3 中已付或在途 %2。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still owed on order %3.</source>
        <translation>%1 超过了订单 %3 尚欠的 %2。</translation>
    </message>
    <message>
        <source>A %1 payment with the reference %2 is recorded already.</source>
        <translation>参考号为 %2 的%1付款已经记录过了。</translation>
    </message>
    <message>
        <source>There is no payment with the id %1.</source>
        <translation>没有编号为 %1 的付款。</translation>
    </message>
    <message>
        <source>Payment #%1 was changed by someone else meanwhile; look at it again.</source>
        <translation>付款 #%1 刚被其他人修改过，请重新查看。</translation>
    </message>
    <message>
        <source>Payment #%1 is %2; it cannot become %3.</source>
        <translation>付款 #%1 的状态为%2，不能改为%3。</translation>
    </message>
    <message>
        <source>Order %1 has no payment #%2.</source>
        <translation>订单 %1 没有付款 #%2。</translation>
    </message>
    <message>
        <source>Payment #%1 is %2; only captured money is refunded.</source>
        <translation>付款 #%1 的状态为%2；只有已收款项才能退款。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 left to refund on payment #%3.</source>
        <translation>%1 超过了付款 #%3 剩余可退的 %2。</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <source>The refund is in %1 but order %2 is in %3; Docket does not mix currencies.</source>
        <translation>退款币种为 %1，但订单 %2 的币种为 %3；Docket 不混用币种。</translation>
    </message>
    <message>
        <source>Choose the lines to refund.</source>
        <translation>请选择要退款的商品行。</translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to refund (or it is listed twice).</source>
        <translation>订单 %1 没有可退款的商品行 %2（或该行列出了两次）。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 cannot be refunded; %4 of %5 are left to refund.</source>
        <translation>第 %1 行（%2）：不能退 %3 件；%5 件中还剩 %4 件可退。</translation>
    </message>
    <message>
        <source>Those lines cost nothing; there is nothing to refund.</source>
        <translation>这些商品行金额为零，没有可退的款项。</translation>
    </message>
    <message>
        <source>Order %1 is awaiting review; it ships once it is approved.</source>
        <translation>订单 %1 正在等待审核，审核通过后才能发货。</translation>
    </message>
    <message>
        <source>Order %1 is delivered already.</source>
        <translation>订单 %1 已经签收。</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet (%2 of %3); it ships once it is paid, or record a cash-on-delivery payment.</source>
        <translation>订单 %1 尚未付清（%3 中已付 %2）；付清后才能发货，或者记录一笔货到付款。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation>“%1”不是本店的承运商（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a %2 tracking number.</source>
        <translation>%1 不是%2的运单号。</translation>
    </message>
    <message>
        <source>%1 already has a parcel with the tracking number %2.</source>
        <translation>%1 已经有运单号为 %2 的包裹。</translation>
    </message>
    <message>
        <source>Every line of order %1 has shipped already.</source>
        <translation>订单 %1 的所有商品都已发货。</translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to ship (or it is listed twice).</source>
        <translation>订单 %1 没有可发货的商品行 %2（或该行列出了两次）。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 cannot ship; %4 of %5 are left to ship.</source>
        <translation>第 %1 行（%2）：不能发 %3 件；%5 件中还剩 %4 件待发。</translation>
    </message>
    <message>
        <source>Shipment #%1 of order %2 is delivered already.</source>
        <translation>订单 %2 的包裹 #%1 已经签收。</translation>
    </message>
    <message>
        <source>A parcel is delivered after it shipped.</source>
        <translation>包裹的签收时间必须在发货之后。</translation>
    </message>
    <message>
        <source>A tracking event needs the carrier&apos;s status text.</source>
        <translation>物流事件需要承运商的状态说明。</translation>
    </message>
    <message>
        <source>A tracking event comes from the desk, a file or the gateway.</source>
        <translation>物流事件只能来自前台、文件或网关。</translation>
    </message>
    <message>
        <source>The tracking event is too long.</source>
        <translation>物流事件太长。</translation>
    </message>
    <message>
        <source>A row is order number, carrier, tracking number.</source>
        <translation>每行应为：订单号、承运商、运单号。</translation>
    </message>
    <message>
        <source>Order %1 is outside your scope.</source>
        <translation>订单 %1 不在您的权限范围内。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>没有订单 %1。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid.</source>
        <translation>订单 %1 已标记为无效。</translation>
    </message>
    <message>
        <source>Order %1 is awaiting review.</source>
        <translation>订单 %1 正在等待审核。</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>订单 %1 的状态为%2。</translation>
    </message>
    <message>
        <source>Order %1 has shipped already.</source>
        <translation>订单 %1 已经发货。</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet.</source>
        <translation>订单 %1 尚未付款。</translation>
    </message>
    <message>
        <source>Order %1 is on line %2 already.</source>
        <translation>订单 %1 已经出现在第 %2 行。</translation>
    </message>
    <message>
        <source>The tracking number %1 is in the file twice.</source>
        <translation>运单号 %1 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was shipped.</source>
        <translation>第 %1 行：%2 未发出任何货物。</translation>
    </message>
    <message>
        <source>Order %1: paid %2 and refunded %3 cached, but the records say %4 and %5.</source>
        <translation>订单 %1：缓存的已付 %2、已退 %3，但记录显示为 %4 和 %5。</translation>
    </message>
    <message>
        <source>Order %1: more refunded than paid.</source>
        <translation>订单 %1：退款多于付款。</translation>
    </message>
    <message>
        <source>Payment #%1: its refunds do not add up.</source>
        <translation>付款 #%1：退款金额对不上。</translation>
    </message>
    <message>
        <source>Order %1, line %2: more shipped than ordered.</source>
        <translation>订单 %1 第 %2 行：发货数量多于订购数量。</translation>
    </message>
    <message>
        <source>Order %1 is %2, but its records say otherwise.</source>
        <translation>订单 %1 的状态为%2，但记录显示并非如此。</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in use for new payments (Settings, Payments).</source>
        <translation>%1（%2）已停用，不能用于新的付款（设置，付款）。</translation>
    </message>
    <message>
        <source>No parcel of carrier %1 has the tracking number %2.</source>
        <translation>承运商 %1 没有运单号为 %2 的包裹。</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>docket-gateway: %1</source>
        <translation>docket-gateway：%1</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, such as 127.0.0.1:8080; &quot;%1&quot; is not.</source>
        <translation>--listen 接受 HOST:PORT，例如 127.0.0.1:8080；“%1”不符合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>“%1”不是可监听的 IP 地址。</translation>
    </message>
    <message>
        <source>Usage: docket-gateway --database PATH|postgresql://USER@HOST/DB [--listen HOST:PORT]
                      [--config FILE] [--threads N] [--tls-cert FILE --tls-key FILE]
                      [--access-log FILE|-] [--trusted-proxy ADDRESS]...
                      [--no-webhooks]

The HTTP door to Docket: order intake from shops (WooCommerce webhooks, POST
/api/v1/orders), the REST API for other systems (API keys: docketctl apikey), the
customer order look-up (/track) and outbound webhooks (docketctl webhook).

--database      the SQLite file, or the PostgreSQL server as a service account
                (docketctl service-account create NAME); the password may come
                from $DOCKET_DATABASE_PASSWORD. Default: $DOCKET_DATABASE.
--listen        address and port (default 127.0.0.1:8080)
--config        an INI file with a [gateway] section: database, listen, threads,
                tls_cert, tls_key, access_log, trusted_proxies, deliver_webhooks
--threads       database worker threads (default 4)
--tls-cert/key  serve HTTPS with this PEM certificate (chain) and key
--access-log    JSON lines, one per request (default: standard error)
--trusted-proxy a reverse proxy whose X-Forwarded-For names the client
--no-webhooks   do not deliver outbound webhooks from this process

SIGTERM or SIGINT: stop accepting, finish the requests in flight, exit.
</source>
        <translation>用法：docket-gateway --database PATH|postgresql://USER@HOST/DB [--listen HOST:PORT]
                      [--config FILE] [--threads N] [--tls-cert FILE --tls-key FILE]
                      [--access-log FILE|-] [--trusted-proxy ADDRESS]...
                      [--no-webhooks]

Docket 的 HTTP 入口：接收网店订单（WooCommerce Webhook、POST
/api/v1/orders）、供其他系统使用的 REST API（API 密钥：docketctl apikey）、
客户订单查询（/track）以及外发 Webhook（docketctl webhook）。

--database      SQLite 文件，或以服务账户连接的 PostgreSQL 服务器
                （docketctl service-account create NAME）；密码可取自
                $DOCKET_DATABASE_PASSWORD。默认：$DOCKET_DATABASE。
--listen        地址和端口（默认 127.0.0.1:8080）
--config        带 [gateway] 节的 INI 文件：database、listen、threads、
                tls_cert、tls_key、access_log、trusted_proxies、deliver_webhooks
--threads       数据库工作线程数（默认 4）
--tls-cert/key  使用此 PEM 证书（链）和密钥提供 HTTPS
--access-log    JSON 行，每个请求一行（默认：标准错误）
--trusted-proxy 其 X-Forwarded-For 可指明客户端的反向代理
--no-webhooks   本进程不发送外发 Webhook

SIGTERM 或 SIGINT：停止接受连接，完成进行中的请求后退出。
</translation>
    </message>
    <message>
        <source>There is no configuration file %1.</source>
        <translation>没有配置文件 %1。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; (see --help).</source>
        <translation>未知选项“%1”（参见 --help）。</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64.</source>
        <translation>--threads 接受 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS 需要同时给出 --tls-cert 和 --tls-key。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>There is no database at %1 (make one with docketctl db init).</source>
        <translation>%1 处没有数据库（请用 docketctl db init 创建）。</translation>
    </message>
    <message>
        <source>The database %1 is at schema %2; this gateway needs %3. Run docketctl db migrate as the database&apos;s owner first.</source>
        <translation>数据库 %1 的结构版本为 %2；此网关需要 %3。请先以数据库所有者身份运行 docketctl db migrate。</translation>
    </message>
    <message>
        <source>Cannot write the access log %1: %2</source>
        <translation>无法写入访问日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2.</source>
        <translation>%2 上不允许 %1。</translation>
    </message>
    <message>
        <source>There is nothing at %1 (the API is described at /api/v1/openapi.json).</source>
        <translation>%1 处没有内容（API 的说明见 /api/v1/openapi.json）。</translation>
    </message>
    <message numerus="yes">
        <source>Too many look-ups from your address; try again in %n second(s).</source>
        <translation>
            <numerusform>来自您地址的查询过多；请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway is shutting down.</source>
        <translation>网关正在关闭。</translation>
    </message>
    <message>
        <source>This needs an API key: send it as &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>此操作需要 API 密钥：请以“Authorization: Bearer KEY”发送。</translation>
    </message>
    <message>
        <source>The API key is not valid (unknown, mistyped or revoked).</source>
        <translation>API 密钥无效（未知、输错或已吊销）。</translation>
    </message>
    <message numerus="yes">
        <source>The key %1 may make %2 calls a minute; try again in %n second(s).</source>
        <translation>
            <numerusform>密钥 %1 每分钟可调用 %2 次；请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong in the gateway; it is logged.</source>
        <translation>网关内部出错；已记录在日志中。</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>正文不是 JSON：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>正文必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;; the list takes: %2.</source>
        <translation>未知查询参数“%1”；列表接受：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>“%1”给出了两次。</translation>
    </message>
    <message>
        <source>&quot;exact&quot; is true or false.</source>
        <translation>“exact”为 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date such as 2026-12-05 (UTC days); &quot;%2&quot; is not.</source>
        <translation>“%1”是日期，例如 2026-12-05（UTC 日）；“%2”不符合。</translation>
    </message>
    <message>
        <source>&quot;validity&quot; is valid, invalid or all.</source>
        <translation>“validity”为 valid、invalid 或 all。</translation>
    </message>
    <message>
        <source>&quot;updated_since&quot; is a time with its zone, such as 2026-12-05T10:00:00Z, or seconds since 1970.</source>
        <translation>“updated_since”是带时区的时间，例如 2026-12-05T10:00:00Z，或自 1970 年起的秒数。</translation>
    </message>
    <message>
        <source>&quot;sort&quot; is created or updated.</source>
        <translation>“sort”为 created 或 updated。</translation>
    </message>
    <message>
        <source>&quot;limit&quot; is a number from 1 to 500.</source>
        <translation>“limit”为 1 到 500 之间的数字。</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>%1 处没有内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a status change (status, note, version).</source>
        <translation>“%1”不是状态更改的字段（status、note、version）。</translation>
    </message>
    <message>
        <source>There is no status &quot;%1&quot;.</source>
        <translation>没有状态“%1”。</translation>
    </message>
    <message>
        <source>&quot;version&quot; is the order&apos;s version number, as read with it.</source>
        <translation>“version”是订单的版本号，与订单一同读取。</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text.</source>
        <translation>“note”必须是文本。</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; takes no webhooks (an administrator sets its secret with: docketctl intake channel set %1).</source>
        <translation>渠道“%1”不接收 Webhook（管理员可用以下命令设置其密钥：docketctl intake channel set %1）。</translation>
    </message>
    <message>
        <source>The X-WC-Webhook-Signature header is missing.</source>
        <translation>缺少 X-WC-Webhook-Signature 标头。</translation>
    </message>
    <message>
        <source>The X-WC-Webhook-Signature does not match the body: the secret differs from the channel&apos;s, or the body was changed.</source>
        <translation>X-WC-Webhook-Signature 与正文不符：密钥与渠道的不同，或正文已被更改。</translation>
    </message>
    <message>
        <source>Docket takes order.created and order.updated; &quot;%1&quot; is left alone.</source>
        <translation>Docket 接收 order.created 和 order.updated；“%1”不予处理。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2 (%3).</source>
        <translation>“%1”不是%2的字段（%3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a whole number from 1.</source>
        <translation>“%1”应为从 1 起的整数。</translation>
    </message>
    <message>
        <source>Order %1 is in %2; &quot;currency&quot; %3 does not match.</source>
        <translation>订单 %1 的币种为 %2；“currency” %3 不符。</translation>
    </message>
    <message>
        <source>&quot;lines&quot; is a list of {&quot;line&quot;, &quot;quantity&quot;}.</source>
        <translation>&quot;lines&quot;应为 {&quot;line&quot;, &quot;quantity&quot;} 的列表。</translation>
    </message>
    <message>
        <source>A line is {&quot;line&quot;: its number on the order, &quot;quantity&quot;}.</source>
        <translation>每行应为 {&quot;line&quot;: 订单上的行号, &quot;quantity&quot;}。</translation>
    </message>
    <message>
        <source>The order has no line %1.</source>
        <translation>订单没有第 %1 行。</translation>
    </message>
    <message>
        <source>a payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>A payment is recorded &quot;captured&quot; or &quot;pending&quot;, not &quot;%1&quot;.</source>
        <translation>付款只能记为 “captured” 或 “pending”，不能是 “%1”。</translation>
    </message>
    <message>
        <source>a refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>A refund is either an &quot;amount&quot; or &quot;lines&quot; (one of the two).</source>
        <translation>退款应为 “amount” 或 “lines”（二选一）。</translation>
    </message>
    <message>
        <source>a shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>&quot;amount&quot; is more than zero.</source>
        <translation>“amount”必须大于零。</translation>
    </message>
    <message>
        <source>The shipment in the path is its id, a whole number from 1; &quot;%1&quot; is not.</source>
        <translation>路径中的发货是其编号，即从 1 起的整数；“%1”不是。</translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;; the stock list takes: %2.</source>
        <translation>未知的查询参数“%1”；库存列表接受：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes from 1 to 100 values, comma-separated.</source>
        <translation>“%1”接受 1 到 100 个值，以逗号分隔。</translation>
    </message>
    <message>
        <source>One SKU&apos;s stock takes no query parameters.</source>
        <translation>单个 SKU 的库存不接受查询参数。</translation>
    </message>
    <message>
        <source>There is no product with the SKU &quot;%1&quot;.</source>
        <translation>没有 SKU 为“%1”的商品。</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>无法读取证书 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>无法读取私钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (--tls-cert).</source>
        <translation>%1 中没有 PEM 证书（--tls-cert）。</translation>
    </message>
    <message>
        <source>%1 holds no PEM RSA or EC private key (--tls-key).</source>
        <translation>%1 中没有 PEM 格式的 RSA 或 EC 私钥（--tls-key）。</translation>
    </message>
    <message>
        <source>docket-gateway %1: listening on %2:%3 (%4), database %5</source>
        <translation>docket-gateway %1：正在监听 %2:%3（%4），数据库 %5</translation>
    </message>
    <message numerus="yes">
        <source>docket-gateway: stopping; %n request(s) in flight finish first.</source>
        <translation>
            <numerusform>docket-gateway：正在停止；%n 个进行中的请求先完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>docket-gateway: stopped.</source>
        <translation>docket-gateway：已停止。</translation>
    </message>
    <message>
        <source>--intake-writers takes a number from 1 to 16.</source>
        <translation>--intake-writers 接受 1 到 16 之间的数字。</translation>
    </message>
</context>
<context>
    <name>IdempotencyStore</name>
    <message>
        <source>The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID, for example).</source>
        <translation>Idempotency-Key 请求头必须是 1 到 255 个可见的 ASCII 字符（例如一个 UUID）。</translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; was already used for another request (%2, or another body); send a new key for a new request.</source>
        <translation>Idempotency-Key“%1”已用于另一个请求（%2，或另一个请求体）；新的请求请使用新的键。</translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; is in use by another request.</source>
        <translation>Idempotency-Key“%1”正被另一个请求使用。</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount as decimal text, such as &quot;12.50&quot; (a JSON number may not be exact).</source>
        <translation>“%1”必须是十进制文本形式的金额，例如“12.50”（JSON 数字可能不精确）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: &quot;%2&quot; (write it like &quot;12.50&quot;).</source>
        <translation>“%1”不是金额：“%2”（请写成“12.50”这样的形式）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 1 to %2.</source>
        <translation>“%1”必须是 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>“%1”必须是对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an order (see /api/v1/openapi.json).</source>
        <translation>“%1”不是订单的字段（参见 /api/v1/openapi.json）。</translation>
    </message>
    <message>
        <source>&quot;channel&quot; is required.</source>
        <translation>“channel”为必填项。</translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;; the channels are: %2.</source>
        <translation>没有销售渠道“%1”；现有渠道：%2。</translation>
    </message>
    <message>
        <source>There is no status &quot;%1&quot;; the statuses are: %2.</source>
        <translation>没有状态“%1”；现有状态：%2。</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; must be a time such as &quot;2026-12-05T10:00:00Z&quot; (with Z or an offset).</source>
        <translation>“created_at”必须是时间，例如“2026-12-05T10:00:00Z”（带 Z 或时差）。</translation>
    </message>
    <message>
        <source>&quot;lines&quot; must be a list of at least one line.</source>
        <translation>“lines”必须是至少包含一行的列表。</translation>
    </message>
    <message>
        <source>An order may have at most 1000 lines.</source>
        <translation>一个订单最多 1000 行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be negative.</source>
        <translation>“%1”不能为负数。</translation>
    </message>
    <message>
        <source>The lines add up to more than Docket can hold.</source>
        <translation>各行合计超出 Docket 能保存的范围。</translation>
    </message>
    <message>
        <source>The total %1 does not match the lines, which add up to %2.</source>
        <translation>总额 %1 与各行不符，各行合计为 %2。</translation>
    </message>
    <message>
        <source>The order&apos;s &quot;id&quot; is missing.</source>
        <translation>订单缺少“id”。</translation>
    </message>
    <message>
        <source>The WooCommerce status &quot;%1&quot; is not one Docket knows (pending, on-hold, failed, processing, completed, cancelled, refunded).</source>
        <translation>WooCommerce 状态“%1”不是 Docket 认识的状态（pending、on-hold、failed、processing、completed、cancelled、refunded）。</translation>
    </message>
    <message>
        <source>WooCommerce status &quot;%1&quot;: not an order to take.</source>
        <translation>WooCommerce 状态“%1”：不是要接收的订单。</translation>
    </message>
    <message>
        <source>&quot;date_created_gmt&quot; is not a time: &quot;%1&quot;.</source>
        <translation>“date_created_gmt”不是时间：“%1”。</translation>
    </message>
    <message>
        <source>The order names no customer (billing first and last name).</source>
        <translation>订单没有写明客户（账单的名和姓）。</translation>
    </message>
    <message>
        <source>The order has no line items.</source>
        <translation>订单没有商品行。</translation>
    </message>
    <message>
        <source>Shipping and tax cannot be negative.</source>
        <translation>运费和税费不能为负数。</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>A negative fee (a discount given as a fee) cannot be taken: Docket&apos;s lines are never negative.</source>
        <translation>不能接收负的费用（以费用形式给出的折扣）：Docket 的订单行永远不为负。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>The total %1 does not match the order&apos;s items, shipping, fees and tax, which add up to %2.</source>
        <translation>总额 %1 与订单的商品、运费、费用和税费不符，它们合计为 %2。</translation>
    </message>
</context>
<context>
    <name>IntakeStore</name>
    <message>
        <source>Line %1: the SKU &quot;%2&quot; is not in the catalogue, and the channel &quot;%3&quot; refuses orders with unknown SKUs.</source>
        <translation>第 %1 行：SKU“%2”不在商品目录中，且渠道“%3”拒收含未知 SKU 的订单。</translation>
    </message>
    <message>
        <source>An order from outside needs its external id.</source>
        <translation>来自外部的订单需要外部编号。</translation>
    </message>
    <message>
        <source>%1 may not take orders for the channel &quot;%2&quot;.</source>
        <translation>%1 不能接收渠道“%2”的订单。</translation>
    </message>
    <message>
        <source>The order was deleted in Docket; the resend was not taken.</source>
        <translation>该订单已在 Docket 中删除；重发的订单未被接收。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid in Docket; the resend was not taken.</source>
        <translation>订单 %1 在 Docket 中被标记为无效；重发的订单未被接收。</translation>
    </message>
    <message>
        <source>The status stays &quot;%1&quot;: the workflow has no way from there to &quot;%2&quot;.</source>
        <translation>状态仍为“%1”：工作流中没有从该状态到“%2”的路径。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;; the channels are: %2.</source>
        <translation>没有销售渠道“%1”；现有渠道：%2。</translation>
    </message>
    <message>
        <source>An unknown SKU is either refused (&quot;refuse&quot;) or taken as an unlinked line (&quot;unlinked&quot;).</source>
        <translation>未知 SKU 要么拒收（“refuse”），要么作为未关联行接收（“unlinked”）。</translation>
    </message>
    <message>
        <source>A webhook secret has 16 to 256 characters.</source>
        <translation>Webhook 密钥为 16 到 256 个字符。</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has no webhook secret yet: give one (or let Docket make one).</source>
        <translation>渠道“%1”还没有 Webhook 密钥：请提供一个（或让 Docket 生成一个）。</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; takes no webhooks.</source>
        <translation>渠道“%1”不接收 Webhook。</translation>
    </message>
</context>
<context>
    <name>InventoryAnalytics</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>时间段的结束早于开始。</translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>Your role may not issue invoice numbers (it needs &quot;%1&quot;).</source>
        <translation>您的角色不能开具发票号（需要“%1”权限）。</translation>
    </message>
    <message>
        <source>Cancelled; no invoice number was issued.</source>
        <translation>已取消；未开具任何发票号。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine %1 with %2.</source>
        <translation>无法将 %1 与 %2 合并计算。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>OrderBatch</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Invalid reason</source>
        <translation>无效原因</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>%1 of %2 paid; %3 still owed.</source>
        <translation>已付 %1 / 共 %2；尚欠 %3。</translation>
    </message>
    <message>
        <source>%1 refunded; %2 paid after the refunds.</source>
        <translation>已退款 %1；扣除退款后已付 %2。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 waits for review; it is “%2” until it is approved.</source>
        <translation>%1 正在等待审核；在获批之前其状态为“%2”。</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>到期时间：%1。</translation>
    </message>
    <message>
        <source>Step “%1”: due %2.</source>
        <translation>步骤“%1”：%2 到期。</translation>
    </message>
</context>
<context>
    <name>OrderEvent</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态已更改</translation>
    </message>
    <message>
        <source>Marked seen</source>
        <translation>已标记为已查看</translation>
    </message>
    <message>
        <source>Marked invalid</source>
        <translation>已标记为无效</translation>
    </message>
    <message>
        <source>Marked valid again</source>
        <translation>已重新标记为有效</translation>
    </message>
    <message>
        <source>Deleted to archive</source>
        <translation>已删除并归档</translation>
    </message>
    <message>
        <source>Restored from archive</source>
        <translation>已从归档恢复</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>已开具发票</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>内部留言</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Made new again</source>
        <translation>重新标记为新订单</translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择导出到的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation>%1 是文件夹；请选择要导出到的文件名。</translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>无法导出到 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单（%1）</translation>
    </message>
    <message>
        <source>The CSV separator must be a comma, a semicolon or a tab.</source>
        <translation>CSV 分隔符必须是逗号、分号或制表符。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>订单行 (%1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>行合计</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export.</source>
        <translation>没有可导出的列“%1”。</translation>
    </message>
</context>
<context>
    <name>OrderFeed</name>
    <message>
        <source>The cursor is not one this list gave out (or it was for another sort order).</source>
        <translation>该游标不是此列表给出的（或属于另一种排序）。</translation>
    </message>
</context>
<context>
    <name>OrderField</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>账单国家</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
</context>
<context>
    <name>OrderFilter</name>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation>未知渠道“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region: write the country, a slash and the region (&quot;DE/Bayern&quot;).</source>
        <translation>“%1”不是有效的地区：请写国家、斜杠和地区（“DE/Bayern”）。</translation>
    </message>
    <message>
        <source>A product filter has an empty SKU.</source>
        <translation>商品筛选条件中有空的 SKU。</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>订单号：%1</translation>
    </message>
    <message>
        <source>Keyword: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation>日期：%1 – %2</translation>
    </message>
    <message>
        <source>Dates: from %1</source>
        <translation>日期：自 %1 起</translation>
    </message>
    <message>
        <source>Dates: until %1</source>
        <translation>日期：截至 %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>New orders only</source>
        <translation>仅新订单</translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation>无效订单</translation>
    </message>
    <message>
        <source>Valid and invalid orders</source>
        <translation>有效和无效订单</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>截止日期 %1 早于起始日期 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of statuses, regions, ...</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The customer filter names no customer.</source>
        <translation>客户筛选条件未指定客户。</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Past the deadline of their step</source>
        <translation>已过所在步骤的期限</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n hour(s)</source>
        <translation>
            <numerusform>%n 小时内到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>A quoted field goes on after its closing quote.</source>
        <translation>带引号的字段在结束引号之后还有内容。</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>带引号的字段没有结束引号。</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>文件不是 JSON：%1。</translation>
    </message>
    <message>
        <source>A JSON file of orders is a list: [ {...}, ... ].</source>
        <translation>订单的 JSON 文件是一个列表：[ {...}, ... ]。</translation>
    </message>
    <message>
        <source>The file holds no orders.</source>
        <translation>文件中没有订单。</translation>
    </message>
    <message>
        <source>An order is a JSON object.</source>
        <translation>订单是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The file holds no orders (a header row, then one row per line item).</source>
        <translation>文件中没有订单（先是一行表头，然后每个商品行一行）。</translation>
    </message>
    <message>
        <source>There is no column for %1 (a header such as &quot;%2&quot;).</source>
        <translation>没有 %1 列（表头例如“%2”）。</translation>
    </message>
    <message>
        <source>There is no column for the customer&apos;s name (a header such as &quot;Customer Name&quot; or &quot;Billing First Name&quot;).</source>
        <translation>没有客户姓名列（表头例如“Customer Name”或“Billing First Name”）。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>该行有 %1 个字段；表头有 %2 个。</translation>
    </message>
    <message>
        <source>The order id is empty.</source>
        <translation>订单号为空。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>文件有 %n 个问题；没有导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 (line %2) was refused, so nothing was imported: %3</source>
        <translation>订单 %1（第 %2 行）被拒收，因此没有导入任何内容：%3</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；没有导入任何内容。</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>The saved mapping takes %1 from the column &quot;%2&quot;, which this file does not have.</source>
        <translation>已保存的映射从“%2”列读取 %1，但此文件没有该列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>“%1”不是 NAME=VALUE 形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an order; the fields are: %2.</source>
        <translation>“%1”不是订单的字段；字段有：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docket status.</source>
        <translation>“%1”不是 Docket 的状态。</translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Packing Slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>VOID — this order is marked invalid: %1</source>
        <translation>作废 — 此订单已标记为无效：%1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>总额（%1）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Thank you for your order.</source>
        <translation>感谢您的订购。</translation>
    </message>
    <message>
        <source>Please check the contents against this slip.</source>
        <translation>请根据本单核对包裹内容。</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>packing-slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Cannot save the PDF as %1: choose a file in an existing folder.</source>
        <translation>无法将 PDF 保存为 %1：请选择现有文件夹中的文件。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>issued when printed</source>
        <translation>打印时开具</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>税（%1）</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Order %1 was not found.</source>
        <translation>未找到订单 %1。</translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot;.</source>
        <translation>没有订单号为“%1”的订单。</translation>
    </message>
    <message>
        <source>The customer name is required.</source>
        <translation>必须填写客户名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>Choose a sales channel.</source>
        <translation>请选择销售渠道。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>币种必须是三个字母的代码，例如 EUR。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行。</translation>
    </message>
    <message>
        <source>Line %1: the SKU is required.</source>
        <translation>第 %1 行：必须填写 SKU。</translation>
    </message>
    <message>
        <source>Line %1: the product name is required.</source>
        <translation>第 %1 行：必须填写商品名称。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>第 %1 行：数量至少为 1。</translation>
    </message>
    <message>
        <source>Line %1: the quantity is too large.</source>
        <translation>第 %1 行：数量过大。</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>第 %1 行：价格不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: the price is too large.</source>
        <translation>第 %1 行：价格过高。</translation>
    </message>
    <message>
        <source>An order with the number %1 already exists.</source>
        <translation>订单号为 %1 的订单已存在。</translation>
    </message>
    <message>
        <source>An order cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>订单不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; mark it valid again before editing it.</source>
        <translation>订单 %1 已标记为无效；请先将其重新标记为有效，然后再编辑。</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it.</source>
        <translation>在您打开订单 %1 之后，其他人更改了该订单。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; its status cannot change.</source>
        <translation>订单 %1 已标记为无效；无法更改其状态。</translation>
    </message>
    <message>
        <source>Order %1 cannot move from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>订单 %1 不能从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else meanwhile; its status was not changed. Look at it again and retry.</source>
        <translation>订单 %1 在此期间已被其他人更改；其状态未被更改。请重新查看后再试。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 of the %2 orders no longer exist or are outside your scope.</source>
        <translation>%2 个订单中有 %1 个已不存在或不在您的范围内。</translation>
    </message>
    <message>
        <source>Give a reason for marking the orders invalid.</source>
        <translation>请说明将订单标记为无效的原因。</translation>
    </message>
    <message>
        <source>Only invalid orders can be deleted: %1 of the %2 selected orders are not marked invalid (or no longer exist). Nothing was deleted.</source>
        <translation>只能删除无效订单：所选的 %2 个订单中有 %1 个未标记为无效（或已不存在）。未删除任何订单。</translation>
    </message>
    <message>
        <source>There is no archived order with the id %1.</source>
        <translation>没有 ID 为 %1 的已归档订单。</translation>
    </message>
    <message>
        <source>The archived copy of %1 is damaged and cannot be restored.</source>
        <translation>%1 的归档副本已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>Order %1 cannot be restored: another order has that number now.</source>
        <translation>无法恢复订单 %1：目前已有其他订单使用该订单号。</translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot;. Nothing was changed.</source>
        <translation>没有订单号为“%1”的订单。未做任何更改。</translation>
    </message>
    <message>
        <source>%L1 of the %L2 order numbers are no orders you can see (%3%4). Nothing was changed.</source>
        <translation>%L2 个订单号中有 %L1 个不是您能看到的订单（%3%4）。未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders no longer exist.</source>
        <translation>
            <numerusform>有 %Ln 个订单已不存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders were changed by someone else since (%1).</source>
        <translation>
            <numerusform>有 %Ln 个订单在此之后已被他人更改（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on would overwrite their changes, so nothing was changed.</source>
        <translation>继续操作会覆盖他们的更改，因此未做任何更改。</translation>
    </message>
    <message>
        <source>Marked invalid again (undo)</source>
        <translation>重新标记为无效（撤销）</translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> 等另外 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else meanwhile; nothing was changed.</source>
        <translation>订单 %1 在此期间已被他人更改；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 (marked invalid)</source>
        <translation>%1（已标记为无效）</translation>
    </message>
    <message>
        <source>%1 of the orders cannot move to “%2”: %3. Nothing was changed.</source>
        <translation>有 %1 个订单无法转为“%2”：%3。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 of the orders are marked invalid and cannot be assigned: %2. Nothing was changed.</source>
        <translation>有 %1 个订单已标记为无效，无法分配：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot; among the orders you can see.</source>
        <translation>在您能看到的订单中没有编号为“%1”的订单。</translation>
    </message>
    <message>
        <source>The order has no shipping address: nothing can be sent to the customer.</source>
        <translation>此订单没有收货地址：无法给客户发货。</translation>
    </message>
    <message>
        <source>You may not create orders for the channel &quot;%1&quot;: you work with the orders of %2.</source>
        <translation>您不能为渠道“%1”创建订单：您负责的是%2的订单。</translation>
    </message>
    <message>
        <source>You may not move orders to the channel &quot;%1&quot;: you work with the orders of %2.</source>
        <translation>您不能把订单移到渠道“%1”：您负责的是%2的订单。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写评论内容。</translation>
    </message>
    <message>
        <source>A comment holds at most %L1 characters; this one has %L2.</source>
        <translation>一条评论最多 %L1 个字符；这条有 %L2 个。</translation>
    </message>
    <message>
        <source>%1 (its payments and shipments decide)</source>
        <translation>%1（由其付款和发货决定）</translation>
    </message>
    <message>
        <source>%1 (money received or goods shipped)</source>
        <translation>%1（已收款或已发货）</translation>
    </message>
    <message>
        <source>Order %1 becomes paid when its payments reach its total: record a payment instead.</source>
        <translation>订单 %1 在付款达到总额时自动变为已付款：请改为记录一笔付款。</translation>
    </message>
    <message>
        <source>Order %1 becomes shipped when every line is in a shipment: record a shipment instead.</source>
        <translation>订单 %1 在所有商品都发出后自动变为已发货：请改为记录一次发货。</translation>
    </message>
    <message>
        <source>Order %1 becomes delivered when every shipment is delivered: mark its shipments delivered instead.</source>
        <translation>订单 %1 在所有包裹签收后自动变为已签收：请改为将包裹标记为已签收。</translation>
    </message>
    <message>
        <source>Order %1 becomes refunded when everything paid is refunded: record a refund instead.</source>
        <translation>订单 %1 在已付款项全部退回后自动变为已退款：请改为记录一笔退款。</translation>
    </message>
    <message>
        <source>Order %1 does not move to &quot;%2&quot; by hand.</source>
        <translation>订单 %1 不能手动改为“%2”。</translation>
    </message>
    <message>
        <source>Order %1 holds %2 of the customer&apos;s money; refund it before cancelling.</source>
        <translation>订单 %1 持有客户的 %2 款项；请先退款再取消。</translation>
    </message>
    <message>
        <source>Part of order %1 has shipped; it is not cancelled.</source>
        <translation>订单 %1 已部分发货，不能取消。</translation>
    </message>
    <message>
        <source>Order %1 has payments or shipments; its lines no longer change. Refund or ship what differs instead.</source>
        <translation>订单 %1 已有付款或发货，商品行不能再修改。请改为对差异部分退款或发货。</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>%1 (“%2” is no step back from “%3”)</source>
        <translation>%1（“%2”不是“%3”的上一步）</translation>
    </message>
    <message>
        <source>%1 (taking back “%2” needs the right “%3”)</source>
        <translation>%1（撤回“%2”需要“%3”权限）</translation>
    </message>
    <message>
        <source>%1 of the orders cannot go back to their status: %2. Nothing was changed.</source>
        <translation>%1 个订单无法回到原来的状态：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Shipping: &quot;%1&quot; is not an amount.</source>
        <translation>运费：“%1”不是金额。</translation>
    </message>
    <message>
        <source>Tax rate: &quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals.</source>
        <translation>税率：“%1”不是 0 到 100 之间、最多两位小数的百分比。</translation>
    </message>
    <message>
        <source>Shipping cannot be negative.</source>
        <translation>运费不能为负数。</translation>
    </message>
    <message>
        <source>Shipping of %1 is too large.</source>
        <translation>运费 %1 过大。</translation>
    </message>
    <message>
        <source>Shipping is in %1 but the order is in %2: both must be in the order&apos;s currency.</source>
        <translation>运费的币种是 %1，而订单的币种是 %2：两者都必须使用订单的币种。</translation>
    </message>
    <message>
        <source>The tax rate must be from 0% to 100%; %1% is not.</source>
        <translation>税率必须在 0% 到 100% 之间；%1% 不在此范围内。</translation>
    </message>
    <message>
        <source>Order %1 has payments or shipments; its shipping and tax no longer change.</source>
        <translation>订单 %1 已有付款或发货；其运费和税不能再更改。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) were marked seen again since (%1); none was made new again.</source>
        <translation>
            <numerusform>有 %Ln 个订单在此之后又被标记为已查看（%1）；没有订单被重新标记为新订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders are no longer in the archive: restored or purged since (%1).</source>
        <translation>
            <numerusform>其中 %Ln 个订单已不在归档中：此后已被恢复或清除（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何订单。</translation>
    </message>
    <message>
        <source>The server created %1 of %2 orders; nothing was kept.</source>
        <translation>服务器只创建了 %2 个订单中的 %1 个；未保存任何内容。</translation>
    </message>
    <message>
        <source>This database cannot search the archive by customer.</source>
        <translation>此数据库无法按客户搜索归档。</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n 个新订单</numerusform>
        </translation>
    </message>
    <message>
        <source>the new order for %1</source>
        <translation>%1 的新订单</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <source>%1 is not an order number: order numbers have at most %2 characters.</source>
        <translation>%1 不是订单号：订单号最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 is not an order number: use letters, digits and - _ # / . only, without spaces.</source>
        <translation>%1 不是订单号：只能使用字母、数字和 - _ # / .，不能有空格。</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>%1 不是日期：请写成 YYYY-MM-DD，例如 2026-01-31。</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no such day in the calendar.</source>
        <translation>%1 不是日期：日历上没有这一天。</translation>
    </message>
    <message>
        <source>The last day %1 comes before the first day %2.</source>
        <translation>最后一天 %1 早于第一天 %2。</translation>
    </message>
    <message>
        <source>%1 is not a period: write FIRST..LAST with days as YYYY-MM-DD, e.g. 2026-01-01..2026-01-31 (either end may be left out).</source>
        <translation>%1 不是时间段：请写成 FIRST..LAST，日期格式为 YYYY-MM-DD，例如 2026-01-01..2026-01-31（任一端都可省略）。</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3: write digits only, without a sign, spaces or leading zeros.</source>
        <translation>%1 不是 %2 到 %3 之间的整数：只能写数字，不带正负号、空格或前导零。</translation>
    </message>
    <message>
        <source>%1 is not an id: ids are whole numbers from 1, written with digits only.</source>
        <translation>%1 不是编号：编号是从 1 开始的整数，只能用数字书写。</translation>
    </message>
    <message>
        <source>An order number is empty.</source>
        <translation>有一个订单号是空的。</translation>
    </message>
    <message>
        <source>The search text is too long: %L1 characters, at most %L2.</source>
        <translation>搜索文字太长：%L1 个字符，最多 %L2 个。</translation>
    </message>
    <message>
        <source>Search words need at least two letters or digits (%1 has one; punctuation is not searched).</source>
        <translation>搜索词至少需要两个字母或数字（%1 只有一个；标点符号不参与搜索）。</translation>
    </message>
    <message>
        <source>The search text %1 has no letters or digits to search for.</source>
        <translation>搜索文字 %1 中没有可搜索的字母或数字。</translation>
    </message>
    <message>
        <source>The search has %L1 words; at most %L2 can be searched at once.</source>
        <translation>搜索包含 %L1 个词；一次最多只能搜索 %L2 个。</translation>
    </message>
    <message>
        <source>%1 is not a list of %2: an item is empty; separate the items with single commas.</source>
        <translation>%1 不是%2列表：有一项是空的；请用单个逗号分隔各项。</translation>
    </message>
    <message>
        <source>%1 is not a list of %2: write the items separated by commas, without spaces.</source>
        <translation>%1 不是%2列表：请用逗号分隔各项，不要加空格。</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>View orders</source>
        <translation>查看订单</translation>
    </message>
    <message>
        <source>Create orders</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Edit orders</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Mark orders seen</source>
        <translation>将订单标记为已查看</translation>
    </message>
    <message>
        <source>Invalidate orders</source>
        <translation>将订单标记为无效</translation>
    </message>
    <message>
        <source>Delete invalid orders</source>
        <translation>删除无效订单</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>从归档恢复</translation>
    </message>
    <message>
        <source>View analytics</source>
        <translation>查看分析</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>管理用户和角色</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>备份和恢复</translation>
    </message>
    <message>
        <source>Manage the catalogue and warehouses</source>
        <translation>管理商品目录和仓库</translation>
    </message>
    <message>
        <source>Adjust stock (receipts, stocktakes, transfers)</source>
        <translation>调整库存（入库、盘点、调拨）</translation>
    </message>
    <message>
        <source>Handle returns and feedback</source>
        <translation>处理退货和反馈</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>记录付款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Ship orders</source>
        <translation>订单发货</translation>
    </message>
    <message>
        <source>Review orders</source>
        <translation>审核订单</translation>
    </message>
    <message>
        <source>Manage review rules</source>
        <translation>管理审核规则</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>%1 is open read-only (%2): nothing can be changed.</source>
        <translation>%1 以只读方式打开（%2）：无法进行任何更改。</translation>
    </message>
</context>
<context>
    <name>Return</name>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>有缺陷</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>运输中损坏</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>改变主意</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
</context>
<context>
    <name>ReturnStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation>没有 ID 为 %1 的订单。</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>备注太长。</translation>
    </message>
    <message>
        <source>A return needs at least one line: a product and how many.</source>
        <translation>退货至少需要一行：商品及数量。</translation>
    </message>
    <message>
        <source>A return has at most 100 lines.</source>
        <translation>一次退货最多 100 行。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number from 1 to 1,000,000.</source>
        <translation>第 %1 行：数量必须是 1 到 1,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>Order %1 has not been shipped: only a shipped or delivered order can be returned.</source>
        <translation>订单 %1 尚未发货：只有已发货或已送达的订单才能退货。</translation>
    </message>
    <message>
        <source>%1 is not on order %2.</source>
        <translation>%1 不在订单 %2 中。</translation>
    </message>
    <message>
        <source>%1: %L2 shipped and %L3 already returned, so at most %L4 can come back, not %L5.</source>
        <translation>%1：已发货 %L2 件，已退回 %L3 件，因此最多还能退回 %L4 件，而不是 %L5 件。</translation>
    </message>
    <message>
        <source>Return %1 is %2; only a return that is %3 can be %4.</source>
        <translation>退货 %1 的状态为“%2”；只有状态为“%3”的退货才能%4。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Say why the return is rejected: the customer reads it.</source>
        <translation>请说明拒绝退货的原因：客户会看到它。</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>原因太长。</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Return %1 was received already: its lines were restocked or written off once and are not again.</source>
        <translation>退货 %1 已经收货：其各行已入库或报损过一次，不会再次处理。</translation>
    </message>
    <message>
        <source>Return %1 is %2; only an approved return can be received.</source>
        <translation>退货 %1 的状态为“%2”；只有已批准的退货才能收货。</translation>
    </message>
    <message>
        <source>Line %1 of the return is given twice.</source>
        <translation>退货的第 %1 行出现了两次。</translation>
    </message>
    <message>
        <source>Say what becomes of line %1 (%2): restock or write off.</source>
        <translation>请说明第 %1 行（%2）如何处理：重新入库或报损。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a catalogue product and cannot be restocked; write it off.</source>
        <translation>第 %1 行：%2 不是目录中的商品，无法重新入库；请报损。</translation>
    </message>
    <message>
        <source>Line %1: there is no active warehouse with the id %2.</source>
        <translation>第 %1 行：没有 ID 为 %2 的启用仓库。</translation>
    </message>
    <message>
        <source>Return %1 has no line %2.</source>
        <translation>退货 %1 没有第 %2 行。</translation>
    </message>
    <message>
        <source>Describe the repair in the note.</source>
        <translation>请在备注中说明维修情况。</translation>
    </message>
    <message>
        <source>Only a refund gives money back.</source>
        <translation>只有退款才会退还款项。</translation>
    </message>
    <message>
        <source>Only an exchange links a replacement order.</source>
        <translation>只有换货才会关联替换订单。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The refund must be more than nothing and at most %1, the returned lines&apos; value.</source>
        <translation>退款必须大于零，且最多为 %1（退回各行的金额）。</translation>
    </message>
    <message>
        <source>Name the replacement order of the exchange.</source>
        <translation>请指定换货的替换订单。</translation>
    </message>
    <message>
        <source>That order replaces another return already.</source>
        <translation>该订单已经是另一笔退货的替换订单。</translation>
    </message>
    <message>
        <source>Exchange for return %1 of order %2.</source>
        <translation>订单 %2 的退货 %1 的换货。</translation>
    </message>
    <message>
        <source>There is no return with the id %1.</source>
        <translation>没有 ID 为 %1 的退货。</translation>
    </message>
    <message>
        <source>The rating must be a whole number from 1 to 5.</source>
        <translation>评分必须是 1 到 5 之间的整数。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>文字太长。</translation>
    </message>
    <message>
        <source>The refund is in %1 but order %2 is in %3.</source>
        <translation>退款币种为 %1，但订单 %2 的币种为 %3。</translation>
    </message>
    <message>
        <source>Order %1&apos;s payments can give back only %2 of the %3 to refund; record the payment first or refund less.</source>
        <translation>订单 %1 的付款只能退回 %3 中的 %2；请先登记付款，或减少退款金额。</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>退货 %1</translation>
    </message>
    <message>
        <source>Return %1: %2</source>
        <translation>退货 %1：%2</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Amount above a threshold</source>
        <translation>金额超过阈值</translation>
    </message>
    <message>
        <source>First order of a new customer above a threshold</source>
        <translation>新客户首单超过阈值</translation>
    </message>
    <message>
        <source>Shipping country differs from billing country</source>
        <translation>收货国家与账单国家不同</translation>
    </message>
    <message>
        <source>Many orders from one email or phone in a short time</source>
        <translation>同一邮箱或电话短时间内下单过多</translation>
    </message>
    <message>
        <source>Blocked email domain, phone or address</source>
        <translation>被屏蔽的邮箱域名、电话或地址</translation>
    </message>
    <message>
        <source>Line quantity above a limit</source>
        <translation>单行数量超过上限</translation>
    </message>
    <message>
        <source>Incomplete shipping address</source>
        <translation>收货地址不完整</translation>
    </message>
    <message>
        <source>The settings of the rule &quot;%1&quot; are damaged.</source>
        <translation>规则“%1”的设置已损坏。</translation>
    </message>
    <message>
        <source>The rule set is not a JSON object: %1</source>
        <translation>规则集不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;; the rules are: %2.</source>
        <translation>没有规则“%1”；现有规则：%2。</translation>
    </message>
    <message>
        <source>%1 %2 takes a whole number from %3 to %4.</source>
        <translation>%1 %2 需要 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>A threshold is a currency and an amount, e.g. &quot;threshold EUR 1500.00&quot;; &quot;%1 %2&quot; is not one.</source>
        <translation>阈值由币种和金额组成，例如“threshold EUR 1500.00”；“%1 %2”不是有效阈值。</translation>
    </message>
    <message>
        <source>Give the value to %1.</source>
        <translation>请给出 %1 的值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of the rule %2.</source>
        <translation>“%1”不是规则 %2 的设置项。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>more than %1 orders within %2 minutes</source>
        <translation>%2 分钟内超过 %1 笔订单</translation>
    </message>
    <message>
        <source>%1 email domains, %2 phones, %3 addresses</source>
        <translation>%1 个邮箱域名、%2 个电话、%3 个地址</translation>
    </message>
    <message>
        <source>more than %1 of one line</source>
        <translation>单行超过 %1 件</translation>
    </message>
    <message>
        <source>%1 is above the %2 review threshold.</source>
        <translation>%1 超过了 %2 的审核阈值。</translation>
    </message>
    <message>
        <source>A new customer&apos;s first order of %1 is above the %2 threshold for first orders.</source>
        <translation>新客户的首单金额 %1 超过了首单阈值 %2。</translation>
    </message>
    <message>
        <source>The order ships to %1 but is billed in %2.</source>
        <translation>订单寄往 %1，但账单地址在 %2。</translation>
    </message>
    <message>
        <source>%1 placed %2 orders within %3 minutes (more than %4 is held).</source>
        <translation>%1 在 %3 分钟内下了 %2 笔订单（超过 %4 笔即暂扣）。</translation>
    </message>
    <message>
        <source>The email domain %1 is on the blocklist.</source>
        <translation>邮箱域名 %1 在屏蔽名单上。</translation>
    </message>
    <message>
        <source>The phone %1 is on the blocklist.</source>
        <translation>电话 %1 在屏蔽名单上。</translation>
    </message>
    <message>
        <source>The address %1 is on the blocklist.</source>
        <translation>地址 %1 在屏蔽名单上。</translation>
    </message>
    <message>
        <source>Line %1 (%2) asks for %3 pieces; more than %4 is held.</source>
        <translation>第 %1 行（%2）订购 %3 件；超过 %4 件即暂扣。</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>The shipping address is incomplete: no %1.</source>
        <translation>收货地址不完整：缺少%1。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in %3 (e.g. %4).</source>
        <translation>%1：“%2”不是以 %3 表示的金额（例如 %4）。</translation>
    </message>
    <message>
        <source>Amount threshold</source>
        <translation>金额阈值</translation>
    </message>
    <message>
        <source>First order threshold</source>
        <translation>首单阈值</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1：“%2”不是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>Orders from one customer</source>
        <translation>同一客户的订单数</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>Largest quantity of a line</source>
        <translation>一行的最大数量</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email domain (e.g. example.com).</source>
        <translation>“%1”不是电子邮件域名（例如 example.com）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (at least 5 digits).</source>
        <translation>“%1”不是电话号码（至少 5 位数字）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address (street, postcode).</source>
        <translation>“%1”不是地址（街道, 邮编）。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Blocked email domains</source>
        <translation>屏蔽的电子邮件域名</translation>
    </message>
    <message>
        <source>Blocked phones</source>
        <translation>屏蔽的电话</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>屏蔽的地址</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Blocked email domains added: %1</source>
        <translation>新增屏蔽的电子邮件域名：%1</translation>
    </message>
    <message>
        <source>Blocked email domains removed: %1</source>
        <translation>移除屏蔽的电子邮件域名：%1</translation>
    </message>
    <message>
        <source>Blocked phones added: %1</source>
        <translation>新增屏蔽的电话：%1</translation>
    </message>
    <message>
        <source>Blocked phones removed: %1</source>
        <translation>移除屏蔽的电话：%1</translation>
    </message>
    <message>
        <source>Blocked addresses added: %1</source>
        <translation>新增屏蔽的地址：%1</translation>
    </message>
    <message>
        <source>Blocked addresses removed: %1</source>
        <translation>移除屏蔽的地址：%1</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>The note is too long.</source>
        <translation>备注太长。</translation>
    </message>
    <message>
        <source>Give a reason for rejecting: it becomes the reason the order is invalid.</source>
        <translation>请填写拒绝原因：它将作为订单无效的原因。</translation>
    </message>
    <message>
        <source>%1 (rejected by %2)</source>
        <translation>%1（已被 %2 拒绝）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen orders no longer exist or are outside your scope; nothing was decided.</source>
        <translation>
            <numerusform>所选订单中有 %n 笔已不存在或不在您的权限范围内；未作任何决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone decided meanwhile: %1 no longer awaits review. Nothing was decided; look at the queue again.</source>
        <translation>有人刚刚作出了决定：%1 已不再等待审核。未作任何决定，请重新查看审核队列。</translation>
    </message>
    <message>
        <source>Someone decided some of these orders meanwhile. Nothing was decided; look at the queue again.</source>
        <translation>有人刚刚对其中部分订单作出了决定。未作任何决定，请重新查看审核队列。</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Give the view a name.</source>
        <translation>请为视图命名。</translation>
    </message>
    <message>
        <source>A view&apos;s name holds at most %L1 characters.</source>
        <translation>视图名称最多 %L1 个字符。</translation>
    </message>
    <message>
        <source>That view is not yours, or it was deleted meanwhile.</source>
        <translation>该视图不属于您，或已被删除。</translation>
    </message>
    <message>
        <source>The view&apos;s columns cannot be read.</source>
        <translation>无法读取该视图的列设置。</translation>
    </message>
    <message>
        <source>You already have a view named &quot;%1&quot;.</source>
        <translation>您已有名为“%1”的视图。</translation>
    </message>
    <message>
        <source>That role no longer exists.</source>
        <translation>该角色已不存在。</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The number of orders must be between 0 and 100,000,000.</source>
        <translation>订单数量必须介于 0 到 100,000,000 之间。</translation>
    </message>
    <message>
        <source>Demo data can only be generated into a SQLite database.</source>
        <translation>演示数据只能生成到 SQLite 数据库中。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；未添加任何内容。</translation>
    </message>
    <message>
        <source>This seeder writes to PostgreSQL databases only.</source>
        <translation>此数据生成器只写入 PostgreSQL 数据库。</translation>
    </message>
</context>
<context>
    <name>ServiceAccount</name>
    <message>
        <source>The database user is unknown to the server.</source>
        <translation>服务器不认识该数据库用户。</translation>
    </message>
    <message>
        <source>%1 is a superuser of the database server. The gateway runs as a service account (docketctl service-account create NAME), never as a superuser.</source>
        <translation>%1 是数据库服务器的超级用户。网关以服务账户运行（docketctl service-account create NAME），绝不以超级用户运行。</translation>
    </message>
    <message>
        <source>%1 owns Docket&apos;s tables. The gateway runs as a service account (docketctl service-account create NAME), never as the owner.</source>
        <translation>%1 拥有 Docket 的数据表。网关以服务账户运行（docketctl service-account create NAME），绝不以所有者运行。</translation>
    </message>
    <message>
        <source>%1 is a Docket user&apos;s login. The gateway runs as a service account (docketctl service-account create NAME).</source>
        <translation>%1 是 Docket 用户的登录。网关以服务账户运行（docketctl service-account create NAME）。</translation>
    </message>
    <message>
        <source>%1 is not a service account (a member of docket_service): create one with docketctl service-account create NAME.</source>
        <translation>%1 不是服务账户（docket_service 的成员）：请用 docketctl service-account create NAME 创建一个。</translation>
    </message>
    <message>
        <source>Service accounts exist on a PostgreSQL server only; on SQLite the gateway opens the file itself.</source>
        <translation>服务账户只存在于 PostgreSQL 服务器上；使用 SQLite 时网关自行打开文件。</translation>
    </message>
    <message>
        <source>A service account&apos;s name is 3 to 63 lower-case letters, digits or underscores, starting with a letter, and does not start with pg_ or docket_: &quot;%1&quot; is not.</source>
        <translation>服务账户名称为 3 到 63 个小写字母、数字或下划线，以字母开头，且不以 pg_ 或 docket_ 开头：“%1”不符合。</translation>
    </message>
    <message>
        <source>A service account&apos;s password has at least 12 characters.</source>
        <translation>服务账户的密码至少 12 个字符。</translation>
    </message>
    <message>
        <source>The server has a role called %1 already.</source>
        <translation>服务器上已有名为 %1 的角色。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 may not do this: &quot;%2&quot; is not among the permissions of their role.</source>
        <translation>%1 无权执行此操作：其角色的权限中不包括“%2”。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Docket Demo Shop</source>
        <translation>Docket 演示商店</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <source>Shop email</source>
        <translation>店铺电子邮件</translation>
    </message>
    <message>
        <source>Shop phone</source>
        <translation>店铺电话</translation>
    </message>
    <message>
        <source>Back up daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留的每日备份数</translation>
    </message>
    <message numerus="yes">
        <source>one line of at most %n characters</source>
        <translation>
            <numerusform>一行，最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of at most %n characters</source>
        <translation>
            <numerusform>最多 %n 个字符的文本</numerusform>
        </translation>
    </message>
    <message>
        <source>an email address, or nothing</source>
        <translation>电子邮件地址，或留空</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not acceptable: %4; expected %5.</source>
        <translation>%1（%2）：不接受“%3”：%4；应为%5。</translation>
    </message>
    <message>
        <source>it has a line break</source>
        <translation>其中有换行</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <source>it is not an email address</source>
        <translation>不是电子邮件地址</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>it is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>it is neither true nor false</source>
        <translation>既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>Order look-ups per minute and address</source>
        <translation>每个地址每分钟的订单查询次数</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Gateway logs kept (days)</source>
        <translation>网关日志保留天数</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Awaiting review: time limit (hours)</source>
        <translation>待审核：期限（小时）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Awaiting payment: time limit (hours)</source>
        <translation>待付款：期限（小时）</translation>
    </message>
    <message>
        <source>Paid to shipped: time limit (hours)</source>
        <translation>付款到发货：期限（小时）</translation>
    </message>
    <message>
        <source>Shipped to delivered: time limit (hours)</source>
        <translation>发货到签收：期限（小时）</translation>
    </message>
    <message>
        <source>Time limits per channel</source>
        <translation>各渠道期限</translation>
    </message>
    <message>
        <source>Cancel orders unpaid past their time limit</source>
        <translation>自动取消超过期限仍未付款的订单</translation>
    </message>
    <message>
        <source>one carrier a line: code | name | pattern | link</source>
        <translation>每行一家承运商：代码 | 名称 | 格式 | 链接</translation>
    </message>
    <message>
        <source>one override a line: channel step hours (steps: review, payment, shipping, delivery)</source>
        <translation>每行一条例外：渠道 步骤 小时数（步骤：review、payment、shipping、delivery）</translation>
    </message>
    <message>
        <source>one payment method a line: code | label | on_delivery | inactive</source>
        <translation>每行一种付款方式：代码 | 名称 | on_delivery | inactive</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>店铺货币</translation>
    </message>
    <message>
        <source>an ISO 4217 currency code such as EUR, USD or CNY</source>
        <translation>ISO 4217 货币代码，例如 EUR、USD 或 CNY</translation>
    </message>
    <message>
        <source>it is not an ISO 4217 currency code</source>
        <translation>不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>Catalogue currency (prices, costs, stock value)</source>
        <translation>目录货币（价格、成本、库存价值）</translation>
    </message>
</context>
<context>
    <name>ShopSettingsStore</name>
    <message>
        <source>There is no shop setting called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的店铺设置。</translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices, costs and stock values are in %1. Docket does not convert amounts, so the catalogue&apos;s currency can change only while they are all zero.</source>
        <translation>目录的价格、成本和库存价值以 %1 计。Docket 不换算金额，因此只有在它们全部为零时才能更改目录货币。</translation>
    </message>
</context>
<context>
    <name>StockMovement</name>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Returned to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>调出</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>调入</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺货待补</translation>
    </message>
</context>
<context>
    <name>StockStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation>没有 ID 为 %1 的订单。</translation>
    </message>
    <message>
        <source>A receipt needs at least one line.</source>
        <translation>入库单至少需要一行。</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>备注太长。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number from 1 to 1,000,000,000.</source>
        <translation>第 %1 行：数量必须是 1 到 1,000,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>Line %1: there is no product with the id %2.</source>
        <translation>第 %1 行：没有 ID 为 %2 的商品。</translation>
    </message>
    <message>
        <source>Line %1: there is no active warehouse with the id %2.</source>
        <translation>第 %1 行：没有 ID 为 %2 的启用仓库。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such product or active warehouse.</source>
        <translation>没有这样的商品或启用的仓库。</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>原因太长。</translation>
    </message>
    <message>
        <source>The quantity on hand must be a whole number from 0 to 1,000,000,000.</source>
        <translation>现有库存必须是 0 到 1,000,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>Give a reason for the write-off.</source>
        <translation>请填写报损原因。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 1,000,000,000.</source>
        <translation>数量必须是 1 到 1,000,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>Only %L1 of %2 are on hand in %3.</source>
        <translation>%3 中 %2 的现有库存只有 %L1。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like it.</source>
        <translation>
            <numerusform>……以及另外 %n 个类似问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily summary of product %1 in warehouse %2 on day %3 (%4) differs from the ledger.</source>
        <translation>商品 %1 在仓库 %2 于第 %3 天（%4）的每日汇总与台账不符。</translation>
    </message>
    <message>
        <source>Product %1: its totals (on hand, reserved, backordered, value or low-stock mark) differ from its warehouses.</source>
        <translation>商品 %1：其合计（现有、预留、缺货、价值或低库存标记）与各仓库不符。</translation>
    </message>
    <message>
        <source>Product %1 in warehouse %2: %3 reserved, but the orders hold %4.</source>
        <translation>商品 %1 在仓库 %2：预留 %3，但订单占用 %4。</translation>
    </message>
    <message>
        <source>Order %1 holds %3 of product %2, but its movements add up to %4.</source>
        <translation>订单 %1 占用商品 %2 共 %3，但其库存变动合计为 %4。</translation>
    </message>
    <message>
        <source>Rebuilding the stock figures needs a user who sees every order.</source>
        <translation>重建库存数据需要一位能看到所有订单的用户。</translation>
    </message>
    <message>
        <source>There is no stocktake with the id %1.</source>
        <translation>没有 ID 为 %1 的盘点。</translation>
    </message>
    <message>
        <source>There is no active warehouse with the id %1.</source>
        <translation>没有 ID 为 %1 的启用仓库。</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 is under way already; post or cancel it first.</source>
        <translation>%2 的盘点 %1 已在进行中；请先过账或取消它。</translation>
    </message>
    <message>
        <source>Unknown SKU: %1.</source>
        <translation>未知 SKU：%1。</translation>
    </message>
    <message>
        <source>There are no counts to enter.</source>
        <translation>没有可录入的盘点数量。</translation>
    </message>
    <message>
        <source>Stocktake %1 is %2; counts can no longer be entered.</source>
        <translation>盘点 %1 的状态为“%2”；不能再录入数量。</translation>
    </message>
    <message>
        <source>%1: the count must be a whole number from 0 to 1,000,000,000.</source>
        <translation>%1：盘点数量必须是 0 到 1,000,000,000 之间的整数。</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s) instead of 2.</source>
        <translation>
            <numerusform>第 %1 行：%n 个字段，而不是 2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a SKU.</source>
        <translation>第 %1 行：“%2”不是 SKU。</translation>
    </message>
    <message>
        <source>Line %1: unknown SKU %2.</source>
        <translation>第 %1 行：未知 SKU %2。</translation>
    </message>
    <message>
        <source>Line %1: the count &quot;%2&quot; is not a whole number of at least 0.</source>
        <translation>第 %1 行：盘点数量“%2”不是大于等于 0 的整数。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……以及另外 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has problems; nothing was counted.
%1</source>
        <translation>文件有问题；未录入任何盘点数量。
%1</translation>
    </message>
    <message>
        <source>The file has no counts.</source>
        <translation>文件中没有盘点数量。</translation>
    </message>
    <message>
        <source>Stocktake %1 was %2 by %3 already.</source>
        <translation>盘点 %1 已由 %3 处理（%2）。</translation>
    </message>
    <message>
        <source>Stocktake %1 is %2 already.</source>
        <translation>盘点 %1 的状态已是“%2”。</translation>
    </message>
    <message>
        <source>There is no transfer with the id %1.</source>
        <translation>没有 ID 为 %1 的调拨。</translation>
    </message>
    <message>
        <source>A transfer goes from one warehouse to another.</source>
        <translation>调拨必须从一个仓库到另一个仓库。</translation>
    </message>
    <message>
        <source>A transfer needs at least one line.</source>
        <translation>调拨至少需要一行。</translation>
    </message>
    <message>
        <source>Line %1: the product is on the transfer twice.</source>
        <translation>第 %1 行：该商品在调拨中出现了两次。</translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a draft is sent.</source>
        <translation>调拨 %1 的状态为“%2”；只有草稿可以发出。</translation>
    </message>
    <message>
        <source>Only %L1 of %2 are available in %3 (%L4 on hand, %L5 reserved); the transfer wants %L6.</source>
        <translation>%3 中 %2 的可用数量只有 %L1（现有 %L4，预留 %L5）；调拨需要 %L6。</translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a transfer in transit is received.</source>
        <translation>调拨 %1 的状态为“%2”；只有在途的调拨可以接收。</translation>
    </message>
    <message>
        <source>%1: between 0 and %L2 units can arrive, not %L3.</source>
        <translation>%1：可到货 0 到 %L2 件，而不是 %L3 件。</translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a draft is cancelled.</source>
        <translation>调拨 %1 的状态为“%2”；只有草稿可以取消。</translation>
    </message>
    <message>
        <source>A stock movement is valued at cost in %1, not in %2.</source>
        <translation>库存变动按 %1 的成本计价，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 in %2: the stock table says %3 on hand and %4 reserved, the ledger %5 and %6.</source>
        <translation>%1 在 %2：库存表记录现有 %3、预留 %4，台账为 %5 和 %6。</translation>
    </message>
    <message>
        <source>%1 is not on transfer %2.</source>
        <translation>%1 不在调拨 %2 中。</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TrackPage</name>
    <message>
        <source>Where is my order?</source>
        <translation>我的订单在哪里？</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Email address or phone number on the order</source>
        <translation>订单上的电子邮件地址或电话号码</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>We found no order with this number and this email address or phone number. Check both and try again.</source>
        <translation>我们没有找到与此订单号及此电子邮件地址或电话号码相符的订单。请检查两者后重试。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation>您订购的商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
</context>
<context>
    <name>TrackingFile</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s) instead of 5.</source>
        <translation>
            <numerusform>第 %1 行：有 %n 个字段，应为 5 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>the carrier is empty.</source>
        <translation>承运商为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation>“%1”不是本店的承运商（%2）。</translation>
    </message>
    <message>
        <source>the tracking number is empty.</source>
        <translation>运单号为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its zone, such as 2026-12-05T10:00:00+08:00 or 2026-12-05T02:00:00Z.</source>
        <translation>“%1”不是带时区的时间，例如 2026-12-05T10:00:00+08:00 或 2026-12-05T02:00:00Z。</translation>
    </message>
    <message>
        <source>the place is longer than 200 characters.</source>
        <translation>地点超过 200 个字符。</translation>
    </message>
    <message>
        <source>the status is empty.</source>
        <translation>状态为空。</translation>
    </message>
    <message>
        <source>the status is longer than 500 characters.</source>
        <translation>状态超过 500 个字符。</translation>
    </message>
    <message>
        <source>a parcel is delivered after it shipped; parcel %1 shipped at %2.</source>
        <translation>包裹须在发货之后送达；包裹 %1 的发货时间为 %2。</translation>
    </message>
    <message>
        <source>parcel %1 of %2 belongs to an order outside your scope.</source>
        <translation>承运商 %2 的包裹 %1 属于超出您范围的订单。</translation>
    </message>
    <message>
        <source>no parcel of carrier %1 has the tracking number %2.</source>
        <translation>承运商 %1 没有运单号为 %2 的包裹。</translation>
    </message>
    <message>
        <source>The file has more than %L1 tracking events; split it.</source>
        <translation>文件中的物流事件超过 %L1 个，请拆分。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 未导入任何内容。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>parcel %1: %2</source>
        <translation>包裹 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>TrackingIntake</name>
    <message>
        <source>&quot;events&quot; is a list of tracking events.</source>
        <translation>“events”应为跟踪事件的列表。</translation>
    </message>
    <message>
        <source>There are no tracking events.</source>
        <translation>没有跟踪事件。</translation>
    </message>
    <message>
        <source>At most %1 tracking events at once.</source>
        <translation>一次最多 %1 个跟踪事件。</translation>
    </message>
    <message>
        <source>A tracking event is a JSON object.</source>
        <translation>跟踪事件应为 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a tracking event (%2).</source>
        <translation>“%1”不是跟踪事件的字段（%2）。</translation>
    </message>
    <message>
        <source>&quot;at&quot; is a time with its zone, such as 2026-12-05T10:00:00Z; &quot;%1&quot; is not.</source>
        <translation>“at”应为带时区的时间，例如 2026-12-05T10:00:00Z；“%1”不是。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation>“%1”不是本店的承运商（%2）。</translation>
    </message>
    <message>
        <source>No shipment of carrier %1 has the tracking number %2.</source>
        <translation>承运商 %1 没有运单号为 %2 的包裹。</translation>
    </message>
    <message>
        <source>Event %1 (%2): %3</source>
        <translation>事件 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The order has no shipment %1.</source>
        <translation>该订单没有发货 %1。</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>UndoConflicts</name>
    <message>
        <source>No longer exists, or is no longer among the orders you can see</source>
        <translation>已不存在，或已不在您可查看的订单中</translation>
    </message>
    <message>
        <source>Marked seen by %1</source>
        <translation>已由 %1 标记为已查看</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>此后已被更改</translation>
    </message>
    <message>
        <source>Another order has this number now</source>
        <translation>现在另一个订单使用此编号</translation>
    </message>
    <message>
        <source>No longer in the archive (purged), or no longer among the orders you can see</source>
        <translation>已不在归档中（已清除），或已不在您可查看的订单中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an edit and the field it changed (Edited: City)</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the changes listed for one order</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Clerk</source>
        <translation>文员</translation>
    </message>
    <message>
        <source>Works orders through their workflow</source>
        <translation>按流程处理订单</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Clerk, plus invalidates, deletes and restores orders</source>
        <translation>文员权限，外加将订单标记为无效、删除和恢复订单</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Reads every order and the analytics; changes nothing</source>
        <translation>可查看所有订单和分析数据；不能做任何更改</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Everything, including users, settings and backups</source>
        <translation>全部权限，包括用户、设置和备份</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已更改</translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation>密码更改被拒绝</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>已添加用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>已停用用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>已启用用户</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>已解锁用户</translation>
    </message>
    <message>
        <source>Role assigned</source>
        <translation>已分配角色</translation>
    </message>
    <message>
        <source>Scope changed</source>
        <translation>范围已更改</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>已创建角色</translation>
    </message>
    <message>
        <source>Role permissions changed</source>
        <translation>角色权限已更改</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>已删除角色</translation>
    </message>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation>无法初始化密码库（libsodium）。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>内存不足，无法保护密码；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a sales channel (known: %2).</source>
        <translation>范围：“%1”不是销售渠道（已知渠道：%2）。</translation>
    </message>
    <message>
        <source>Scope: name at least one sales channel after &quot;channels:&quot;.</source>
        <translation>范围：请在“channels:”后至少指定一个销售渠道。</translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a scope; write all, own or channels:CODE,CODE.</source>
        <translation>范围：“%1”不是有效范围；请写 all、own 或 channels:代码,代码。</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>所有订单</translation>
    </message>
    <message>
        <source>Own orders</source>
        <translation>自己的订单</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>The user name is required.</source>
        <translation>必须填写用户名。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may hold only letters, digits and . _ @ - (at most 64, no spaces).</source>
        <translation>用户名“%1”只能包含字母、数字以及 . _ @ -（最多 64 个字符，不能有空格）。</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>密码太短：请至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long (at most 1024 characters).</source>
        <translation>密码太长（最多 1024 个字符）。</translation>
    </message>
    <message>
        <source>Scope: choose at least one sales channel.</source>
        <translation>范围：请至少选择一个销售渠道。</translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a sales channel.</source>
        <translation>范围：“%1”不是销售渠道。</translation>
    </message>
    <message>
        <source>%1 may no longer manage users: the account was disabled or its role changed. Sign in again.</source>
        <translation>%1 已无权管理用户：该账户已被停用或其角色已更改。请重新登录。</translation>
    </message>
    <message>
        <source>This change would leave no active account that can manage users. Give another account that right first.</source>
        <translation>此更改将导致没有可管理用户的活动账户。请先将该权限授予其他账户。</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>User %1 was not found.</source>
        <translation>未找到用户 %1。</translation>
    </message>
    <message>
        <source>There is no role named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的角色。</translation>
    </message>
    <message>
        <source>Role %1 was not found.</source>
        <translation>未找到角色 %1。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2. Try again then, or ask an administrator to unlock it.</source>
        <translation>由于密码错误次数过多，账户 %1 已被锁定至 %2。请届时再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account %1 is locked until %2.</source>
        <translation>密码错误次数过多：账户 %1 已被锁定至 %2。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>账户 %1 已停用。请联系管理员启用。</translation>
    </message>
    <message>
        <source>This database already has users; an administrator adds new ones.</source>
        <translation>此数据库已有用户；新用户须由管理员添加。</translation>
    </message>
    <message>
        <source>The built-in role &quot;administrator&quot; is missing from this database.</source>
        <translation>此数据库中缺少内置角色“administrator”。</translation>
    </message>
    <message>
        <source>%1 has no Docket account whose password could change.</source>
        <translation>%1 没有可更改密码的 Docket 账户。</translation>
    </message>
    <message>
        <source>The account %1 is disabled or was removed.</source>
        <translation>账户 %1 已停用或已被删除。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码必须与当前密码不同。</translation>
    </message>
    <message>
        <source>The display name is too long (at most 200 characters).</source>
        <translation>显示名称太长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>The role name is required.</source>
        <translation>必须填写角色名称。</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; may hold only letters, digits, spaces and . _ - (at most 64).</source>
        <translation>角色名称“%1”只能包含字母、数字、空格以及 . _ -（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的角色已存在。</translation>
    </message>
    <message>
        <source>The built-in role &quot;%1&quot; cannot be changed; make a custom role instead.</source>
        <translation>内置角色“%1”不能更改；请改为创建自定义角色。</translation>
    </message>
    <message>
        <source>The built-in role &quot;%1&quot; cannot be deleted.</source>
        <translation>内置角色“%1”不能删除。</translation>
    </message>
    <message numerus="yes">
        <source>The role &quot;%1&quot; still belongs to %n user(s); give them another role first.</source>
        <translation>
            <numerusform>仍有 %n 个用户使用角色“%1”；请先为他们分配其他角色。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>Role: %1; sees: %2</source>
        <translation>角色：%1；可见范围：%2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>wrong password (%n in a row)</source>
        <translation>
            <numerusform>密码错误（连续 %n 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row</source>
        <translation>
            <numerusform>连续 %n 次密码错误</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>未知的用户名</translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>wrong current password</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>the first administrator</source>
        <translation>首个管理员</translation>
    </message>
    <message>
        <source>Shop setting changed</source>
        <translation>店铺设置已更改</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>已创建 API 密钥</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>已吊销 API 密钥</translation>
    </message>
    <message>
        <source>Webhook secret of a channel set</source>
        <translation>已设置渠道的 Webhook 密钥</translation>
    </message>
    <message>
        <source>Webhook intake of a channel removed</source>
        <translation>已移除渠道的 Webhook 接收</translation>
    </message>
    <message>
        <source>Outbound webhook added</source>
        <translation>已添加外发 Webhook</translation>
    </message>
    <message>
        <source>Outbound webhook removed</source>
        <translation>已移除外发 Webhook</translation>
    </message>
    <message>
        <source>View saved</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <source>View renamed</source>
        <translation>已重命名视图</translation>
    </message>
    <message>
        <source>View deleted</source>
        <translation>已删除视图</translation>
    </message>
    <message>
        <source>View shared</source>
        <translation>已共享视图</translation>
    </message>
    <message>
        <source>Review rules changed</source>
        <translation>审核规则已更改</translation>
    </message>
</context>
<context>
    <name>WebhookStore</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>A webhook secret has 16 to 256 characters.</source>
        <translation>Webhook 密钥为 16 到 256 个字符。</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; the events are: %2.</source>
        <translation>没有事件“%1”；现有事件：%2。</translation>
    </message>
    <message>
        <source>There is no active webhook with the id %1.</source>
        <translation>没有编号为 %1 的有效 Webhook。</translation>
    </message>
</context>
<context>
    <name>docket::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Docket icon</source>
        <translation>Docket 图标</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>A native desktop back office for e-commerce orders.</source>
        <translation>原生桌面电商订单管理后台。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 (this version knows up to %2)</source>
        <translation>%1（本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite 文件</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（构建时使用 %2）</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前登录用户</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>docket::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>letters, digits and . _ @ -</source>
        <translation>字母、数字以及 . _ @ -</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>可见范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again.</source>
        <translation>两次输入的密码不一致；请重新输入密码。</translation>
    </message>
</context>
<context>
    <name>docket::AdminPage</name>
    <message>
        <source>Users and Permissions</source>
        <translation>用户和权限</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Security &amp;Log</source>
        <translation>安全日志(&amp;L)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>可见范围</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>解锁(&amp;N)</translation>
    </message>
    <message>
        <source>Lift a lockout after too many wrong passwords</source>
        <translation>解除因多次输错密码而导致的锁定</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>可见范围(&amp;S)：</translation>
    </message>
    <message>
        <source>A change of role or scope takes effect when the user next signs in. Every change is written to the security log.</source>
        <translation>角色或范围的更改在该用户下次登录时生效。每项更改都会写入安全日志。</translation>
    </message>
    <message>
        <source>Each column is a role, each row a permission. The built-in roles are fixed; create a custom role to choose its permissions. A change takes effect when its users next sign in.</source>
        <translation>每列是一个角色，每行是一项权限。内置角色不可更改；如需自选权限，请创建自定义角色。更改在相关用户下次登录时生效。</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>各角色的权限</translation>
    </message>
    <message>
        <source>&amp;New Role…</source>
        <translation>新建角色(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation>删除角色(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected custom role (only when nobody has it)</source>
        <translation>删除所选的自定义角色（仅当没有用户使用该角色时）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Rights of %1</source>
        <translation>%1 的权限</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Saved the rights of %1.</source>
        <translation>已保存 %1 的权限。</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Enabled the account %1.</source>
        <translation>已启用账户 %1。</translation>
    </message>
    <message>
        <source>Disabled the account %1; it can no longer sign in.</source>
        <translation>已停用账户 %1；该账户无法再登录。</translation>
    </message>
    <message>
        <source>Unlocked the account %1.</source>
        <translation>已解锁账户 %1。</translation>
    </message>
    <message>
        <source>%1
(built-in)</source>
        <translation>%1
（内置）</translation>
    </message>
    <message>
        <source>Built-in roles cannot be changed.</source>
        <translation>内置角色不能更改。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Saved the permissions of the role %1.</source>
        <translation>已保存角色 %1 的权限。</translation>
    </message>
    <message>
        <source>Created a role; choose its permissions in its column.</source>
        <translation>已创建角色；请在其所在列中选择权限。</translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation>已删除角色 %1。</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>Webhook(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Intake Log</source>
        <translation>接收日志(&amp;I)</translation>
    </message>
</context>
<context>
    <name>docket::AfterSalesPage</name>
    <message>
        <source>Restocked in %1</source>
        <translation>已重新入库到 %1</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <source>Which returns</source>
        <translation>显示哪些退货</translation>
    </message>
    <message>
        <source>Open returns</source>
        <translation>未结退货</translation>
    </message>
    <message>
        <source>Overdue returns</source>
        <translation>逾期退货</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>所有退货</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>收货(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>关闭(&amp;C)…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 ★ %2 — %3</source>
        <translation>%1 ★ %2 — %3</translation>
    </message>
    <message>
        <source>Note: %1 — %2</source>
        <translation>备注：%1 — %2</translation>
    </message>
    <message>
        <source>Return %1 of order %2 — %3, %4. %5</source>
        <translation>订单 %2 的退货 %1 — %3，%4。%5</translation>
    </message>
    <message>
        <source>Choose a return to see its lines and the order&apos;s feedback.</source>
        <translation>选择一笔退货，查看其各行及订单的反馈。</translation>
    </message>
    <message>
        <source>Return %1 approved.</source>
        <translation>退货 %1 已批准。</translation>
    </message>
    <message>
        <source>Cannot Approve the Return</source>
        <translation>无法批准退货</translation>
    </message>
    <message>
        <source>Reject Return %1</source>
        <translation>拒绝退货 %1</translation>
    </message>
    <message>
        <source>Why is the return rejected? The customer reads it.</source>
        <translation>为什么拒绝退货？客户会看到它。</translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation>退货 %1 已拒绝。</translation>
    </message>
    <message>
        <source>Cannot Reject the Return</source>
        <translation>无法拒绝退货</translation>
    </message>
    <message>
        <source>Return %1 received.</source>
        <translation>退货 %1 已收货。</translation>
    </message>
    <message>
        <source>Cannot Receive the Return</source>
        <translation>无法收货</translation>
    </message>
    <message>
        <source>Return %1 closed.</source>
        <translation>退货 %1 已关闭。</translation>
    </message>
    <message>
        <source>Cannot Close the Return</source>
        <translation>无法关闭退货</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Refunded %1 through the order&apos;s payments; order %2 now has %3 paid of %4 (%5 refunded in all).</source>
        <translation>已通过订单的付款退回 %1；订单 %2 现已付 %3，共 %4（累计退款 %5）。</translation>
    </message>
</context>
<context>
    <name>docket::AnalyticsCharts</name>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营收（%1）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>by %1; the first or last point covers a shorter time</source>
        <translation>按%1；第一个或最后一个数据点涵盖的时间较短</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>没有订单</translation>
    </message>
    <message>
        <source>%L1 valid orders</source>
        <translation>%L1 个有效订单</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销售件数</translation>
    </message>
    <message>
        <source>no revenue in this period</source>
        <translation>该期间没有营收</translation>
    </message>
    <message>
        <source>shipping address; the top %L1 of %L2 regions</source>
        <translation>按收货地址；%L2 个地区中的前 %L1 个</translation>
    </message>
    <message>
        <source>shipping address</source>
        <translation>按收货地址</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
</context>
<context>
    <name>docket::AnalyticsFilterBar</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>粒度</translation>
    </message>
    <message>
        <source>Points of the time charts: days, weeks or months. Automatic picks days up to two months, weeks up to a year and a half, months beyond.</source>
        <translation>时间图表中数据点的单位：日、周或月。“自动”在两个月以内按日、一年半以内按周、更长则按月。</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>与上一期间相比</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>与去年同期相比</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>不比较</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Save Report as PDF…</source>
        <translation>将报表保存为 PDF…</translation>
    </message>
    <message>
        <source>Print Report…</source>
        <translation>打印报表…</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 个渠道</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 个状态</translation>
    </message>
</context>
<context>
    <name>docket::AnalyticsPage</name>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Valid orders created in the period, any status.</source>
        <translation>该期间内创建的有效订单，不限状态。</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Delivered orders as a share of all valid orders.</source>
        <translation>已送达订单占全部有效订单的比例。</translation>
    </message>
    <message>
        <source>Invalid rate</source>
        <translation>无效率</translation>
    </message>
    <message>
        <source>Orders marked invalid as a share of all orders (valid and invalid; deleted orders are gone).</source>
        <translation>标记为无效的订单占全部订单（有效和无效；已删除的订单不计）的比例。</translation>
    </message>
    <message>
        <source>Time to shipment</source>
        <translation>发货用时</translation>
    </message>
    <message>
        <source>Orders by status</source>
        <translation>按状态统计的订单</translation>
    </message>
    <message>
        <source>Revenue by sales channel</source>
        <translation>按销售渠道统计的营收</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>按地区统计的营收</translation>
    </message>
    <message>
        <source>Top 10 products by revenue</source>
        <translation>营收前 10 名商品</translation>
    </message>
    <message>
        <source>Top 10 products by quantity</source>
        <translation>销量前 10 名商品</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Figures of your own orders</source>
        <translation>您自己订单的数据</translation>
    </message>
    <message>
        <source>Could not load the figures</source>
        <translation>无法加载数据</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Compared with %1 – %2</source>
        <translation>对比 %1 – %2</translation>
    </message>
    <message>
        <source>Channels: %1 · Statuses: %2 · Time zone: %3</source>
        <translation>渠道：%1 · 状态：%2 · 时区：%3</translation>
    </message>
    <message>
        <source>changes against %1 – %2</source>
        <translation>相对 %1 – %2 的变化</translation>
    </message>
    <message>
        <source>no comparison figure</source>
        <translation>无对比数据</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 个百分点</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>no shipments recorded</source>
        <translation>没有发货记录</translation>
    </message>
    <message>
        <source>Click to open these orders.</source>
        <translation>点击打开这些订单。</translation>
    </message>
    <message>
        <source>Revenue: %1 (%L2 orders)</source>
        <translation>营收：%1（%L2 个订单）</translation>
    </message>
    <message>
        <source>Orders: %L1</source>
        <translation>订单：%L1</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>营收：%1</translation>
    </message>
    <message>
        <source>%L1 orders, total %2</source>
        <translation>%L1 个订单，总额 %2</translation>
    </message>
    <message>
        <source>Revenue: %1 from %L2 orders</source>
        <translation>营收：%1，来自 %L2 个订单</translation>
    </message>
    <message>
        <source>Units sold: %L1 on %L2 order lines</source>
        <translation>销售件数：%L1（%L2 个订单行）</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Print Sales Report</source>
        <translation>打印销售报表</translation>
    </message>
    <message>
        <source>Click to open the orders with this product.</source>
        <translation>点击打开包含此商品的订单。</translation>
    </message>
    <message>
        <source>Net sales: gross sales less refunds. Gross sales are the totals of the valid orders placed in the period that are paid, processing, shipped, delivered or refunded since, on the day they were placed; refunds are the amounts refunded in the period, each on the day it was made. Pending, cancelled, invalid and deleted orders never count.</source>
        <translation>净销售额：销售总额减去退款。销售总额是该期间内下单、已付款、处理中、已发货、已送达或其后已退款的有效订单的金额合计，计入其下单当天；退款是该期间内退还的金额，每笔计入其办理当天。待付款、已取消、无效和已删除的订单从不计入。</translation>
    </message>
    <message>
        <source>Gross sales divided by the orders that make them.</source>
        <translation>销售总额除以构成销售总额的订单数。</translation>
    </message>
    <message>
        <source>Average time from an order&apos;s creation to its first shipment, over the period&apos;s orders that have one recorded.</source>
        <translation>订单从创建到第一个包裹发出的平均时间，只统计该期间内记录了发货的订单。</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>The amounts refunded in the period, each on the day it was made, whichever day its order was placed; their number and their share of gross sales.</source>
        <translation>该期间内退还的金额，每笔计入其办理当天，不论订单是哪天下的；以及退款笔数和退款占销售总额的比例。</translation>
    </message>
    <message>
        <source>None of the period&apos;s orders has a recorded shipment (orders shipped by a status change alone have none).</source>
        <translation>该期间的订单都没有记录发货（只通过更改状态发货的订单没有发货记录）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln 笔退款</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of gross sales</source>
        <translation>，占销售总额的 %1</translation>
    </message>
    <message>
        <source>Refunds: %1 (%L2 made)</source>
        <translation>退款：%1（%L2 笔）</translation>
    </message>
</context>
<context>
    <name>docket::ApiKeysView</name>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key starts</source>
        <translation>密钥开头</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>可见范围</translation>
    </message>
    <message>
        <source>Calls a minute</source>
        <translation>每分钟调用次数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最后使用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>新建密钥(&amp;N)…</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y…</source>
        <translation>吊销密钥(&amp;Y)…</translation>
    </message>
    <message>
        <source>Other systems (an ERP, a CRM, a web shop) call docket-gateway with a key. Each key acts with its role&apos;s rights on the orders its scope allows, and every call is logged under its name. A key is shown once, when it is made; Docket keeps only its fingerprint.</source>
        <translation>其他系统（ERP、CRM、网店）使用密钥调用 docket-gateway。每个密钥以其角色的权限处理其范围内的订单，每次调用都以其名称记录。密钥只在创建时显示一次；Docket 只保存其指纹。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Revoked %1 by %2</source>
        <translation>已于 %1 由 %2 吊销</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Made the API key %1.</source>
        <translation>已创建 API 密钥 %1。</translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation>吊销 API 密钥</translation>
    </message>
    <message>
        <source>Revoke the API key %1? The gateway refuses it within seconds; a system still using it stops working. This cannot be undone.</source>
        <translation>吊销 API 密钥 %1？网关会在几秒内拒绝它；仍在使用它的系统将停止工作。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Revoked the API key %1.</source>
        <translation>已吊销 API 密钥 %1。</translation>
    </message>
</context>
<context>
    <name>docket::ArchivePage</name>
    <message>
        <source>Archive of deleted orders</source>
        <translation>已删除订单的归档</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Search the archive by order number</source>
        <translation>按订单号搜索归档</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected orders back, with their lines and history</source>
        <translation>恢复所选订单及其订单行和历史记录</translation>
    </message>
    <message>
        <source>Archived orders</source>
        <translation>已归档订单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>Reason it was invalid</source>
        <translation>无效原因</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted order(s). Restoring puts an order back with its lines and history.</source>
        <translation>
            <numerusform>%Ln 个已删除订单。恢复会将订单连同其订单行和历史记录一起放回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln order(s).</source>
        <translation>
            <numerusform>已恢复 %Ln 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Orders Were Not Restored</source>
        <translation>部分订单未能恢复</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Customer, email or phone</source>
        <translation>客户、电子邮件或电话</translation>
    </message>
    <message>
        <source>Search the archive by customer</source>
        <translation>按客户搜索归档</translation>
    </message>
    <message>
        <source>Words of the customer&apos;s name, email or phone, as in the order list&apos;s search</source>
        <translation>客户姓名、电子邮件或电话中的词，与订单列表的搜索相同</translation>
    </message>
    <message>
        <source>Only orders placed on these days (your local days, both inclusive)</source>
        <translation>仅限在这些日期下的订单（按您的本地日期，含首尾两天）</translation>
    </message>
    <message>
        <source>Ordered from</source>
        <translation>下单日期从</translation>
    </message>
    <message>
        <source>Ordered until</source>
        <translation>下单日期至</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Showing the %L1 most recently deleted orders; search by number, customer or order date to find older ones.</source>
        <translation>显示最近删除的 %L1 个订单；按订单号、客户或下单日期搜索可找到更早的订单。</translation>
    </message>
    <message>
        <source>Or&amp;dered from</source>
        <translation>下单日期从(&amp;D)</translation>
    </message>
    <message>
        <source>The archive could not be searched: %1</source>
        <translation>无法搜索归档：%1</translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation>正在搜索归档…</translation>
    </message>
</context>
<context>
    <name>docket::BackupDialog</name>
    <message>
        <source>Back Up the Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Writes a complete, consistent copy of %1. Everyone can keep working meanwhile.</source>
        <translation>写入 %1 的完整、一致的副本。其间所有人都可以继续工作。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>备份到(&amp;T)：</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>备份进度</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>%1-backup-%2.db</source>
        <translation>%1-备份-%2.db</translation>
    </message>
    <message>
        <source>Your role may not back up the database.</source>
        <translation>您的角色无权备份数据库。</translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: back it up on the server with pg_dump.</source>
        <translation>这是 PostgreSQL 数据库：请在服务器上使用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>Docket databases (*.db);;All files (*)</source>
        <translation>Docket 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>请选择备份到的文件。</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 已存在。要用新备份替换它吗？</translation>
    </message>
    <message>
        <source>Cancelled; no backup file was written.</source>
        <translation>已取消；未写入备份文件。</translation>
    </message>
</context>
<context>
    <name>docket::CataloguePage</name>
    <message>
        <source>Search SKU or name</source>
        <translation>搜索 SKU 或名称</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索商品目录</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Active or inactive products</source>
        <translation>启用或停用的商品</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>启用的商品</translation>
    </message>
    <message>
        <source>Inactive products</source>
        <translation>停用的商品</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>所有商品</translation>
    </message>
    <message>
        <source>&amp;Low stock</source>
        <translation>低库存(&amp;L)</translation>
    </message>
    <message>
        <source>Only the products whose available stock is below their safety stock</source>
        <translation>仅显示可用库存低于安全库存的商品</translation>
    </message>
    <message>
        <source>&amp;Backordered</source>
        <translation>缺货待补(&amp;B)</translation>
    </message>
    <message>
        <source>Only the products that open orders are waiting for</source>
        <translation>仅显示未结订单正在等待的商品</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>入库(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Write Off…</source>
        <translation>报损(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Warehouses…</source>
        <translation>仓库(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>For</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock per warehouse&lt;/b&gt;</source>
        <translation>&lt;b&gt;各仓库库存&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest movements&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的库存变动&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>所有仓库</translation>
    </message>
    <message>
        <source>%1 — %2 (inactive)</source>
        <translation>%1 — %2（已停用）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low on stock</source>
        <translation>
            <numerusform>%Ln 个低库存</numerusform>
        </translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>Choose a product to see its stock in each warehouse and what moved it.</source>
        <translation>选择一个商品，查看它在各仓库的库存及其变动。</translation>
    </message>
    <message>
        <source>Price %1, cost %2</source>
        <translation>价格 %1，成本 %2</translation>
    </message>
    <message>
        <source>Safety stock %L1</source>
        <translation>安全库存 %L1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>stocktake %1</source>
        <translation>盘点 %1</translation>
    </message>
    <message>
        <source>transfer %1</source>
        <translation>调拨 %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Cannot Edit the Product</source>
        <translation>无法编辑商品</translation>
    </message>
    <message>
        <source>Cannot Change the Stock</source>
        <translation>无法更改库存</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation>
            <numerusform>已导入 %Ln 个商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the products to %1.</source>
        <translation>已将商品导出到 %1。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>An export of the products is still running.</source>
        <translation>商品导出仍在进行中。</translation>
    </message>
    <message>
        <source>Exporting the products to %1…</source>
        <translation>正在将商品导出到 %1…</translation>
    </message>
</context>
<context>
    <name>docket::ChangePasswordDialog</name>
    <message>
        <source>Change Your Password</source>
        <translation>更改您的密码</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>更改 %1 的密码。</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them the new password; a lockout ends with the reset.</source>
        <translation>为 %1 设置新密码。请将新密码告知对方；重置后锁定即解除。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>重复新密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>更改密码(&amp;C)</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the new password again.</source>
        <translation>两次输入的新密码不一致；请重新输入新密码。</translation>
    </message>
</context>
<context>
    <name>docket::ChangeWatcher</name>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>无法监听 %1 上的更改：%2</translation>
    </message>
</context>
<context>
    <name>docket::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Save this chart as an image or its figures as CSV</source>
        <translation>将此图表保存为图片，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Save Data as CSV…</source>
        <translation>将数据保存为 CSV…</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>docket::CloseReturnDialog</name>
    <message>
        <source>Close Return %1</source>
        <translation>关闭退货 %1</translation>
    </message>
    <message>
        <source>e.g. 19.90</source>
        <translation>例如 19.90</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>处理方式(&amp;R)：</translation>
    </message>
    <message>
        <source>Refund &amp;amount (%1):</source>
        <translation>退款金额（%1）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>An exchange creates a replacement order with the returned products at no charge; it reserves stock like any order.</source>
        <translation>换货会免费创建一张包含退回商品的替换订单；它像其他订单一样预留库存。</translation>
    </message>
    <message>
        <source>Close Return</source>
        <translation>关闭退货</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>Order %1 has %2 paid of %3. A refund goes back through its payments, the newest first, and shows in its balance.</source>
        <translation>订单 %1 已付 %2，共 %3。退款将从其付款中退回（最新的付款优先），并显示在订单余额中。</translation>
    </message>
</context>
<context>
    <name>docket::ColumnChooserDialog</name>
    <message>
        <source>Choose Columns</source>
        <translation>选择列</translation>
    </message>
    <message>
        <source>Tick the columns the order list shows; drag them, or use the buttons, to put them in order.</source>
        <translation>勾选订单列表要显示的列；拖动它们或使用按钮调整顺序。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>The columns a new list shows</source>
        <translation>新列表显示的列</translation>
    </message>
    <message>
        <source>The order number always shows.</source>
        <translation>订单号始终显示。</translation>
    </message>
</context>
<context>
    <name>docket::ConnectionDialog</name>
    <message>
        <source>The database is empty: Docket will create its tables.</source>
        <translation>数据库为空：Docket 将创建所需的表。</translation>
    </message>
    <message>
        <source>The database holds other tables, not Docket&apos;s: choose another database.</source>
        <translation>该数据库包含其他表，而非 Docket 的表：请选择其他数据库。</translation>
    </message>
    <message>
        <source>The database was made by a newer Docket (schema %1); update Docket first.</source>
        <translation>该数据库由更新版本的 Docket 创建（架构 %1）；请先升级 Docket。</translation>
    </message>
    <message>
        <source>The database holds Docket data (schema %1 of %2).</source>
        <translation>该数据库包含 Docket 数据（架构 %1，共 %2）。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2. %3</source>
        <translation>已以 %2 身份连接到 PostgreSQL %1。%3</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>默认用户</translation>
    </message>
    <message>
        <source>Connect to a Docket Server</source>
        <translation>连接到 Docket 服务器</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database. Enter where it is, or paste a postgresql:// address.</source>
        <translation>团队共用一个 PostgreSQL 数据库。请输入其位置，或粘贴 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>最近的连接</translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation>（选择最近的连接）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Not remembered: Docket asks for it each time (or uses the PGPASSWORD variable or ~/.pgpass).</source>
        <translation>不会保存：Docket 每次都会询问（或使用 PGPASSWORD 变量或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请输入服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>请输入服务器上数据库的名称。</translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation>请选择连接的加密方式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address.</source>
        <translation>“%1”不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;: use disable, prefer, require or verify-full.</source>
        <translation>未知的 sslmode“%1”：请使用 disable、prefer、require 或 verify-full。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>No password was given: enter it above, or choose Connect to be asked for it.</source>
        <translation>未提供密码：请在上方输入，或选择“连接”，届时会询问密码。</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>关闭（disable）</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>服务器支持时使用（prefer）</translation>
    </message>
    <message>
        <source>Always, any certificate (require)</source>
        <translation>始终加密，接受任何证书（require）</translation>
    </message>
    <message>
        <source>Always, verified certificate and host (verify-full)</source>
        <translation>始终加密，验证证书和主机（verify-full）</translation>
    </message>
    <message>
        <source>C&amp;reate Database</source>
        <translation>创建数据库(&amp;R)</translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <source>Create a new Docket database in it? It holds nothing else.</source>
        <translation>要在其中创建新的 Docket 数据库吗？其中没有其他内容。</translation>
    </message>
    <message>
        <source>Standby servers</source>
        <translation>备用服务器</translation>
    </message>
    <message>
        <source>optional: db2.example.com:5432, …</source>
        <translation>可选：db2.example.com:5432, …</translation>
    </message>
    <message>
        <source>Streaming standbys of the server, as host:port separated by commas. When the server goes away and a standby is promoted, Docket carries on with it.</source>
        <translation>该服务器的流复制备用服务器，以 host:port 表示，用逗号分隔。当服务器停止且备用服务器被提升后，Docket 会继续使用它。</translation>
    </message>
    <message>
        <source>Stand&amp;bys:</source>
        <translation>备用服务器(&amp;B)：</translation>
    </message>
    <message>
        <source>Read lists and charts from a standby</source>
        <translation>从备用服务器读取列表和图表</translation>
    </message>
    <message>
        <source>Lists, counts and charts are read from a standby while it is at most the given number of seconds behind; changes, and reading back what you just changed, always use the primary.</source>
        <translation>备用服务器落后不超过指定秒数时，列表、计数和图表从备用服务器读取；更改以及读取刚做的更改始终使用主服务器。</translation>
    </message>
    <message>
        <source>Largest delay of a standby to read from, in seconds</source>
        <translation>可读取的备用服务器的最大延迟（秒）</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>最多 </translation>
    </message>
    <message>
        <source> s behind</source>
        <translation> 秒延迟</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>读取：</translation>
    </message>
</context>
<context>
    <name>docket::DeskActions</name>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>&amp;Export Orders…</source>
        <translation>导出订单(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every order matching the filter as CSV or Excel</source>
        <translation>将符合筛选条件的所有订单保存为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database</source>
        <translation>写入数据库的一致副本</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current one is kept</source>
        <translation>用经过检查的备份替换数据库；当前数据库会被保留</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, theme, shop details, overdue thresholds and backups</source>
        <translation>语言、主题、店铺信息、逾期阈值和备份</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the Docket user guide</source>
        <translation>打开 Docket 用户指南</translation>
    </message>
    <message>
        <source>&amp;About Docket</source>
        <translation>关于 Docket(&amp;A)</translation>
    </message>
    <message>
        <source>Version, Qt and SQLite, and the database in use</source>
        <translation>版本、Qt 与 SQLite，以及正在使用的数据库</translation>
    </message>
    <message>
        <source>Exported %L1 orders to %2.</source>
        <translation>已将 %L1 个订单导出到 %2。</translation>
    </message>
    <message>
        <source>Select an order to print.</source>
        <translation>请选择要打印的订单。</translation>
    </message>
    <message>
        <source>Cannot Print the Order</source>
        <translation>无法打印订单</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>Backup restored; the previous database is kept as %1.</source>
        <translation>备份已恢复；之前的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>每日备份已写入 %1。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>The shop settings of this computer were not imported: %1</source>
        <translation>未导入本机的店铺设置：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n shop setting(s) from this computer&apos;s settings into the database, for every desk (see the security log).</source>
        <translation>
            <numerusform>已将本机设置中的 %n 项店铺设置导入数据库，供所有工作台使用（见安全日志）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n shop setting(s) from an older Docket that the database does not have yet; they are imported when someone with the right “%1” signs in here.</source>
        <translation>
            <numerusform>本机有 %n 项旧版 Docket 的店铺设置，数据库中尚无；拥有“%1”权限的人在此登录时会导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected orders as invoices or packing slips, or save them as one PDF</source>
        <translation>将选中的订单打印为发票或装箱单，或合并保存为一个 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid order(s) cancelled: past the time limit for payment.</source>
        <translation>
            <numerusform>已取消 %n 个未付款订单：已超过付款时限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the orders unpaid past their time limit failed: %1</source>
        <translation>取消超过时限仍未付款的订单失败：%1</translation>
    </message>
</context>
<context>
    <name>docket::ExportDialog</name>
    <message>
        <source>Export Orders</source>
        <translation>导出订单</translation>
    </message>
    <message numerus="yes">
        <source>Exports all %Ln order(s) matching the current filter, in the table&apos;s order — not only the rows loaded on screen.</source>
        <translation>
            <numerusform>按表格中的顺序导出符合当前筛选条件的全部 %Ln 个订单，而不仅是屏幕上已加载的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <source>&amp;CSV (comma-separated text, UTF-8)</source>
        <translation>CSV（逗号分隔文本，UTF-8）(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）(&amp;X)</translation>
    </message>
    <message>
        <source>For &amp;Excel: add a byte-order mark and protect cells that start with =, +, - or @</source>
        <translation>用于 Excel：添加字节顺序标记，并保护以 =、+、- 或 @ 开头的单元格(&amp;E)</translation>
    </message>
    <message>
        <source>Without it the file is plain UTF-8 with every value exactly as stored, for other programs.</source>
        <translation>不勾选时，文件为纯 UTF-8 格式，所有值与存储时完全一致，适用于其他程序。</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Amounts are written as plain numbers (1234.50) and times as local time (2024-06-15 14:30:00), so other programs read them the same in every language.</source>
        <translation>金额以纯数字（1234.50）写入，时间以本地时间（2024-06-15 14:30:00）写入，因此其他程序在任何语言下读取结果都相同。</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>orders-%1</source>
        <translation>订单-%1</translation>
    </message>
    <message>
        <source>Your role may not export orders.</source>
        <translation>您的角色无权导出订单。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择导出到的文件。</translation>
    </message>
    <message>
        <source>%L1 of %L2 orders</source>
        <translation>%L1 / %L2 个订单</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>要导出的列</translation>
    </message>
    <message>
        <source>Tick the columns to write; drag them into the order you want.</source>
        <translation>勾选要写入的列；拖动它们调整顺序。</translation>
    </message>
    <message>
        <source>Order &amp;lines: one row per line (CSV), a Lines sheet (Excel)</source>
        <translation>订单行(&amp;L)：每行商品一行（CSV），或单独的订单行工作表（Excel）</translation>
    </message>
    <message>
        <source>Each order&apos;s SKUs, items, quantities and prices: in CSV the order&apos;s columns repeat on every line; in Excel the lines go on a sheet of their own.</source>
        <translation>每个订单的 SKU、商品、数量和价格：CSV 中订单的各列在每一行重复；Excel 中订单行放在单独的工作表里。</translation>
    </message>
    <message>
        <source>De&amp;fault Columns</source>
        <translation>默认列(&amp;F)</translation>
    </message>
    <message>
        <source>The ten columns of a first export</source>
        <translation>首次导出时的十列</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>列(&amp;O)：</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>请至少勾选一列再导出。</translation>
    </message>
    <message>
        <source>%L1 of about %L2 orders</source>
        <translation>%L1 / 约 %L2 个订单</translation>
    </message>
</context>
<context>
    <name>docket::FilterBar</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order number or its beginning, e.g. DK00123 or 123. Press Enter to open a complete number.</source>
        <translation>订单号或其开头部分，例如 DK00123 或 123。输入完整订单号后按 Enter 可直接打开。</translation>
    </message>
    <message>
        <source>Customer, email, phone, product or SKU (Ctrl+F)</source>
        <translation>客户、电子邮件、电话、商品或 SKU（Ctrl+F）</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>第一天（含）</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>最后一天（含）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Valid orders</source>
        <translation>有效订单</translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation>无效订单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>所有订单</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show valid orders, only invalid ones (to review or delete), or both</source>
        <translation>显示有效订单、仅显示无效订单（以便检查或删除），或两者都显示</translation>
    </message>
    <message>
        <source>Show new orders only</source>
        <translation>仅显示新订单</translation>
    </message>
    <message>
        <source>Show new orders only (Ctrl+Shift+N)</source>
        <translation>仅显示新订单（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear every filter (Ctrl+Shift+X)</source>
        <translation>清除所有筛选条件（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Number of matching orders</source>
        <translation>符合条件的订单数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>New (%L1)</source>
        <translation>新订单（%L1）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>≥ %L1 orders, counting…</source>
        <translation>≥ %L1 个订单，正在计数…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), loading…</source>
        <translation>
            <numerusform>%Ln 个订单，正在加载…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>移除此条件</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>移除条件 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · 已选 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n 个状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n 个渠道</numerusform>
        </translation>
    </message>
    <message>
        <source>about %L1 orders, counting…</source>
        <translation>约 %L1 个订单，正在计数…</translation>
    </message>
    <message>
        <source>Orders past the deadline of their step, or due within a day (time limits in Settings)</source>
        <translation>已过所在步骤期限的订单，或一天内到期的订单（时限见“设置”）</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>已过期限</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24 小时内到期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Show orders due within 24 h only</source>
        <translation>只显示 24 小时内到期的订单</translation>
    </message>
    <message>
        <source>Show orders past their deadline only</source>
        <translation>只显示已过期限的订单</translation>
    </message>
</context>
<context>
    <name>docket::FirstRunDialog</name>
    <message>
        <source>Create the First Administrator</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Docket.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The database %1 has no users yet. Create the first administrator: this account can add the other users, give them roles and choose which orders they see.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;欢迎使用 Docket。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;数据库 %1 中还没有用户。请创建首个管理员：该账户可以添加其他用户、为其分配角色，并决定他们能看到哪些订单。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>letters, digits and . _ @ -</source>
        <translation>字母、数字以及 . _ @ -</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>创建管理员(&amp;C)</translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again.</source>
        <translation>两次输入的密码不一致；请重新输入密码。</translation>
    </message>
</context>
<context>
    <name>docket::FulfilmentPanel</name>
    <message>
        <source>The order&apos;s steps</source>
        <translation>订单的步骤</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Parcel / event</source>
        <translation>包裹 / 事件</translation>
    </message>
    <message>
        <source>Tracking number / place</source>
        <translation>运单号 / 地点</translation>
    </message>
    <message>
        <source>Shipped / when</source>
        <translation>发货 / 时间</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Contents / status</source>
        <translation>内容 / 状态</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>记录付款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>确认收款(&amp;C)</translation>
    </message>
    <message>
        <source>The selected pending payment was received</source>
        <translation>所选的待定付款已收到</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>退款(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>发货(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;tracking event…</source>
        <translation>添加物流事件(&amp;T)…</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>标记为已送达(&amp;D)</translation>
    </message>
    <message>
        <source>Open tracking &amp;link</source>
        <translation>打开物流链接(&amp;L)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Paid %1 of %2</source>
        <translation>已付 %1 / 共 %2</translation>
    </message>
    <message>
        <source> · refunded %1</source>
        <translation> · 已退款 %1</translation>
    </message>
    <message>
        <source> · pending %1</source>
        <translation> · 待定 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>docket::HelpViewer</name>
    <message>
        <source>Docket User Guide</source>
        <translation>Docket 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
</context>
<context>
    <name>docket::ImportDialog</name>
    <message>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Orders from a shop&apos;s CSV export (a header row, then one row per line item) or a JSON list of orders. Nothing is imported until the whole file reads without a problem; importing the same file again changes nothing.</source>
        <translation>从网店导出的 CSV 文件（先是一行表头，然后每个商品行一行）或 JSON 订单列表导入订单。整个文件读取无误之前不会导入任何内容；再次导入同一文件不会有任何改变。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Unknown SKUs</source>
        <translation>未知 SKU</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>拒绝整个文件</translation>
    </message>
    <message>
        <source>Take them as unlinked lines</source>
        <translation>作为未关联的商品行接收</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Unknown SKUs:</source>
        <translation>未知 SKU(&amp;U)：</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>选择一个文件以查看其内容。</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.txt);;All files (*)</source>
        <translation>订单文件 (*.csv *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the file, no problems. Ready to import.</source>
        <translation>
            <numerusform>文件中有 %n 个订单，没有问题。可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file (listed below); nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>文件中有 %n 个问题（见下方）；修正之前无法导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not create orders.</source>
        <translation>您的角色不能创建订单。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 left alone.</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3，未处理 %4。</translation>
    </message>
    <message>
        <source>Co&amp;lumns and Statuses…</source>
        <translation>列与状态(&amp;L)…</translation>
    </message>
    <message>
        <source>Which column holds which field, and what the file&apos;s statuses mean; remembered for the channel.</source>
        <translation>哪一列对应哪个字段，以及文件中的状态表示什么；按渠道记住。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>docket::ImportMappingDialog</name>
    <message>
        <source>Columns and Statuses</source>
        <translation>列与状态</translation>
    </message>
    <message>
        <source>(found by its usual header)</source>
        <translation>（按常用表头查找）</translation>
    </message>
    <message>
        <source>The file&apos;s statuses show here once its order id and status columns are known.</source>
        <translation>确定订单号列和状态列之后，文件中的状态会显示在这里。</translation>
    </message>
    <message>
        <source>The file&apos;s statuses:</source>
        <translation>文件中的状态：</translation>
    </message>
    <message>
        <source>(as WooCommerce or Docket means it)</source>
        <translation>（按 WooCommerce 或 Docket 的含义）</translation>
    </message>
    <message>
        <source>Which column holds which field; the fields left as they are are found by their usual headers.</source>
        <translation>指定哪一列对应哪个字段；未更改的字段按常用表头查找。</translation>
    </message>
</context>
<context>
    <name>docket::ImportProductsDialog</name>
    <message>
        <source>Import Products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>A CSV file in UTF-8 with the header &lt;tt&gt;%1&lt;/tt&gt;. Prices like 12.50; active is yes or no. Existing SKUs are updated, new ones added — all rows or none.</source>
        <translation>UTF-8 编码的 CSV 文件，表头为 &lt;tt&gt;%1&lt;/tt&gt;。价格如 12.50；active 为 yes 或 no。已有的 SKU 会被更新，新的会被添加——要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (in red); fix the file and choose it again. Nothing is imported while any row has one.</source>
        <translation>
            <numerusform>%n 行有问题（红色标出）；请修正文件后重新选择。只要有一行有问题，就不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 products to add, %L2 to change, %L3 unchanged.</source>
        <translation>将添加 %L1 个商品，修改 %L2 个，%L3 个不变。</translation>
    </message>
</context>
<context>
    <name>docket::IntakeLogView</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Intake log</source>
        <translation>接收日志</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Orders that docket-gateway refused or left alone, newest first: nothing of them was written. The shop may send a refused order again once the problem is put right.</source>
        <translation>docket-gateway 拒绝或未处理的订单，最新的在前：这些订单没有写入任何内容。问题解决后，网店可以重新发送被拒绝的订单。</translation>
    </message>
    <message>
        <source>From the address %1</source>
        <translation>来自地址 %1</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>没有被拒绝的订单。</translation>
    </message>
    <message>
        <source>Nothing refused from the channel %1.</source>
        <translation>渠道 %1 没有被拒绝的订单。</translation>
    </message>
    <message>
        <source>The newest %L1 entries; docketctl intake log --limit N shows more.</source>
        <translation>最新的 %L1 条记录；docketctl intake log --limit N 可显示更多。</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>刷新(&amp;S)</translation>
    </message>
</context>
<context>
    <name>docket::LoaderThread</name>
    <message>
        <source>a read on the standby failed: %1</source>
        <translation>在备用服务器上读取失败：%1</translation>
    </message>
</context>
<context>
    <name>docket::LoginDialog</name>
    <message>
        <source>Sign In to Docket</source>
        <translation>登录 Docket</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>登录问题</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <source>Sign in to work with the orders in</source>
        <translation>登录以处理以下数据库中的订单：</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在核对密码…</translation>
    </message>
</context>
<context>
    <name>docket::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>已以 %1（%2）身份登录 %3</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>已重新连接到数据库。</translation>
    </message>
    <message>
        <source>⚠ Database unreachable — retrying</source>
        <translation>⚠ 无法连接数据库 — 正在重试</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;New Orders Only</source>
        <translation>仅显示新订单(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选条件(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>转到表格(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Docket — %1</source>
        <translation>Docket — %1</translation>
    </message>
    <message>
        <source>(%L1 new) %2</source>
        <translation>（%L1 个新订单）%2</translation>
    </message>
    <message>
        <source>Work in Progress</source>
        <translation>操作进行中</translation>
    </message>
    <message>
        <source>A batch operation is still running. Quit anyway? It will be cancelled and nothing of it will be saved.</source>
        <translation>批量操作仍在进行中。仍要退出吗？该操作将被取消，其所做的任何更改都不会保存。</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>更改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>A batch operation is still running. Open the other database anyway? The operation will be cancelled and nothing of it will be saved.</source>
        <translation>批量操作仍在进行中。仍要打开另一个数据库吗？该操作将被取消，其任何结果都不会保存。</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1

Docket stays on %2.</source>
        <translation>%1

Docket 仍使用 %2。</translation>
    </message>
    <message>
        <source>Opened %1 as %2.</source>
        <translation>已以 %2 身份打开 %1。</translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation>打开数据库文件</translation>
    </message>
    <message>
        <source>Docket databases (*.db *.sqlite);;All files (*)</source>
        <translation>Docket 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>打开数据库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Switch to another Docket database file</source>
        <translation>切换到另一个 Docket 数据库文件</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接到服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Switch to a team&apos;s shared PostgreSQL database</source>
        <translation>切换到团队共享的 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>%1 (%L2 s)</source>
        <translation>%1（%L2 秒）</translation>
    </message>
    <message>
        <source>Docket — %1 (read-only)</source>
        <translation>Docket — %1（只读）</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Cannot Sign In</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source>%1 signed out; signed in as %2.</source>
        <translation>%1 已退出登录；现以 %2 身份登录。</translation>
    </message>
    <message>
        <source>Sign &amp;Out / Switch User…</source>
        <translation>退出登录 / 切换用户(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Import Orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>Take orders from a shop&apos;s CSV export or a JSON list</source>
        <translation>从网店导出的 CSV 文件或 JSON 列表接收订单</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new order(s).</source>
        <translation>
            <numerusform>已导入 %n 个新订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message numerus="yes">
        <source>%Ln low on stock</source>
        <translation>
            <numerusform>%Ln 种商品库存不足</numerusform>
        </translation>
    </message>
    <message>
        <source>Products whose available stock is below their safety stock: click to list them</source>
        <translation>可用库存低于安全库存的商品：点击列出</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Review (%L1)</source>
        <translation>审核（%L1）</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>主服务器：%1</translation>
    </message>
    <message>
        <source>Reads: primary</source>
        <translation>读取：主服务器</translation>
    </message>
    <message numerus="yes">
        <source>Lists and charts read from a standby once one is fit to read (at most %n s behind).</source>
        <translation>
            <numerusform>一旦有备用服务器可读（落后不超过 %n 秒），列表和图表即从其读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads: standby %1 · %2 s behind</source>
        <translation>读取：备用服务器 %1 · 落后 %2 秒</translation>
    </message>
    <message>
        <source>Import &amp;Shipments…</source>
        <translation>导入发货文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Ship the orders of a warehouse&apos;s file of order numbers and tracking numbers</source>
        <translation>按仓库提供的订单号和运单号文件为订单发货</translation>
    </message>
    <message numerus="yes">
        <source>Shipped %n order(s) from the file.</source>
        <translation>
            <numerusform>已按文件为 %n 个订单发货。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;view Rules…</source>
        <translation>审核规则(&amp;V)…</translation>
    </message>
    <message>
        <source>Switch the review rules on or off and tune them</source>
        <translation>开启或关闭审核规则并调整其设置</translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation>需要“%1”权限，而您的角色（%2）没有此权限。</translation>
    </message>
    <message>
        <source>The review rules are at version %L1.</source>
        <translation>审核规则现为版本 %L1。</translation>
    </message>
    <message>
        <source>Import &amp;Tracking…</source>
        <translation>导入物流跟踪(&amp;T)…</translation>
    </message>
    <message>
        <source>Add the tracking events of a carrier&apos;s export file to their parcels</source>
        <translation>把承运商导出文件中的物流事件记到对应包裹上</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tracking event(s) from the file.</source>
        <translation>
            <numerusform>已从文件添加 %n 个物流事件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::MassActionDialog</name>
    <message>
        <source>Number of orders</source>
        <translation>订单数量</translation>
    </message>
    <message numerus="yes">
        <source>This changes %Ln orders. To go on, type the number %1:</source>
        <translation>
            <numerusform>此操作将更改 %Ln 个订单。如要继续，请输入数字 %1：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>请选择</translation>
    </message>
</context>
<context>
    <name>docket::NewApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>新建 API 密钥</translation>
    </message>
    <message>
        <source>e.g. erp-sync</source>
        <translation>例如 erp-sync</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Sees:</source>
        <translation>可见范围：</translation>
    </message>
    <message>
        <source>&amp;Calls a minute:</source>
        <translation>每分钟调用次数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>创建密钥(&amp;C)</translation>
    </message>
    <message>
        <source>The key acts with the role&apos;s rights on the orders it sees, at most this many calls a minute.</source>
        <translation>该密钥以角色的权限处理其可见的订单，每分钟最多调用这么多次。</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>新的 API 密钥</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>The API key %1 is made. Copy it now into the other system&apos;s settings: Docket does not show it again.</source>
        <translation>API 密钥 %1 已创建。请立即将其复制到另一系统的设置中：Docket 不会再次显示它。</translation>
    </message>
</context>
<context>
    <name>docket::NewRoleDialog</name>
    <message>
        <source>New Role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>The permissions of %1</source>
        <translation>%1 的权限</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start with:</source>
        <translation>初始权限(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Create Role</source>
        <translation>创建角色(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the new role&apos;s permissions in the matrix after creating it.</source>
        <translation>创建后请在权限矩阵中为新角色选择权限。</translation>
    </message>
</context>
<context>
    <name>docket::NewTransferDialog</name>
    <message>
        <source>New Transfer</source>
        <translation>新建调拨</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>调出仓库(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>调入仓库(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>What goes (a SKU and a quantity a line):</source>
        <translation>调拨内容（每行一个 SKU 和数量）：</translation>
    </message>
    <message>
        <source>Create Draft</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>Line %1: there is no product with the SKU &quot;%2&quot;.</source>
        <translation>第 %1 行：没有 SKU 为“%2”的商品。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a whole number of at least 1.</source>
        <translation>第 %1 行：“%2”不是大于等于 1 的整数。</translation>
    </message>
</context>
<context>
    <name>docket::OrderConflictDialog</name>
    <message>
        <source>Order %1 Changed Elsewhere</source>
        <translation>订单 %1 已在别处被更改</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it.</source>
        <translation>在您打开订单 %1 之后，其他人更改了该订单。</translation>
    </message>
    <message>
        <source>%1 changed order %2 on %3, after you opened it.</source>
        <translation>在您打开订单 %2 之后，%1 于 %3 更改了该订单。</translation>
    </message>
    <message>
        <source>Their changes:</source>
        <translation>对方的更改：</translation>
    </message>
    <message>
        <source>Changes made by the other person</source>
        <translation>另一人所做的更改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>(not changed by you)</source>
        <translation>（您未更改）</translation>
    </message>
    <message>
        <source>You both changed this field: re-applying keeps your value.</source>
        <translation>你们双方都更改了此字段：重新应用将保留您的值。</translation>
    </message>
    <message>
        <source>You have not changed anything yet: reload to see their version.</source>
        <translation>您尚未做任何更改：重新加载以查看对方的版本。</translation>
    </message>
    <message>
        <source>Re-applying keeps their changes and puts yours back on top: %1.</source>
        <translation>重新应用会保留对方的更改，并在其上重新应用您的更改：%1。</translation>
    </message>
    <message>
        <source>Where you both changed a field (marked), your value replaces theirs.</source>
        <translation>对于双方都更改过的字段（已标记），将以您的值替换对方的值。</translation>
    </message>
    <message>
        <source>Reloading shows their version and drops your edits.</source>
        <translation>重新加载会显示对方的版本并放弃您的编辑。</translation>
    </message>
    <message>
        <source>Re-apply &amp;My Changes</source>
        <translation>重新应用我的更改(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation>重新加载对方的版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>docket::OrderDialog</name>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>渠道(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>负责人(&amp;G)：</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>街道(&amp;R)：</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>邮政编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>地区(&amp;N)：</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>国家/地区(&amp;U)：</translation>
    </message>
    <message>
        <source>Customer and order</source>
        <translation>客户和订单</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>行合计</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>订单历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>订单 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Marked invalid by %1 on %2: %3</source>
        <translation>已由 %1 于 %2 标记为无效：%3</translation>
    </message>
    <message>
        <source>Seen by %1 on %2</source>
        <translation>已由 %1 于 %2 查看</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>&amp;History (%L1)</source>
        <translation>历史记录(&amp;H)（%L1）</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>第 %1 行：“%2”不是有效的数量。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price.</source>
        <translation>第 %1 行：“%2”不是有效的价格。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总额：%1</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it. Save again to reload their version or re-apply your changes.</source>
        <translation>在您打开订单 %1 之后，其他人更改了该订单。请再次保存，以重新加载对方的版本或重新应用您的更改。</translation>
    </message>
    <message>
        <source>Type the beginning of a SKU: the catalogue completes it and fills in the product and its price.</source>
        <translation>输入 SKU 的开头：商品目录会补全它，并填入商品名称和价格。</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>内部留言</translation>
    </message>
    <message>
        <source>An internal comment for your colleagues (customers never see it)</source>
        <translation>写给同事的内部留言（客户看不到）</translation>
    </message>
    <message>
        <source>Add Co&amp;mment</source>
        <translation>添加留言(&amp;M)</translation>
    </message>
    <message>
        <source>The customer&apos;s orders</source>
        <translation>该客户的订单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Show in the &amp;List</source>
        <translation>在列表中显示(&amp;L)</translation>
    </message>
    <message>
        <source>Filter the order list to this customer&apos;s orders (a chip you can remove)</source>
        <translation>将订单列表筛选为该客户的订单（可移除的标签）</translation>
    </message>
    <message>
        <source>Customer &amp;View</source>
        <translation>客户视图(&amp;V)</translation>
    </message>
    <message>
        <source>This order names no customer.</source>
        <translation>此订单没有客户信息。</translation>
    </message>
    <message>
        <source>%1&apos;s orders, found by the email address %2.</source>
        <translation>%1 的订单，按电子邮件地址 %2 查找。</translation>
    </message>
    <message>
        <source>%1&apos;s orders, found by the phone number %2 (the order has no email address).</source>
        <translation>%1 的订单，按电话号码 %2 查找（此订单没有电子邮件地址）。</translation>
    </message>
    <message>
        <source>Orders under the name %1 (the order has no email address or phone number, so they may be several people&apos;s).</source>
        <translation>姓名为 %1 的订单（此订单没有电子邮件地址或电话号码，因此可能属于不同的人）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln valid order(s)</source>
        <translation>
            <numerusform>%Ln 个有效订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln marked invalid</source>
        <translation>
            <numerusform>，另有 %Ln 个已标记为无效</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>first order %1, last order %2</source>
        <translation>首单 %1，最近一单 %2</translation>
    </message>
    <message>
        <source>This order</source>
        <translation>本订单</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1（无效）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>No Shipping Address</source>
        <translation>没有收货地址</translation>
    </message>
    <message>
        <source>Add the address now, or save the order without one (for an order collected in the shop, say).</source>
        <translation>现在添加地址，或不带地址保存订单（例如顾客到店自取的订单）。</translation>
    </message>
    <message>
        <source>&amp;Add Address</source>
        <translation>添加地址(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;Without Address</source>
        <translation>不带地址保存(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Fulfilment</source>
        <translation>履约(&amp;F)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>What shipping costs the customer, in the order&apos;s currency; empty: none.</source>
        <translation>客户需支付的运费，使用订单的币种；留空表示无运费。</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>One tax rate for the order, in percent (20, 5.5): it applies to the lines and to shipping. Empty: no tax.</source>
        <translation>整张订单使用同一税率，以百分比表示（20、5.5）：适用于商品和运费。留空表示不征税。</translation>
    </message>
    <message>
        <source>S&amp;hipping:</source>
        <translation>运费(&amp;H)：</translation>
    </message>
    <message>
        <source>Ta&amp;x rate:</source>
        <translation>税率(&amp;X)：</translation>
    </message>
    <message>
        <source>Lines %1 + shipping %2 + tax %3 (%4)</source>
        <translation>商品 %1 + 运费 %2 + 税 %3（%4）</translation>
    </message>
    <message>
        <source>Total: %1 so far</source>
        <translation>合计：目前 %1</translation>
    </message>
    <message>
        <source>The catalogue&apos;s price is %1; this order is in %2, so type its price in %2.</source>
        <translation>目录价格为 %1；此订单使用 %2，请以 %2 输入价格。</translation>
    </message>
</context>
<context>
    <name>docket::OrderTableModel</name>
    <message>
        <source>%1 is new: nobody has opened it yet.</source>
        <translation>%1 是新订单：还没有人打开过。</translation>
    </message>
    <message>
        <source>%1 is overdue.</source>
        <translation>%1 已逾期。</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>%1 is marked invalid (status: %2).</source>
        <translation>%1 已标记为无效（状态：%2）。</translation>
    </message>
    <message>
        <source>%1 is marked invalid: %2 (status: %3).</source>
        <translation>%1 已标记为无效：%2（状态：%3）。</translation>
    </message>
    <message>
        <source>%1 is new (nobody has opened it yet) and overdue.</source>
        <translation>%1 是新订单（还没有人打开过），并且已逾期。</translation>
    </message>
</context>
<context>
    <name>docket::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Open Order</source>
        <translation>打开订单(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;New Order…</source>
        <translation>新建订单(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark &amp;Seen</source>
        <translation>标记为已查看(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mark &amp;All Seen</source>
        <translation>全部标记为已查看(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Mark &amp;Invalid…</source>
        <translation>标记为无效(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Mark &amp;Valid Again</source>
        <translation>重新标记为有效(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Delete Invalid Orders…</source>
        <translation>删除无效订单(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Move the selected invalid orders to the archive</source>
        <translation>将所选无效订单移入归档</translation>
    </message>
    <message>
        <source>Show invalid orders first: only invalid orders can be deleted</source>
        <translation>请先显示无效订单：只有无效订单才能删除</translation>
    </message>
    <message>
        <source>Cannot open the order</source>
        <translation>无法打开订单</translation>
    </message>
    <message>
        <source>Order %1 created.</source>
        <translation>已创建订单 %1。</translation>
    </message>
    <message>
        <source>Cannot create an order</source>
        <translation>无法创建订单</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) seen.</source>
        <translation>
            <numerusform>已将 %Ln 个订单标记为已查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot mark orders seen</source>
        <translation>无法将订单标记为已查看</translation>
    </message>
    <message>
        <source>Duplicate order</source>
        <translation>重复订单</translation>
    </message>
    <message>
        <source>Fraud suspected</source>
        <translation>疑似欺诈</translation>
    </message>
    <message>
        <source>Test order</source>
        <translation>测试订单</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>付款失败</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Mark Orders Invalid</source>
        <translation>将订单标记为无效</translation>
    </message>
    <message>
        <source>Delete Invalid Orders</source>
        <translation>删除无效订单</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln invalid order(s)?</source>
        <translation>
            <numerusform>删除 %Ln 个无效订单？</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking %L1 orders invalid…</source>
        <translation>正在将 %L1 个订单标记为无效…</translation>
    </message>
    <message>
        <source>Marking %L1 orders valid…</source>
        <translation>正在将 %L1 个订单标记为有效…</translation>
    </message>
    <message>
        <source>Moving %L1 orders to the archive…</source>
        <translation>正在将 %L1 个订单移入归档…</translation>
    </message>
    <message>
        <source>Marking %L1 orders seen…</source>
        <translation>正在将 %L1 个订单标记为已查看…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) invalid.</source>
        <translation>
            <numerusform>已将 %Ln 个订单标记为无效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) valid again.</source>
        <translation>
            <numerusform>已将 %Ln 个订单重新标记为有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to the archive.</source>
        <translation>
            <numerusform>已将 %Ln 个订单移入归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Order(s)</source>
        <translation>
            <numerusform>删除 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Change S&amp;tatus…</source>
        <translation>更改状态(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>分配(&amp;G)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation>需要“%1”权限，而您的角色（%2）没有该权限。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>无法使用“%1”：%2</translation>
    </message>
    <message>
        <source>No orders match these filters:</source>
        <translation>没有符合以下筛选条件的订单：</translation>
    </message>
    <message>
        <source>Clear the filters (Ctrl+Shift+X) to see every order you can see.</source>
        <translation>清除筛选条件（Ctrl+Shift+X）即可查看您能看到的所有订单。</translation>
    </message>
    <message>
        <source>There are no orders yet.</source>
        <translation>还没有订单。</translation>
    </message>
    <message>
        <source>You see only the orders you created or that are assigned to you.</source>
        <translation>您只能看到自己创建或分配给您的订单。</translation>
    </message>
    <message>
        <source>You see only the orders of: %1.</source>
        <translation>您只能看到以下渠道的订单：%1。</translation>
    </message>
    <message numerus="yes">
        <source>That is every order the list shows (%Ln).</source>
        <translation>
            <numerusform>即列表显示的全部订单（%Ln 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Orders Seen</source>
        <translation>标记订单为已查看</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) seen, for everyone?</source>
        <translation>
            <numerusform>将 %Ln 个订单标记为已查看（对所有人）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Seen</source>
        <translation>
            <numerusform>标记 %Ln 个订单为已查看</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop being new on every desk.</source>
        <translation>它们在每个工作台上都不再是新订单。</translation>
    </message>
    <message>
        <source>There are no new orders to mark seen.</source>
        <translation>没有可标记为已查看的新订单。</translation>
    </message>
    <message>
        <source>Mark All Orders Seen</source>
        <translation>将全部订单标记为已查看</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %Ln new order(s) seen, for everyone?</source>
        <translation>
            <numerusform>将全部 %Ln 个新订单标记为已查看（对所有人）？</numerusform>
        </translation>
    </message>
    <message>
        <source>Every new order you can see stops being new on every desk, not only the ones the list shows now.</source>
        <translation>您可见的每个新订单都将在每个工作台上不再是新订单，而不仅是列表当前显示的订单。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) invalid?</source>
        <translation>
            <numerusform>将 %Ln 个订单标记为无效？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Invalid</source>
        <translation>
            <numerusform>标记 %Ln 个订单为无效</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>They leave the list of valid orders; “Mark Valid” brings them back.</source>
        <translation>它们将离开有效订单列表；“重新标记为有效”可将其恢复。</translation>
    </message>
    <message>
        <source>Mark Orders Valid</source>
        <translation>标记订单为有效</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) valid again?</source>
        <translation>
            <numerusform>将 %Ln 个订单重新标记为有效？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Valid</source>
        <translation>
            <numerusform>标记 %Ln 个订单为有效</numerusform>
        </translation>
    </message>
    <message>
        <source>Their invalid reasons are cleared (the history keeps them).</source>
        <translation>其无效原因将被清除（历史记录会保留）。</translation>
    </message>
    <message>
        <source>Each order moves with its lines and history to the archive, where you (and everyone with the right “%1”) can restore it.</source>
        <translation>每个订单会连同明细和历史移入归档，您（以及拥有“%1”权限的所有人）可以从那里恢复。</translation>
    </message>
    <message>
        <source>Each order moves with its lines and history to the archive, where someone with the right “%1” can restore it.</source>
        <translation>每个订单会连同明细和历史移入归档，拥有“%1”权限的人可以从那里恢复。</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>更改状态</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln order(s)?</source>
        <translation>
            <numerusform>更改 %Ln 个订单的状态？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln Order(s)</source>
        <translation>
            <numerusform>更改 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>新状态：</translation>
    </message>
    <message>
        <source>Every order must be allowed to move there by the workflow, or none moves.</source>
        <translation>工作流程必须允许每个订单转到该状态，否则所有订单都不会更改。</translation>
    </message>
    <message>
        <source>Assign Orders</source>
        <translation>分配订单</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln order(s)?</source>
        <translation>
            <numerusform>分配 %Ln 个订单？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln Order(s)</source>
        <translation>
            <numerusform>分配 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>Each order shows the user&apos;s name as its assignee, and the history records it.</source>
        <translation>每个订单将显示该用户为负责人，历史记录会记下此更改。</translation>
    </message>
    <message>
        <source>Changing the status of %L1 orders…</source>
        <translation>正在更改 %L1 个订单的状态…</translation>
    </message>
    <message>
        <source>Assigning %L1 orders…</source>
        <translation>正在分配 %L1 个订单…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个订单转为“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %Ln order(s).</source>
        <translation>
            <numerusform>已取消分配 %Ln 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln order(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个订单分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list cannot be sorted by %1.</source>
        <translation>列表不能按“%1”排序。</translation>
    </message>
    <message>
        <source>Choose &amp;Columns…</source>
        <translation>选择列(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Which columns the list shows, and in which order</source>
        <translation>列表显示哪些列以及它们的顺序</translation>
    </message>
    <message>
        <source>Show View %1</source>
        <translation>显示视图 %1</translation>
    </message>
    <message>
        <source>There is no view %1: save views with Save View.</source>
        <translation>没有视图 %1：请用“保存视图”保存视图。</translation>
    </message>
    <message>
        <source>Show Saved &amp;Views</source>
        <translation>显示已保存的视图(&amp;V)</translation>
    </message>
    <message>
        <source>View &quot;%1&quot;</source>
        <translation>视图“%1”</translation>
    </message>
</context>
<context>
    <name>docket::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Enter the password of %1</source>
        <translation>请输入 %1 的密码</translation>
    </message>
    <message>
        <source>Docket uses it for this session only and never saves it.</source>
        <translation>Docket 仅在本次会话中使用该密码，绝不会保存。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>连接问题</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>docket::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>记录付款</translation>
    </message>
    <message>
        <source>The provider&apos;s transaction reference</source>
        <translation>支付机构的交易号</translation>
    </message>
    <message>
        <source>Still owed:</source>
        <translation>尚欠：</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>金额(&amp;A)（%1）：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>交易号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>记录付款(&amp;R)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
</context>
<context>
    <name>docket::PrintOrderDialog</name>
    <message>
        <source>Print Order %1</source>
        <translation>打印订单 %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>单据(&amp;D)：</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print (%1)</source>
        <translation>打印（%1）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save as PDF (%1)</source>
        <translation>另存为 PDF（%1）</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Print %Ln Order(s)</source>
        <translation>
            <numerusform>打印 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一批</translation>
    </message>
    <message>
        <source>Preview the previous %L1 orders</source>
        <translation>预览前 %L1 个订单</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一批 ▶</translation>
    </message>
    <message>
        <source>Preview the next %L1 orders</source>
        <translation>预览后 %L1 个订单</translation>
    </message>
    <message>
        <source>Orders %L1–%L2 of %L3</source>
        <translation>第 %L1–%L2 个订单，共 %L3 个</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issuing invoice numbers…</source>
        <translation>正在开具发票号…</translation>
    </message>
    <message>
        <source>Invoice Numbers</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Printing %L1 orders…</source>
        <translation>正在打印 %L1 个订单…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Saving %L1 orders as PDF…</source>
        <translation>正在将 %L1 个订单保存为 PDF…</translation>
    </message>
</context>
<context>
    <name>docket::ProductDialog</name>
    <message>
        <source>Edit Product %1</source>
        <translation>编辑商品 %1</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>e.g. SKU-10042</source>
        <translation>例如 SKU-10042</translation>
    </message>
    <message>
        <source>Below this many available units the product counts as low on stock</source>
        <translation>可用数量低于此值时，该商品视为低库存</translation>
    </message>
    <message>
        <source>Offered for new orders</source>
        <translation>可用于新订单</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>价格（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Cost price (%1):</source>
        <translation>成本价（%1）(&amp;C)：</translation>
    </message>
    <message>
        <source>Safety s&amp;tock:</source>
        <translation>安全库存(&amp;T)：</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price.</source>
        <translation>“%1”不是价格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cost price.</source>
        <translation>“%1”不是成本价。</translation>
    </message>
</context>
<context>
    <name>docket::ProductTableModel</name>
    <message>
        <source>%1: %L2 available, below the safety stock of %L3.</source>
        <translation>%1：可用 %L2，低于安全库存 %L3。</translation>
    </message>
    <message>
        <source>%1 is inactive: not offered for new orders.</source>
        <translation>%1 已停用：不提供给新订单。</translation>
    </message>
    <message>
        <source>Held by open orders</source>
        <translation>被未结订单占用</translation>
    </message>
    <message>
        <source>On hand minus reserved: what new orders can have</source>
        <translation>现有减去预留：新订单可用的数量</translation>
    </message>
    <message>
        <source>Units ordered that could not be reserved yet</source>
        <translation>已订购但尚未能预留的数量</translation>
    </message>
    <message>
        <source>How long the available stock lasts at the last 30 days&apos; shipments</source>
        <translation>按最近 30 天的发货量，可用库存还能维持多久</translation>
    </message>
    <message>
        <source>Below this many available units the product counts as low on stock</source>
        <translation>可用数量低于此值时，该商品视为低库存</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺货待补</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>可供天数</translation>
    </message>
</context>
<context>
    <name>docket::ReceiveReturnDialog</name>
    <message>
        <source>Receive Return %1</source>
        <translation>收货：退货 %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Restock in %1</source>
        <translation>重新入库到 %1</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Say for each line where it goes: back on a shelf, or written off when it cannot be sold again.</source>
        <translation>请为每一行选择去向：放回货架，或在无法再出售时报损。</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
</context>
<context>
    <name>docket::RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>#%1 %2 %3 (%4 left)</source>
        <translation>#%1 %2 %3（剩余 %4）</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>By lines</source>
        <translation>按明细</translation>
    </message>
    <message>
        <source>Why the money goes back</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <source>Back to &amp;payment:</source>
        <translation>退回到付款(&amp;P)：</translation>
    </message>
    <message>
        <source>Refund &amp;by:</source>
        <translation>退款方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>金额(&amp;A)（%1）：</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>明细：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>退款(&amp;R)</translation>
    </message>
    <message>
        <source>There is no captured payment to refund.</source>
        <translation>没有可退款的已收款付款。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
</context>
<context>
    <name>docket::RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replaces the contents of %1 with a backup. The backup is checked first; nothing changes if it fails a check.</source>
        <translation>用备份替换 %1 的内容。系统会先检查备份；如果检查未通过，则不做任何更改。</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the backup file to restore</source>
        <translation>选择要恢复的备份文件</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>备份文件(&amp;B)：</translation>
    </message>
    <message>
        <source>Everyone working on this database sees the restored orders at once; changes made since the backup are replaced. The current database is kept as %1.</source>
        <translation>使用此数据库的所有人都会立即看到恢复后的订单；备份之后所做的更改将被替换。当前数据库将保留为 %1。</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>恢复进度</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: restore it on the server with pg_restore.</source>
        <translation>这是 PostgreSQL 数据库：请在服务器上使用 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>Your role may not restore backups.</source>
        <translation>您的角色无权恢复备份。</translation>
    </message>
    <message>
        <source>Docket databases (*.db *.bak);;All files (*)</source>
        <translation>Docket 数据库 (*.db *.bak);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>✔ Checked: intact, schema version %1, %Ln order(s), %2, saved %3.</source>
        <translation>
            <numerusform>✔ 已检查：完好，架构版本 %1，%Ln 个订单，%2，保存于 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the database with %1?</source>
        <translation>用 %1 替换数据库？</translation>
    </message>
    <message>
        <source>Cancelled; the database was not changed.</source>
        <translation>已取消；数据库未被更改。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
</context>
<context>
    <name>docket::ReviewPage</name>
    <message>
        <source>Orders awaiting review</source>
        <translation>待审核订单</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>The selected orders go on to payment and shipping</source>
        <translation>所选订单继续付款和发货</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <source>The selected orders become invalid, with your reason</source>
        <translation>所选订单将标记为无效，并附上您的原因</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>刷新(&amp;S)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>待审原因</translation>
    </message>
    <message>
        <source>No order is waiting for review.</source>
        <translation>没有待审核的订单。</translation>
    </message>
    <message>
        <source>%L1 orders wait; the oldest %L2 are shown.</source>
        <translation>%L1 个订单待审核；显示最早的 %L2 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) wait for review.</source>
        <translation>
            <numerusform>%n 个订单待审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject orders</source>
        <translation>拒绝订单</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n order(s) rejected? They become invalid with this reason.</source>
        <translation>
            <numerusform>为什么拒绝这 %n 个订单？订单将以此原因标记为无效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) approved.</source>
        <translation>
            <numerusform>已批准 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) rejected.</source>
        <translation>
            <numerusform>已拒绝 %n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Switch the review rules on or off and tune them</source>
        <translation>开启或关闭审核规则并调整其设置</translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation>需要“%1”权限，而您的角色（%2）没有此权限。</translation>
    </message>
    <message>
        <source>Show %L1 &amp;More</source>
        <translation>再显示 %L1 个(&amp;M)</translation>
    </message>
    <message>
        <source>The review rules are at version %L1.</source>
        <translation>审核规则现为版本 %L1。</translation>
    </message>
</context>
<context>
    <name>docket::ReviewRulesDialog</name>
    <message>
        <source>Review Rules</source>
        <translation>审核规则</translation>
    </message>
    <message>
        <source>An order that trips a rule switched on waits for review, with the reasons in words; one that trips none is approved at once. Every change is saved as a new version of the rules.</source>
        <translation>触发任一已开启规则的订单会等待审核，并用文字说明原因；没有触发任何规则的订单会立即批准。每次更改都保存为规则的一个新版本。</translation>
    </message>
    <message>
        <source>Changing the rules needs the right “%1”, which your role (%2) does not have.</source>
        <translation>更改规则需要“%1”权限，而您的角色（%2）没有此权限。</translation>
    </message>
    <message>
        <source>Amount threshold</source>
        <translation>金额阈值</translation>
    </message>
    <message>
        <source>Hold orders above (%1):</source>
        <translation>金额超过此值的订单需审核（%1）：</translation>
    </message>
    <message>
        <source>First order threshold</source>
        <translation>首单阈值</translation>
    </message>
    <message>
        <source>Hold a new customer&apos;s first order above (%1):</source>
        <translation>新客户首单超过此值需审核（%1）：</translation>
    </message>
    <message>
        <source>Orders from one customer</source>
        <translation>同一客户的订单数</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>Hold when more than this many orders…</source>
        <translation>当超过此数量的订单…</translation>
    </message>
    <message>
        <source>…come from one email or phone within minutes:</source>
        <translation>…在此分钟数内来自同一电子邮件或电话时需审核：</translation>
    </message>
    <message>
        <source>Largest quantity of a line</source>
        <translation>一行的最大数量</translation>
    </message>
    <message>
        <source>Hold when a line asks for more than:</source>
        <translation>某一行数量超过此值时需审核：</translation>
    </message>
    <message>
        <source>Holds an order shipped to another country than the one it is billed in.</source>
        <translation>收货国家与账单国家不同的订单需审核。</translation>
    </message>
    <message>
        <source>Holds an order whose shipping address lacks the street, postcode, city or country.</source>
        <translation>收货地址缺少街道、邮编、城市或国家的订单需审核。</translation>
    </message>
    <message>
        <source>One domain a line, e.g. spam.example</source>
        <translation>每行一个域名，例如 spam.example</translation>
    </message>
    <message>
        <source>Blocked email domains</source>
        <translation>屏蔽的电子邮件域名</translation>
    </message>
    <message>
        <source>One phone number a line, e.g. +86 138 0000 0000</source>
        <translation>每行一个电话号码，例如 +86 138 0000 0000</translation>
    </message>
    <message>
        <source>Blocked phones</source>
        <translation>屏蔽的电话</translation>
    </message>
    <message>
        <source>One address a line: street, postcode</source>
        <translation>每行一个地址：街道, 邮编</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>屏蔽的地址</translation>
    </message>
    <message>
        <source>Email domains:</source>
        <translation>电子邮件域名：</translation>
    </message>
    <message>
        <source>Phones (compared by their digits):</source>
        <translation>电话（只比较数字）：</translation>
    </message>
    <message>
        <source>Addresses (compared without case and extra spaces):</source>
        <translation>地址（不区分大小写，忽略多余空格）：</translation>
    </message>
    <message>
        <source>Why the rules change (kept with the version)</source>
        <translation>更改规则的原因（随版本保存）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>none in %1</source>
        <translation>%1 无阈值</translation>
    </message>
    <message>
        <source>The built-in rules are in force (no version saved yet).</source>
        <translation>当前使用内置规则（尚未保存任何版本）。</translation>
    </message>
    <message>
        <source>Version %L1, set by %2 on %3.</source>
        <translation>版本 %L1，由 %2 于 %3 设置。</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>In other currencies (set with docketctl rules set): orders above %1; first orders above %2.</source>
        <translation>其他币种（用 docketctl rules set 设置）：订单金额超过 %1；首单超过 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Versions of the rules</source>
        <translation>规则的各个版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>The first version of the rules.</source>
        <translation>规则的第一个版本。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>Only the newest %L1 versions are shown; docketctl rules history --limit N lists older ones.</source>
        <translation>仅显示最新的 %L1 个版本；更早的版本可用 docketctl rules history --limit N 列出。</translation>
    </message>
</context>
<context>
    <name>docket::SalesReport</name>
    <message>
        <source>%1 — Sales report</source>
        <translation>%1 — 销售报表</translation>
    </message>
    <message>
        <source>No figures loaded</source>
        <translation>未加载数据</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>销售报表</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>无法将报表写入 %1。</translation>
    </message>
</context>
<context>
    <name>docket::ScopeEditor</name>
    <message>
        <source>Orders scope</source>
        <translation>订单范围</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>所有订单</translation>
    </message>
    <message>
        <source>Own orders (created by or assigned to them)</source>
        <translation>自己的订单（由其创建或分配给其负责的订单）</translation>
    </message>
    <message>
        <source>Orders of these sales channels:</source>
        <translation>以下销售渠道的订单：</translation>
    </message>
</context>
<context>
    <name>docket::SecurityLogView</name>
    <message>
        <source>Any user</source>
        <translation>任意用户</translation>
    </message>
    <message>
        <source>Events by or about this user</source>
        <translation>由该用户执行或与该用户相关的事件</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>任意事件</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>安全日志</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Affects</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Showing the newest %L1 events; narrow the filter to see older ones.</source>
        <translation>显示最新的 %L1 个事件；缩小筛选范围可查看更早的事件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln 个事件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>店铺(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language&apos;s conventions. Dialogs opened from now on use the new language at once; menus and pages already open switch after a restart.</source>
        <translation>日期和数字遵循所选语言的习惯。此后打开的对话框会立即使用新语言；已打开的菜单和页面将在重新启动后切换。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Default database:</source>
        <translation>默认数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>默认数据库</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the default database file</source>
        <translation>选择默认数据库文件</translation>
    </message>
    <message>
        <source>Street
Postcode and city
Country</source>
        <translation>街道
邮政编码和城市
国家/地区</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Choose a folder, ideally on another disk</source>
        <translation>选择一个文件夹，最好位于另一块磁盘上</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation>默认数据库</translation>
    </message>
    <message>
        <source>Docket databases (*.db *.sqlite);;All files (*)</source>
        <translation>Docket 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Default database: the folder %1 does not exist.</source>
        <translation>默认数据库：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Backup folder: %1 does not exist and cannot be created.</source>
        <translation>备份文件夹：%1 不存在且无法创建。</translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation>个人(&amp;P)</translation>
    </message>
    <message>
        <source>Your own preferences on this computer</source>
        <translation>您在这台电脑上的个人偏好</translation>
    </message>
    <message>
        <source>The shop&apos;s settings, the same for everyone who works on this database</source>
        <translation>店铺设置，对使用此数据库的所有人都相同</translation>
    </message>
    <message>
        <source>Your own preferences as %1 on this computer; other people who sign in here keep theirs.</source>
        <translation>您（%1）在这台电脑上的个人偏好；在此登录的其他人保留各自的偏好。</translation>
    </message>
    <message>
        <source>Your own preferences on this computer.</source>
        <translation>您在这台电脑上的个人偏好。</translation>
    </message>
    <message>
        <source>Docket runs in %1 for this session because the command line asked for it (--lang); your own choice, used otherwise, is %2.</source>
        <translation>由于命令行指定（--lang），Docket 本次以%1运行；您平时的选择是%2。</translation>
    </message>
    <message>
        <source>This computer&apos;s: a SQLite file or a postgresql:// address. Docket opens it at start when no other database is named on the command line or in DOCKET_DATABASE; empty means the standard file shown. Takes effect at the next start.</source>
        <translation>本机设置：一个 SQLite 文件或 postgresql:// 地址。当命令行或 DOCKET_DATABASE 未指定其他数据库时，Docket 启动时打开它；留空表示使用所示的标准文件。下次启动时生效。</translation>
    </message>
    <message>
        <source>Where this computer writes the daily backups, named docket-YYYYMMDD-HHMMSS.db. Whether they are made and how many are kept are shop settings. File → Back Up… makes one any time.</source>
        <translation>这台电脑写入每日备份的位置，文件名为 docket-YYYYMMDD-HHMMSS.db。是否备份以及保留多少份属于店铺设置。随时可用“文件 → 备份…”手动备份。</translation>
    </message>
    <message>
        <source>No database is open: the shop settings are in the database.</source>
        <translation>未打开数据库：店铺设置保存在数据库中。</translation>
    </message>
    <message>
        <source>Read-only. These settings are the same for everyone who works on %1. Changing them needs the right “%2”, which your role (%3) does not have; ask an administrator.</source>
        <translation>只读。这些设置对使用 %1 的所有人都相同。更改需要“%2”权限，而您的角色（%3）没有该权限；请联系管理员。</translation>
    </message>
    <message>
        <source>These settings are the same for everyone who works on %1 and for docketctl. Each change is recorded in the security log.</source>
        <translation>这些设置对使用 %1 的所有人以及 docketctl 都相同。每次更改都会记录在安全日志中。</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Backup folder: choose a folder for the daily backups on this computer.</source>
        <translation>备份文件夹：请为这台电脑上的每日备份选择一个文件夹。</translation>
    </message>
    <message>
        <source>The shop&apos;s currency (%1) until the first price is entered</source>
        <translation>输入第一个价格之前为店铺货币（%1）</translation>
    </message>
</context>
<context>
    <name>docket::ShipDialog</name>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>本包裹数量</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>承运商(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>明细：</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>发货(&amp;S)</translation>
    </message>
    <message>
        <source>Put at least one line in the parcel.</source>
        <translation>包裹中至少要放入一项商品。</translation>
    </message>
</context>
<context>
    <name>docket::ShipmentFileDialog</name>
    <message>
        <source>Import Shipments</source>
        <translation>导入发货文件</translation>
    </message>
    <message>
        <source>The file a warehouse hands back: one row per parcel with the order number, the carrier and the tracking number (a header row is optional). Each order ships every line it has left. Nothing ships until every row reads without a problem.</source>
        <translation>仓库交回的文件：每个包裹一行，包含订单号、承运商和运单号（可以有标题行）。每个订单发出其所有尚未发货的商品。只有每一行都没有问题时才会发货。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>选择一个文件以查看其内容。</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>发货(&amp;S)</translation>
    </message>
    <message>
        <source>Shipment files (*.csv *.txt);;All files (*)</source>
        <translation>发货文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file cannot be shipped: %1</source>
        <translation>无法按此文件发货：%1</translation>
    </message>
    <message>
        <source>The file holds no rows to ship.</source>
        <translation>文件中没有要发货的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) in the file, no problems. Ready to ship.</source>
        <translation>
            <numerusform>文件中有 %n 个包裹，没有问题，可以发货。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (in red below); nothing can be shipped until they are fixed in the file.</source>
        <translation>
            <numerusform>有 %n 行存在问题（下方红色显示）；在文件中改正之前无法发货。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not ship orders.</source>
        <translation>您的角色无权发货。</translation>
    </message>
    <message numerus="yes">
        <source>Shipping %n order(s)…</source>
        <translation>
            <numerusform>正在为 %n 个订单发货…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was shipped: %1</source>
        <translation>没有发货：%1</translation>
    </message>
    <message>
        <source>The file is shipping; it ships whole or not at all. Please wait.</source>
        <translation>正在按文件发货：要么全部发货，要么全部不发。请稍候。</translation>
    </message>
    <message>
        <source>Import Tracking Events</source>
        <translation>导入物流跟踪</translation>
    </message>
    <message>
        <source>A carrier&apos;s export of tracking events, one event per row under the header %1. The time carries its zone (2026-12-05T10:00:00+08:00); the status &quot;delivered&quot; marks the parcel delivered. Events already recorded are not added again. Nothing is imported until every row reads without a problem.</source>
        <translation>承运商导出的物流事件文件，标题行为 %1，每行一个事件。时间带时区（2026-12-05T10:00:00+08:00）；状态“delivered”会把包裹标记为已送达。已记录的事件不会重复添加。只要还有一行有问题，就不导入任何内容。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Tracking files (*.csv *.txt);;All files (*)</source>
        <translation>物流跟踪文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>Recorded already; not added again.</source>
        <translation>已记录，不再重复添加。</translation>
    </message>
    <message>
        <source>Marks the parcel delivered.</source>
        <translation>将包裹标记为已送达。</translation>
    </message>
    <message>
        <source>The file holds no tracking events.</source>
        <translation>文件中没有物流事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking event(s) in the file, no problems.</source>
        <translation>
            <numerusform>文件中有 %n 个物流事件，没有问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are recorded already.</source>
        <translation>全部都已记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them will be added.</source>
        <translation>
            <numerusform>其中 %n 个将被添加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (in red below); nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n 行有问题（下方红色显示）；在文件中修正之前无法导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not record tracking events.</source>
        <translation>您的角色不能记录物流事件。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n tracking event(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个物流事件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The file is being imported; it goes in whole or not at all. Please wait.</source>
        <translation>正在导入文件；要么全部导入，要么全不导入。请稍候。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>docket::ShopListEditor</name>
    <message>
        <source>No pattern: any tracking number is accepted.</source>
        <translation>没有格式：接受任何运单号。</translation>
    </message>
    <message>
        <source>A tracking number must match %1.</source>
        <translation>运单号必须符合 %1。</translation>
    </message>
    <message>
        <source>Not a valid pattern: %1 (at character %2).</source>
        <translation>不是有效的格式：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Label shown to clerks</source>
        <translation>店员看到的名称</translation>
    </message>
    <message>
        <source>Paid on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; stored with each payment</source>
        <translation>小写字母、数字和 _；随每笔付款保存</translation>
    </message>
    <message>
        <source>Empty: the built-in name, in each clerk&apos;s language (grey)</source>
        <translation>留空：使用内置名称，按各店员的语言显示（灰色）</translation>
    </message>
    <message>
        <source>Cash on delivery: the order may ship before it is paid</source>
        <translation>货到付款：订单可在付款前发货</translation>
    </message>
    <message>
        <source>Offered for new payments; an inactive method still names the payments made with it</source>
        <translation>可用于新的付款；停用的方式仍会显示在用它付过的款项上</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Add Method</source>
        <translation>添加方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tracking number pattern</source>
        <translation>运单号格式</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>查询链接</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; stored with each shipment</source>
        <translation>小写字母、数字和 _；随每个包裹保存</translation>
    </message>
    <message>
        <source>A regular expression a tracking number must match, such as JD[0-9A-Z]{11,18}; empty: any number</source>
        <translation>运单号必须符合的正则表达式，例如 JD[0-9A-Z]{11,18}；留空：任何号码</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking page, with {number} where the number goes</source>
        <translation>承运商的查询页面，用 {number} 表示运单号的位置</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Add Carrier</source>
        <translation>添加承运商</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>docket::StartStocktakeDialog</name>
    <message>
        <source>Start a Stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Empty: every product stocked there</source>
        <translation>为空：该仓库中有库存的所有商品</translation>
    </message>
    <message>
        <source>SKUs separated by commas or spaces, to count only those</source>
        <translation>用逗号或空格分隔的 SKU，仅盘点这些</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <source>Only these &amp;SKUs:</source>
        <translation>仅这些 SKU(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Start Count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>请选择一个仓库。</translation>
    </message>
</context>
<context>
    <name>docket::StockAnalyticsView</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest stock value</source>
        <translation>库存价值最高</translation>
    </message>
    <message>
        <source>Fewest days of cover</source>
        <translation>可供天数最少</translation>
    </message>
    <message>
        <source>Most lost to backorders</source>
        <translation>缺货损失最多</translation>
    </message>
    <message>
        <source>Most shipped</source>
        <translation>发货最多</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按商品</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;roducts:</source>
        <translation>商品(&amp;R)：</translation>
    </message>
    <message>
        <source>Ret&amp;urns:</source>
        <translation>退货(&amp;U)：</translation>
    </message>
    <message>
        <source>Stock at cost</source>
        <translation>库存成本价值</translation>
    </message>
    <message>
        <source>Shipped at cost</source>
        <translation>已发货成本</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>周转率</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>可供天数</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>成本价值</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Lost units</source>
        <translation>缺货件数</translation>
    </message>
    <message>
        <source>Product or channel</source>
        <translation>商品或渠道</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Stock value and units on hand are now; the rest is the chosen period, from the ledger&apos;s daily summaries (&quot;docketctl stock verify&quot; proves them equal to the ledger). Days of cover: the units on hand at the period&apos;s shipping rate.</source>
        <translation>库存价值和现有件数为当前数据；其余为所选期间的数据，取自库存台账的每日汇总（“docketctl stock verify”可证明其与台账一致）。可供天数：按该期间的发货速度，现有库存可维持的天数。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) on hand</source>
        <translation>
            <numerusform>现有 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) shipped</source>
        <translation>
            <numerusform>已发货 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) short</source>
        <translation>
            <numerusform>缺 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock by product: the first %L1 of %L2</source>
        <translation>按商品的库存：%L2 个中的前 %L1 个</translation>
    </message>
    <message>
        <source>Stock by product (%L1)</source>
        <translation>按商品的库存（%L1）</translation>
    </message>
    <message>
        <source>Returns by product, highest rate first</source>
        <translation>按商品的退货，退货率最高者在前</translation>
    </message>
    <message>
        <source>Returns by channel, highest rate first</source>
        <translation>按渠道的退货，退货率最高者在前</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln unit(s))</source>
        <translation>
            <numerusform>%1（%Ln 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>What shipped in the period at cost, divided by the stock&apos;s value at cost now</source>
        <translation>期间内发货的成本，除以当前库存的成本价值</translation>
    </message>
    <message>
        <source>How many days the units on hand last at the period&apos;s shipping rate</source>
        <translation>按该期间的发货速度，现有库存可维持的天数</translation>
    </message>
    <message>
        <source>cost ÷ value</source>
        <translation>成本÷价值</translation>
    </message>
    <message>
        <source>at this pace</source>
        <translation>按此速度</translation>
    </message>
    <message>
        <source>Lost to backorders, at cost</source>
        <translation>缺货损失（按成本）</translation>
    </message>
    <message>
        <source>Lost at cost</source>
        <translation>损失（按成本）</translation>
    </message>
</context>
<context>
    <name>docket::StockChangeDialog</name>
    <message>
        <source>Receive %1</source>
        <translation>入库 %1</translation>
    </message>
    <message>
        <source>Correct the Stock of %1</source>
        <translation>更正 %1 的库存</translation>
    </message>
    <message>
        <source>Write Off %1</source>
        <translation>报损 %1</translation>
    </message>
    <message>
        <source>Delivery note or purchase order</source>
        <translation>送货单或采购单</translation>
    </message>
    <message>
        <source>Why the stock is corrected</source>
        <translation>更正库存的原因</translation>
    </message>
    <message>
        <source>Damaged, lost, expired…</source>
        <translation>损坏、丢失、过期…</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;On hand is now:</source>
        <translation>现有数量更正为(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Write Off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>There is no active warehouse yet: add one under Warehouses.</source>
        <translation>还没有启用的仓库：请在“仓库”中添加。</translation>
    </message>
    <message>
        <source>%L1 on hand, %L2 reserved, %L3 available</source>
        <translation>现有 %L1，预留 %L2，可用 %L3</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>请选择一个仓库。</translation>
    </message>
</context>
<context>
    <name>docket::StockPage</name>
    <message>
        <source>&amp;Stocktakes</source>
        <translation>盘点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>调拨(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>台账(&amp;L)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已盘点</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation>此后变动</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Units that came in or went out since the line was counted (or, uncounted, since the count started): they are not a variance</source>
        <translation>该行盘点后（若未盘点，则自盘点开始后）入库或出库的数量：它们不算差异</translation>
    </message>
    <message>
        <source>Find a SKU on the count</source>
        <translation>在盘点中查找 SKU</translation>
    </message>
    <message>
        <source>Start &amp;Count…</source>
        <translation>开始盘点(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import Scanner File…</source>
        <translation>导入扫描文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save Counts</source>
        <translation>保存盘点数量(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Post Variances</source>
        <translation>过账差异(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel Count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>No stocktake yet. Start a count for a warehouse: enter what is on the shelves by hand or import a scanner&apos;s file, then post the variances.</source>
        <translation>还没有盘点。为某个仓库开始盘点：手工录入货架上的数量或导入扫描器文件，然后过账差异。</translation>
    </message>
    <message>
        <source>Type what is on the shelf</source>
        <translation>输入货架上的数量</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 — %3. %L4 of %L5 lines counted.</source>
        <translation>%2 的盘点 %1 — %3。已盘点 %L4 / %L5 行。</translation>
    </message>
    <message>
        <source>Posting adds %L1 and takes away %L2 units.</source>
        <translation>过账将增加 %L1 件、减少 %L2 件。</translation>
    </message>
    <message>
        <source>%1 by %2 on %3.</source>
        <translation>%1，由 %2 于 %3。</translation>
    </message>
    <message>
        <source>Unsaved Counts</source>
        <translation>未保存的盘点数量</translation>
    </message>
    <message>
        <source>Some counts you typed are not saved yet. Save them first?</source>
        <translation>有些输入的盘点数量尚未保存。先保存吗？</translation>
    </message>
    <message>
        <source>Stocktake %1 started.</source>
        <translation>盘点 %1 已开始。</translation>
    </message>
    <message>
        <source>Cannot Save the Counts</source>
        <translation>无法保存盘点数量</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of at least 0.</source>
        <translation>%1：“%2”不是大于等于 0 的整数。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln count(s).</source>
        <translation>
            <numerusform>已保存 %Ln 个盘点数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Counted Quantities</source>
        <translation>导入盘点数量</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Import the Counts</source>
        <translation>无法导入盘点数量</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln count(s).</source>
        <translation>
            <numerusform>已导入 %Ln 个盘点数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the Stocktake</source>
        <translation>过账盘点</translation>
    </message>
    <message>
        <source>Post the variances of stocktake %1 to the stock? Each counted line becomes a movement; lines not counted stay as they are. This cannot be undone, only corrected by another count.</source>
        <translation>将盘点 %1 的差异过账到库存？每个已盘点的行会成为一条库存变动；未盘点的行保持不变。此操作无法撤销，只能通过再次盘点更正。</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: %Ln line(s) changed the stock.</source>
        <translation>
            <numerusform>盘点 %1 已过账：%Ln 行改变了库存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Post the Stocktake</source>
        <translation>无法过账盘点</translation>
    </message>
    <message>
        <source>Cancel the Count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Cancel stocktake %1? Its counts are kept for reference but never posted.</source>
        <translation>取消盘点 %1？其盘点数量会保留以供参考，但永远不会过账。</translation>
    </message>
    <message>
        <source>Cannot Cancel the Count</source>
        <translation>无法取消盘点</translation>
    </message>
    <message>
        <source>From</source>
        <translation>调出</translation>
    </message>
    <message>
        <source>To</source>
        <translation>调入</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>&amp;New Transfer…</source>
        <translation>新建调拨(&amp;N)…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>发出(&amp;D)</translation>
    </message>
    <message>
        <source>The units leave the source warehouse</source>
        <translation>货物离开调出仓库</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>接收(&amp;R)</translation>
    </message>
    <message>
        <source>The units arrive; type in Received what did, if not all</source>
        <translation>货物到达；如未全部到达，请在“已接收”中填写实际数量</translation>
    </message>
    <message>
        <source>Cancel Draft</source>
        <translation>取消草稿</translation>
    </message>
    <message>
        <source>No transfer yet. A transfer moves stock between warehouses: draft, sent (the units leave), received.</source>
        <translation>还没有调拨。调拨在仓库之间移动库存：草稿、发出（货物离开）、接收。</translation>
    </message>
    <message>
        <source>Transfer %1: %L2 units from %3 to %4 — %5.</source>
        <translation>调拨 %1：%L2 件，从 %3 到 %4 — %5。</translation>
    </message>
    <message>
        <source>Sent by %1 on %2.</source>
        <translation>由 %1 于 %2 发出。</translation>
    </message>
    <message>
        <source>Received by %1 on %2.</source>
        <translation>由 %1 于 %2 接收。</translation>
    </message>
    <message>
        <source>Transfer %1 drafted; send it when the goods leave.</source>
        <translation>调拨 %1 已创建草稿；货物发出时请点击发出。</translation>
    </message>
    <message>
        <source>Transfer %1 is in transit.</source>
        <translation>调拨 %1 在途中。</translation>
    </message>
    <message>
        <source>Cannot Send the Transfer</source>
        <translation>无法发出调拨</translation>
    </message>
    <message>
        <source>Cannot Receive the Transfer</source>
        <translation>无法接收调拨</translation>
    </message>
    <message>
        <source>Transfer %1 received.</source>
        <translation>调拨 %1 已接收。</translation>
    </message>
    <message>
        <source>Cannot Cancel the Transfer</source>
        <translation>无法取消调拨</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>For</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Every change of stock is a row here; the figures on the catalogue page are their sums. The latest 500 are shown.</source>
        <translation>每次库存变化都是这里的一行；商品目录页上的数字是它们的合计。显示最近 500 条。</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>没有 SKU 为 %1 的商品。</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>stocktake %1</source>
        <translation>盘点 %1</translation>
    </message>
    <message>
        <source>transfer %1</source>
        <translation>调拨 %1</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>退货 %1</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>成本价值</translation>
    </message>
</context>
<context>
    <name>docket::TrackingEventDialog</name>
    <message>
        <source>Add a tracking event</source>
        <translation>添加物流事件</translation>
    </message>
    <message>
        <source>What the carrier says, e.g. &quot;Out for delivery&quot;</source>
        <translation>承运商的状态，例如“派送中”</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>docket::UndoConflictDialog</name>
    <message numerus="yes">
        <source>%Ln Order(s) Changed Since</source>
        <translation>
            <numerusform>%Ln 个订单此后已被更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo “%1”: %Ln of the %2 orders were changed since. Taking them back would overwrite those changes.</source>
        <translation>
            <numerusform>撤销“%1”：%2 个订单中有 %Ln 个此后已被更改。撤销它们会覆盖这些更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders changed since</source>
        <translation>此后已被更改的订单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>更改人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the others to take back the %Ln order(s) nobody changed and leave these as they are now. Undo Nothing changes nothing, and the step leaves the undo list.</source>
        <translation>
            <numerusform>“撤销其他”会撤销无人更改的 %Ln 个订单，上列订单保持现状。“不撤销”不做任何更改，此步骤将从撤销列表中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the &amp;Other %Ln</source>
        <translation>
            <numerusform>撤销其他 %Ln 个(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Nothing</source>
        <translation>不撤销(&amp;N)</translation>
    </message>
    <message>
        <source>None of the orders is still as the step left it, so nothing can be taken back. Nothing was changed, and the step leaves the undo list.</source>
        <translation>没有任何订单仍保持此步骤完成时的状态，因此无法撤销。未做任何更改，此步骤将从撤销列表中移除。</translation>
    </message>
    <message numerus="yes">
        <source>Redo “%1”: %Ln of the %2 orders were changed since. Doing it again would overwrite those changes.</source>
        <translation>
            <numerusform>重做“%1”：%2 个订单中有 %Ln 个此后已被更改。重做会覆盖这些更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redo the others to do it again for the %Ln order(s) nobody changed and leave these as they are now. Redo Nothing changes nothing, and the step leaves the redo list.</source>
        <translation>
            <numerusform>“重做其他”会对无人更改的 %Ln 个订单重做此步骤，上列订单保持现状。“不重做”不做任何更改，此步骤将从重做列表中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redo the &amp;Other %Ln</source>
        <translation>
            <numerusform>重做其他 %Ln 个(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo &amp;Nothing</source>
        <translation>不重做(&amp;N)</translation>
    </message>
    <message>
        <source>None of the orders is still as the undo left it, so nothing can be done again. Nothing was changed, and the step leaves the redo list.</source>
        <translation>没有任何订单仍保持撤销后的状态，因此无法重做。未做任何更改，此步骤将从重做列表中移除。</translation>
    </message>
</context>
<context>
    <name>docket::ViewsPanel</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Click a view to show it; Ctrl+1 to Ctrl+9 show the first nine.</source>
        <translation>点击视图即可显示；Ctrl+1 到 Ctrl+9 显示前九个。</translation>
    </message>
    <message>
        <source>Save Vie&amp;w…</source>
        <translation>保存视图(&amp;W)…</translation>
    </message>
    <message>
        <source>Keep the list&apos;s filter, sort and columns under a name</source>
        <translation>以一个名称保存列表的筛选、排序和列</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Share with a Role…</source>
        <translation>共享给角色(&amp;S)…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More view actions</source>
        <translation>更多视图操作</translation>
    </message>
    <message>
        <source>%1, shared with the role %2 by %3</source>
        <translation>%1，由 %3 共享给角色“%2”</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view (an existing view of yours with this name is replaced):</source>
        <translation>视图名称（您已有的同名视图将被替换）：</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>视图“%1”已保存。</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? The orders stay as they are.</source>
        <translation>删除视图“%1”？订单本身不受影响。</translation>
    </message>
    <message>
        <source>Share View</source>
        <translation>共享视图</translation>
    </message>
    <message>
        <source>Nobody (only me)</source>
        <translation>不共享（仅自己）</translation>
    </message>
    <message>
        <source>Everyone with this role sees &quot;%1&quot; in their views:</source>
        <translation>拥有此角色的每个人都会在其视图中看到“%1”：</translation>
    </message>
</context>
<context>
    <name>docket::WarehouseDialog</name>
    <message>
        <source>Edit Warehouse %1</source>
        <translation>编辑仓库 %1</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>新建仓库</translation>
    </message>
    <message>
        <source>e.g. HAM</source>
        <translation>例如 HAM</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add Warehouse</source>
        <translation>添加仓库</translation>
    </message>
</context>
<context>
    <name>docket::WarehousesDialog</name>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New Warehouse…</source>
        <translation>新建仓库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where each sales channel&apos;s orders reserve and ship from&lt;/b&gt;</source>
        <translation>&lt;b&gt;各销售渠道的订单从哪个仓库预留和发货&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A channel without a warehouse does not track stock: its orders reserve nothing and are never backordered.</source>
        <translation>没有仓库的渠道不跟踪库存：其订单不预留任何库存，也永远不会缺货待补。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No stock tracking</source>
        <translation>不跟踪库存</translation>
    </message>
</context>
<context>
    <name>docket::WebhookLogView</name>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed (gave up)</source>
        <translation>失败（已放弃）</translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation>Webhook 订阅</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最后应答</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>刷新(&amp;S)</translation>
    </message>
    <message>
        <source>docket-gateway sends each event to the addresses subscribed to it, signed, and tries again with growing pauses when an address does not answer. Subscriptions are added with docketctl webhook add.</source>
        <translation>docket-gateway 将每个事件签名后发送到订阅它的地址，地址无应答时会以逐渐增加的间隔重试。订阅通过 docketctl webhook add 添加。</translation>
    </message>
    <message>
        <source>Deliveries of the selected subscription, newest first:</source>
        <translation>所选订阅的投递记录，最新的在前：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>No subscriptions yet.</source>
        <translation>还没有订阅。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>docketctl</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;.</source>
        <translation>--sort：未知的列“%1”。</translation>
    </message>
    <message>
        <source>Rebuilt the analytics summaries from %L1 orders in %L2 s.</source>
        <translation>已根据 %L1 个订单重建分析汇总，用时 %L2 秒。</translation>
    </message>
    <message>
        <source>The analytics summaries match the orders.</source>
        <translation>分析汇总与订单一致。</translation>
    </message>
    <message>
        <source>Run &quot;docketctl analytics rebuild&quot; to repair them.</source>
        <translation>请运行“docketctl analytics rebuild”进行修复。</translation>
    </message>
    <message>
        <source>Unknown command &quot;analytics %1&quot;; use rebuild or verify.</source>
        <translation>未知命令“analytics %1”；请使用 rebuild 或 verify。</translation>
    </message>
    <message>
        <source>report needs --from and --to (YYYY-MM-DD).</source>
        <translation>report 需要 --from 和 --to（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--tz: &quot;%1&quot; is not a time zone; use an IANA name such as Asia/Shanghai or UTC.</source>
        <translation>--tz：“%1”不是时区；请使用 IANA 名称，例如 Asia/Shanghai 或 UTC。</translation>
    </message>
    <message>
        <source>--granularity: use day, week or month, not &quot;%1&quot;.</source>
        <translation>--granularity：请使用 day、week 或 month，而不是“%1”。</translation>
    </message>
    <message>
        <source>--compare: use previous, last-year or none, not &quot;%1&quot;.</source>
        <translation>--compare：请使用 previous、last-year 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>--format: use csv or json, not &quot;%1&quot;.</source>
        <translation>--format：请使用 csv 或 json，而不是“%1”。</translation>
    </message>
    <message>
        <source>--section: &quot;%1&quot; is not one of all, %2.</source>
        <translation>--section：“%1”不是 all、%2 之一。</translation>
    </message>
    <message>
        <source>No password was given: set DOCKET_PASSWORD or run docketctl on a terminal.</source>
        <translation>未提供密码：请设置 DOCKET_PASSWORD，或在终端中运行 docketctl。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 has no users yet, so nobody may read or change its orders. Create the first administrator with: docketctl user add NAME --admin</source>
        <translation>数据库 %1 还没有用户，因此任何人都不能读取或更改其中的订单。请用以下命令创建第一个管理员：docketctl user add NAME --admin</translation>
    </message>
    <message>
        <source>This database has user accounts: sign in with --user NAME (the password comes from DOCKET_PASSWORD or a prompt).</source>
        <translation>此数据库有用户账户：请使用 --user NAME 登录（密码取自 DOCKET_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Unknown command &quot;role %1&quot;; use &quot;role list&quot;.</source>
        <translation>未知命令“role %1”；请使用“role list”。</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2.</source>
        <translation>--kind：“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>Name the new user: docketctl user add NAME --role ROLE.</source>
        <translation>请指定新用户：docketctl user add NAME --role ROLE。</translation>
    </message>
    <message>
        <source>--admin and --role %1 contradict each other.</source>
        <translation>--admin 与 --role %1 相互矛盾。</translation>
    </message>
    <message>
        <source>The first user must be an administrator: add --admin.</source>
        <translation>第一个用户必须是管理员：请加上 --admin。</translation>
    </message>
    <message>
        <source>The first administrator sees all orders; leave out --scope.</source>
        <translation>第一个管理员可以看到所有订单；请省略 --scope。</translation>
    </message>
    <message>
        <source>Created the first administrator %1. Sign in with --user %1.</source>
        <translation>已创建第一个管理员 %1。请使用 --user %1 登录。</translation>
    </message>
    <message>
        <source>Give the new user a role with --role ROLE (see &quot;docketctl role list&quot;) or --admin.</source>
        <translation>请用 --role ROLE（参见“docketctl role list”）或 --admin 为新用户指定角色。</translation>
    </message>
    <message>
        <source>Added %1 with the role %2; sees: %3.</source>
        <translation>已添加 %1，角色为 %2；可见范围：%3。</translation>
    </message>
    <message>
        <source>Sign in with --user NAME to change your password.</source>
        <translation>请使用 --user NAME 登录后再更改密码。</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已更改 %1 的密码。</translation>
    </message>
    <message>
        <source>Name the user: docketctl user %1 NAME.</source>
        <translation>请指定用户：docketctl user %1 NAME。</translation>
    </message>
    <message>
        <source>--role and --scope go with &quot;user set&quot;.</source>
        <translation>--role 和 --scope 应与“user set”一起使用。</translation>
    </message>
    <message>
        <source>Say what to set: --role ROLE and/or --scope SCOPE.</source>
        <translation>请指明要设置的内容：--role ROLE 和/或 --scope SCOPE。</translation>
    </message>
    <message>
        <source>%1 now has the role %2; sees: %3.</source>
        <translation>%1 现在的角色为 %2；可见范围：%3。</translation>
    </message>
    <message>
        <source>Disabled %1; the account can no longer sign in.</source>
        <translation>已停用 %1；该账户无法再登录。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>已解锁 %1。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Name a user command: add, list, set, disable, enable, unlock, reset-password or passwd.</source>
        <translation>请指定 user 子命令：add、list、set、disable、enable、unlock、reset-password 或 passwd。</translation>
    </message>
    <message>
        <source>Unknown command &quot;user %1&quot;.</source>
        <translation>未知命令“user %1”。</translation>
    </message>
    <message>
        <source>Name the backup file: docketctl backup PATH.</source>
        <translation>请指定备份文件：docketctl backup PATH。</translation>
    </message>
    <message>
        <source>Name the backup to restore: docketctl restore PATH.</source>
        <translation>请指定要恢复的备份：docketctl restore PATH。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 orders, schema version %4, %5).</source>
        <translation>已将 %1 备份到 %2（%3 个订单，架构版本 %4，%5）。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>之前的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Created the Docket schema (version %1) in %2.</source>
        <translation>已在 %2 中创建 Docket 架构（版本 %1）。</translation>
    </message>
    <message>
        <source>%2 already holds a Docket database (schema version %1).</source>
        <translation>%2 中已有 Docket 数据库（架构版本 %1）。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>架构版本：%1（最新 %2）</translation>
    </message>
    <message>
        <source>Orders: %1 (%2 invalid, %3 new)</source>
        <translation>订单：%1（%2 个无效，%3 个新订单）</translation>
    </message>
    <message>
        <source>Schema version %1.</source>
        <translation>架构版本 %1。</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>正在生成数据</translation>
    </message>
    <message>
        <source>Added %1 orders with %2 lines, %3 customers and %4 products in %5 s.</source>
        <translation>已添加 %1 个订单，含 %2 个订单行、%3 个客户和 %4 种商品，用时 %5 秒。</translation>
    </message>
    <message>
        <source>Name the order number to show.</source>
        <translation>请指定要显示的订单号。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Customer: %1 &lt;%2&gt; %3</source>
        <translation>客户：%1 &lt;%2&gt; %3</translation>
    </message>
    <message>
        <source>Ship to: %1, %2 %3, %4</source>
        <translation>收货地址：%1，%2 %3，%4</translation>
    </message>
    <message>
        <source>Status: %1   Channel: %2   Created: %3</source>
        <translation>状态：%1   渠道：%2   创建时间：%3</translation>
    </message>
    <message>
        <source>INVALID: %1 (by %2)</source>
        <translation>无效：%1（由 %2 标记）</translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation>总额：%1 %2</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>Give the reason with --reason TEXT.</source>
        <translation>请用 --reason TEXT 说明原因。</translation>
    </message>
    <message>
        <source>Invalidating</source>
        <translation>正在标记为无效</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Unknown command &quot;orders %1&quot;.</source>
        <translation>未知命令“orders %1”。</translation>
    </message>
    <message>
        <source>Name at least one archive id (see &quot;archive list&quot;).</source>
        <translation>请至少指定一个归档 ID（参见“archive list”）。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;archive %1&quot;.</source>
        <translation>未知命令“archive %1”。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>docketctl: %1</source>
        <translation>docketctl：%1</translation>
    </message>
    <message>
        <source>Run &quot;docketctl --help&quot; for usage.</source>
        <translation>运行“docketctl --help”查看用法。</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) seen.</source>
        <translation>
            <numerusform>已将 %Ln 个订单标记为已查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) invalid.</source>
        <translation>
            <numerusform>已将 %Ln 个订单标记为无效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) valid again.</source>
        <translation>
            <numerusform>已将 %Ln 个订单重新标记为有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln invalid order(s) to the archive.</source>
        <translation>
            <numerusform>已将 %Ln 个无效订单移入归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>  user add NAME --role ROLE [--scope all|own|channels:CODE,CODE]
           [--display-name TEXT] add a user (password from DOCKET_NEW_PASSWORD
                                 or a prompt)
  user add NAME --admin          an administrator; on a database without users,
                                 the first one (DOCKET_PASSWORD also works)
</source>
        <translation>  user add NAME --role ROLE [--scope all|own|channels:CODE,CODE]
           [--display-name TEXT] 添加用户（密码取自 DOCKET_NEW_PASSWORD
                                 或提示输入）
  user add NAME --admin          添加管理员；在没有用户的数据库中，
                                 即第一个管理员（也可使用 DOCKET_PASSWORD）
</translation>
    </message>
    <message>
        <source>  user list                      users with role, scope and state
</source>
        <translation>  user list                      用户及其角色、范围和状态
</translation>
    </message>
    <message>
        <source>  user set NAME [--role ROLE] [--scope SCOPE]
</source>
        <translation>  user set NAME [--role ROLE] [--scope SCOPE]
</translation>
    </message>
    <message>
        <source>  user disable NAME | user enable NAME | user unlock NAME
</source>
        <translation>  user disable NAME | user enable NAME | user unlock NAME
</translation>
    </message>
    <message>
        <source>  user reset-password NAME       set a new password for someone else
</source>
        <translation>  user reset-password NAME       为他人设置新密码
</translation>
    </message>
    <message>
        <source>  user passwd                    change your own password
</source>
        <translation>  user passwd                    更改您自己的密码
</translation>
    </message>
    <message>
        <source>  role list                      roles and their permissions
</source>
        <translation>  role list                      角色及其权限
</translation>
    </message>
    <message>
        <source>  security-log [--about NAME] [--kind KIND] [--from DATE] [--to DATE] [--limit N]
                                 sign-ins, lockouts and changes of rights
</source>
        <translation>  security-log [--about NAME] [--kind KIND] [--from DATE] [--to DATE] [--limit N]
                                 登录、锁定和权限变更
</translation>
    </message>
    <message>
        <source>  report --from YYYY-MM-DD --to YYYY-MM-DD [--granularity day|week|month]
         [--format csv|json] [--tz ZONE] [--compare previous|last-year|none]
         [--channel CODE[,CODE]] [--status CODE[,CODE]] [--section NAME|all]
                                 sales figures (the analytics page&apos;s)
</source>
        <translation>  report --from YYYY-MM-DD --to YYYY-MM-DD [--granularity day|week|month]
         [--format csv|json] [--tz ZONE] [--compare previous|last-year|none]
         [--channel CODE[,CODE]] [--status CODE[,CODE]] [--section NAME|all]
                                 销售数据（与分析页面相同）
</translation>
    </message>
    <message>
        <source>  analytics rebuild | verify     rebuild or check the analytics summaries
</source>
        <translation>  analytics rebuild | verify     重建或检查分析汇总
</translation>
    </message>
    <message>
        <source>  archive restore ID...          put archived orders back
</source>
        <translation>  archive restore ID...          恢复已归档的订单
</translation>
    </message>
    <message>
        <source>  backup PATH                    consistent copy of the live SQLite database
</source>
        <translation>  backup PATH                    当前 SQLite 数据库的一致副本
</translation>
    </message>
    <message>
        <source>  restore PATH                   check a backup, keep the database as .bak,
                                 and replace it with the backup
</source>
        <translation>  restore PATH                   检查备份，将数据库保留为 .bak，
                                 再用备份替换它
</translation>
    </message>
    <message>
        <source>  db info                        schema version and counts
</source>
        <translation>  db info                        架构版本和数量统计
</translation>
    </message>
    <message>
        <source>  db init                        create the schema in a new SQLite file or an
                                 empty PostgreSQL database
</source>
        <translation>  db init                        在新的 SQLite 文件或空的
                                 PostgreSQL 数据库中创建架构
</translation>
    </message>
    <message>
        <source>  db migrate                     apply pending migrations
</source>
        <translation>  db migrate                     应用待执行的迁移
</translation>
    </message>
    <message>
        <source>  orders list [FILTERS] [--limit N] [--sort COLUMN] [--asc|--desc] [--json]
</source>
        <translation>  orders list [FILTERS] [--limit N] [--sort COLUMN] [--asc|--desc] [--json]
</translation>
    </message>
    <message>
        <source>  orders count [FILTERS]
</source>
        <translation>  orders count [FILTERS]
</translation>
    </message>
    <message>
        <source>  orders show NUMBER [--json]    one order with lines and its audit trail
</source>
        <translation>  orders show NUMBER [--json]    一个订单及其订单行和审计记录
</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Name one setting: settings get KEY (see &quot;settings list&quot;).</source>
        <translation>请指定一项设置：settings get KEY（参见“settings list”）。</translation>
    </message>
    <message>
        <source>Give keys and values in pairs: settings set KEY VALUE [KEY VALUE...]. Write a line break in an address as \n.</source>
        <translation>请成对给出键和值：settings set KEY VALUE [KEY VALUE...]。地址中的换行写作 \n。</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 项设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the settings to reset: settings reset KEY...</source>
        <translation>请指定要重置的设置：settings reset KEY...</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) back to the default.</source>
        <translation>
            <numerusform>已将 %n 项设置恢复为默认值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;settings %1&quot;.</source>
        <translation>未知的命令“settings %1”。</translation>
    </message>
    <message>
        <source>  settings list [--json]          the shop settings (every desk uses the same)
</source>
        <translation>  settings list [--json]          店铺设置（所有工作台共用）
</translation>
    </message>
    <message>
        <source>  settings get KEY
</source>
        <translation>  settings get KEY
</translation>
    </message>
    <message>
        <source>  settings set KEY VALUE...       needs &quot;change settings&quot;; audited
</source>
        <translation>  settings set KEY VALUE...       需要“更改设置”权限；会记录审计
</translation>
    </message>
    <message>
        <source>  settings reset KEY...
</source>
        <translation>  settings reset KEY...
</translation>
    </message>
    <message>
        <source>There is no shop setting called &quot;%1&quot;; the settings are: %2.</source>
        <translation>没有名为“%1”的店铺设置；现有设置为：%2。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Role: standby (read-only, in recovery)</source>
        <translation>角色：备库（只读，恢复中）</translation>
    </message>
    <message>
        <source>Replay delay: %1 since the last replayed commit</source>
        <translation>回放延迟：距上次回放的提交已过 %1</translation>
    </message>
    <message>
        <source>Role: primary</source>
        <translation>角色：主库</translation>
    </message>
    <message>
        <source>Standbys: none streaming</source>
        <translation>备库：没有正在流复制的备库</translation>
    </message>
    <message>
        <source>Standby %1 at %2: %3, replay lag %4, %5 behind</source>
        <translation>备库 %1（%2）：%3，回放延迟 %4，落后 %5</translation>
    </message>
    <message>
        <source>Database size: %1</source>
        <translation>数据库大小：%1</translation>
    </message>
    <message>
        <source>File size: %1 (%2 pages of %3 bytes, %4 free); write-ahead log %5</source>
        <translation>文件大小：%1（%2 页，每页 %3 字节，%4 页空闲）；预写日志 %5</translation>
    </message>
    <message>
        <source>Largest tables:</source>
        <translation>最大的表：</translation>
    </message>
    <message>
        <source>  %1: %2 rows (estimated), %3</source>
        <translation>  %1：%2 行（估计），%3</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1：%2 行</translation>
    </message>
    <message>
        <source>Partitions: none (no partitioned tables)</source>
        <translation>分区：无（没有分区表）</translation>
    </message>
    <message>
        <source>Partitions: %1 has %2</source>
        <translation>分区：%1 有 %2 个</translation>
    </message>
    <message>
        <source>WAL archiving: archive_mode %1</source>
        <translation>WAL 归档：archive_mode %1</translation>
    </message>
    <message>
        <source>, last segment %1 at %2</source>
        <translation>，最后归档的段 %1，时间 %2</translation>
    </message>
    <message>
        <source>, %1 failures</source>
        <translation>，失败 %1 次</translation>
    </message>
    <message>
        <source>Last backup: unknown (name the backup folder with --backups DIR)</source>
        <translation>上次备份：未知（请用 --backups DIR 指定备份文件夹）</translation>
    </message>
    <message>
        <source>Last backup: none in %1</source>
        <translation>上次备份：%1 中没有备份</translation>
    </message>
    <message>
        <source>Last backup: %1, %2</source>
        <translation>上次备份：%1，%2</translation>
    </message>
    <message>
        <source>  db status [--backups DIR] [--tables N]
                                 primary or standby, replication lag, sizes,
                                 partitions, WAL archiving, last backup
</source>
        <translation>  db status [--backups DIR] [--tables N]
                                 主库或备库、复制延迟、大小、
                                 分区、WAL 归档、上次备份
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>意外的参数 %1。</translation>
    </message>
    <message>
        <source>Usage: docketctl [--database PATH|URL] [--user NAME] [--lang CODE] [--read-only]
                 [--wait SECONDS] [--verbose] COMMAND ...

  --read-only      open a SQLite file read-only (a file Docket cannot write opens
                   read-only anyway; read commands work on it)
  --wait SECONDS   how long a change waits for another Docket that is writing
                   (default 10), then gives up with exit code 5
  --verbose        technical details of failures (the driver&apos;s words, the statement)

Commands:
</source>
        <translation>用法：docketctl [--database PATH|URL] [--user NAME] [--lang CODE] [--read-only]
                 [--wait SECONDS] [--verbose] COMMAND ...

  --read-only      以只读方式打开 SQLite 文件（Docket 无法写入的文件本来就会
                   以只读方式打开；读取命令可以正常使用）
  --wait SECONDS   更改操作等待另一个正在写入的 Docket 的时长
                   （默认 10 秒），超时后以退出码 5 放弃
  --verbose        失败时的技术细节（驱动程序的原文、语句）

命令：
</translation>
    </message>
    <message>
        <source>To create a Docket database there, run: docketctl --database %1 db init</source>
        <translation>要在那里创建 Docket 数据库，请运行：docketctl --database %1 db init</translation>
    </message>
    <message>
        <source>Opened read-only: %1.</source>
        <translation>以只读方式打开：%1。</translation>
    </message>
    <message>
        <source>give an order number or its beginning.</source>
        <translation>请给出订单号或其开头部分。</translation>
    </message>
    <message>
        <source>status codes</source>
        <translation>状态代码</translation>
    </message>
    <message>
        <source>channel codes</source>
        <translation>渠道代码</translation>
    </message>
    <message>
        <source>--keyword: %1</source>
        <translation>--keyword：%1</translation>
    </message>
    <message>
        <source>give a word to search for.</source>
        <translation>请给出要搜索的词。</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2.</source>
        <translation>无法读取文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1, line %L2</source>
        <translation>%1，第 %L2 行</translation>
    </message>
    <message>
        <source>Name the orders: order numbers, --from-file FILE, or filters (see FILTERS).</source>
        <translation>请指定订单：订单号、--from-file FILE 或筛选条件（见 FILTERS）。</translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) seen; nothing was changed (dry run).</source>
        <translation>
            <numerusform>将把 %Ln 个订单标记为已查看；未做任何更改（试运行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) invalid; nothing was changed (dry run).</source>
        <translation>
            <numerusform>将把 %Ln 个订单标记为无效；未做任何更改（试运行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) valid again; nothing was changed (dry run).</source>
        <translation>
            <numerusform>将把 %Ln 个订单重新标记为有效；未做任何更改（试运行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revalidating</source>
        <translation>正在重新标记为有效</translation>
    </message>
    <message>
        <source>%L1 of the %L2 orders are not marked invalid: the delete would refuse them all (dry run).</source>
        <translation>%L2 个订单中有 %L1 个未标记为无效：删除操作会全部拒绝（试运行）。</translation>
    </message>
    <message numerus="yes">
        <source>Would move %Ln invalid order(s) to the archive; nothing was changed (dry run).</source>
        <translation>
            <numerusform>将把 %Ln 个无效订单移入归档；未做任何更改（试运行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>  orders mark-seen ORDERS | --all [--dry-run]
</source>
        <translation>  orders mark-seen ORDERS | --all [--dry-run]
</translation>
    </message>
    <message>
        <source>  orders invalidate ORDERS --reason TEXT [--dry-run]
</source>
        <translation>  orders invalidate ORDERS --reason TEXT [--dry-run]
</translation>
    </message>
    <message>
        <source>  orders revalidate ORDERS [--dry-run]
</source>
        <translation>  orders revalidate ORDERS [--dry-run]
</translation>
    </message>
    <message>
        <source>  orders delete ORDERS [--dry-run]  only invalid orders; moves them to the archive
  orders delete --all-invalid    every invalid order in scope
    ORDERS: order numbers, and/or --from-file FILE (one number a line, - for
    standard input), and/or FILTERS (all the orders they select; with numbers,
    those of them the filters select). --dry-run prints how many would change.
</source>
        <translation>  orders delete ORDERS [--dry-run]  仅限无效订单；将其移入归档
  orders delete --all-invalid    范围内的所有无效订单
    ORDERS：订单号，和/或 --from-file FILE（每行一个订单号，- 表示
    标准输入），和/或 FILTERS（筛选出的所有订单；与订单号同时给出时，
    为这些订单中符合筛选条件的）。--dry-run 显示将会更改多少个订单。
</translation>
    </message>
    <message>
        <source>docketctl: log: %1</source>
        <translation>docketctl：日志：%1</translation>
    </message>
    <message>
        <source>docketctl: %1 (giving up after %L2 s)</source>
        <translation>docketctl：%1（%L2 秒后放弃）</translation>
    </message>
    <message>
        <source>docketctl: details: %1</source>
        <translation>docketctl：细节：%1</translation>
    </message>
    <message>
        <source>Name the new status with --to STATUS.</source>
        <translation>请用 --to STATUS 指定新状态。</translation>
    </message>
    <message>
        <source>--to: unknown status &quot;%1&quot; (one of: %2).</source>
        <translation>--to：未知状态“%1”（可选：%2）。</translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation>正在更改状态</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>已将 %Ln 个订单转为“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the user with --to USER, or unassign with --nobody.</source>
        <translation>请用 --to USER 指定用户，或用 --nobody 取消分配。</translation>
    </message>
    <message>
        <source>--to: name a user (or unassign with --nobody).</source>
        <translation>--to：请指定用户（或用 --nobody 取消分配）。</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>正在分配</translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %Ln order(s).</source>
        <translation>
            <numerusform>已取消分配 %Ln 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln order(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个订单分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>  orders status NUMBER... --to STATUS [--note TEXT]
                                 through the workflow; all or nothing
</source>
        <translation>  orders status 订单号... --to 状态 [--note 文本]
                                 按工作流程；全部成功或全部不变
</translation>
    </message>
    <message>
        <source>  orders assign NUMBER... --to USER | --nobody
</source>
        <translation>  orders assign 订单号... --to 用户 | --nobody
</translation>
    </message>
    <message>
        <source>Name the key and its role: docketctl apikey create NAME --role ROLE [--scope all|own|channels:web,...] [--rate N].</source>
        <translation>请指定密钥及其角色：docketctl apikey create NAME --role ROLE [--scope all|own|channels:web,...] [--rate N]。</translation>
    </message>
    <message>
        <source>Created the API key %1 (role %2, scope %3, %4 calls a minute). It is shown this once; keep it where the other system keeps its secrets:</source>
        <translation>已创建 API 密钥 %1（角色 %2，范围 %3，每分钟 %4 次调用）。它只显示这一次；请把它保存在另一系统保存机密的地方：</translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation>由 %2 吊销于 %1</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>最后使用于 %1</translation>
    </message>
    <message>
        <source>Name the key to revoke: docketctl apikey revoke NAME.</source>
        <translation>请指定要吊销的密钥：docketctl apikey revoke NAME。</translation>
    </message>
    <message>
        <source>Revoked the API key %1; the gateway refuses it within seconds.</source>
        <translation>已吊销 API 密钥 %1；网关将在几秒内拒绝它。</translation>
    </message>
    <message>
        <source>unknown SKUs: %1</source>
        <translation>未知 SKU：%1</translation>
    </message>
    <message>
        <source>Name the channel: docketctl intake channel set CHANNEL [--secret TEXT | --generate-secret] [--unknown-sku refuse|unlinked].</source>
        <translation>请指定渠道：docketctl intake channel set CHANNEL [--secret TEXT | --generate-secret] [--unknown-sku refuse|unlinked]。</translation>
    </message>
    <message>
        <source>Give --secret or --generate-secret, not both.</source>
        <translation>请给出 --secret 或 --generate-secret，不能同时给出。</translation>
    </message>
    <message>
        <source>The channel %1 takes signed WooCommerce webhooks at /webhooks/woocommerce/%1 (unknown SKUs: %2).</source>
        <translation>渠道 %1 在 /webhooks/woocommerce/%1 接收已签名的 WooCommerce Webhook（未知 SKU：%2）。</translation>
    </message>
    <message>
        <source>Its secret, shown this once (paste it into WooCommerce&apos;s webhook settings):</source>
        <translation>它的密钥，只显示这一次（请粘贴到 WooCommerce 的 Webhook 设置中）：</translation>
    </message>
    <message>
        <source>The channel %1 takes no webhooks any more.</source>
        <translation>渠道 %1 不再接收 Webhook。</translation>
    </message>
    <message>
        <source>docketctl intake channel set|list|remove ...</source>
        <translation>docketctl intake channel set|list|remove ...</translation>
    </message>
    <message>
        <source>Give the receiver&apos;s address: docketctl webhook add URL [--events KIND,...] [--secret TEXT].</source>
        <translation>请给出接收方地址：docketctl webhook add URL [--events KIND,...] [--secret TEXT]。</translation>
    </message>
    <message>
        <source>Webhook %1: %2 gets %3.</source>
        <translation>Webhook %1：%2 接收 %3。</translation>
    </message>
    <message>
        <source>Its signing secret, shown this once (X-Docket-Signature is sha256=HMAC-SHA256 of the body with it):</source>
        <translation>它的签名密钥，只显示这一次（X-Docket-Signature 为 sha256=用它对正文计算的 HMAC-SHA256）：</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>%1 pending, %2 delivered, %3 failed</source>
        <translation>%1 待发送，%2 已送达，%3 失败</translation>
    </message>
    <message>
        <source>Give the webhook&apos;s number (see docketctl webhook list).</source>
        <translation>请给出 Webhook 的编号（参见 docketctl webhook list）。</translation>
    </message>
    <message>
        <source>Webhook %1 removed; what it had not received is given up.</source>
        <translation>已移除 Webhook %1；它尚未收到的内容将被放弃。</translation>
    </message>
    <message>
        <source>Name the account: docketctl service-account create NAME (its password from $DOCKET_NEW_PASSWORD or typed twice).</source>
        <translation>请指定账户：docketctl service-account create NAME（密码取自 $DOCKET_NEW_PASSWORD 或输入两次）。</translation>
    </message>
    <message>
        <source>Created the service account %1. Start the gateway with --database postgresql://%1@HOST/DB (its password in $DOCKET_DATABASE_PASSWORD).</source>
        <translation>已创建服务账户 %1。请用 --database postgresql://%1@HOST/DB 启动网关（密码放在 $DOCKET_DATABASE_PASSWORD 中）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>未知命令“%1 %2”。</translation>
    </message>
    <message>
        <source>  apikey create NAME --role ROLE [--scope SCOPE] [--rate N]
                                  an API key for the gateway (shown once)
</source>
        <translation>  apikey create NAME --role ROLE [--scope SCOPE] [--rate N]
                                  网关的 API 密钥（只显示一次）
</translation>
    </message>
    <message>
        <source>  apikey list | revoke NAME | calls [NAME]
</source>
        <translation>  apikey list | revoke NAME | calls [NAME]
</translation>
    </message>
    <message>
        <source>  intake channel set CHANNEL [--secret S|--generate-secret]
         [--unknown-sku refuse|unlinked]   a channel&apos;s webhook secret
  intake channel list | remove CHANNEL
</source>
        <translation>  intake channel set CHANNEL [--secret S|--generate-secret]
         [--unknown-sku refuse|unlinked]   渠道的 Webhook 密钥
  intake channel list | remove CHANNEL
</translation>
    </message>
    <message>
        <source>  intake log [--channel C] [--limit N]   refused orders
</source>
        <translation>  intake log [--channel C] [--limit N]   被拒收的订单
</translation>
    </message>
    <message>
        <source>  webhook add URL [--events KIND,...] [--secret S]
  webhook list [--all] | remove ID | log ID
</source>
        <translation>  webhook add URL [--events KIND,...] [--secret S]
  webhook list [--all] | remove ID | log ID
</translation>
    </message>
    <message>
        <source>  service-account create NAME     PostgreSQL: the gateway&apos;s own login
</source>
        <translation>  service-account create NAME     PostgreSQL：网关自己的登录
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 个问题；没有导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) read from %1, no problems (nothing imported: --dry-run).</source>
        <translation>
            <numerusform>已从 %1 读取 %n 个订单，没有问题（未导入：--dry-run）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 left alone.</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个，未变 %4 个，未处理 %5 个。</translation>
    </message>
    <message>
        <source>Name the file and its channel: docketctl import orders FILE --channel CHANNEL [--unknown-sku refuse|unlinked] [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...] [--dry-run].</source>
        <translation>请指定文件及其渠道：docketctl import orders FILE --channel CHANNEL [--unknown-sku refuse|unlinked] [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...] [--dry-run]。</translation>
    </message>
    <message>
        <source>  import orders FILE --channel C [--unknown-sku refuse|unlinked]
         [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...]
         [--dry-run]   orders from a CSV export or a JSON list, all or nothing
</source>
        <translation>  import orders FILE --channel C [--unknown-sku refuse|unlinked]
         [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...]
         [--dry-run]   从 CSV 导出文件或 JSON 列表导入订单，全部成功或全部不导入
</translation>
    </message>
    <message>
        <source>--state: one of requested, approved, rejected, received, closed.</source>
        <translation>--state：requested、approved、rejected、received、closed 之一。</translation>
    </message>
    <message>
        <source>	[overdue]</source>
        <translation>	[已逾期]</translation>
    </message>
    <message>
        <source>--reason: one of defective, wrong_item, not_as_described, damaged, changed_mind.</source>
        <translation>--reason：defective、wrong_item、not_as_described、damaged、changed_mind 之一。</translation>
    </message>
    <message>
        <source>returns create ORDER_NUMBER SKU QTY [SKU QTY...] --reason REASON [--note TEXT]</source>
        <translation>returns create ORDER_NUMBER SKU QTY [SKU QTY...] --reason REASON [--note TEXT]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 1 to 1,000,000.</source>
        <translation>%1：“%2”不是 1 到 1,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>Return %1 requested for order %2.</source>
        <translation>已为订单 %2 申请退货 %1。</translation>
    </message>
    <message>
        <source>returns approve ID</source>
        <translation>returns approve ID</translation>
    </message>
    <message>
        <source>Return %1 approved.</source>
        <translation>退货 %1 已批准。</translation>
    </message>
    <message>
        <source>returns reject ID --reason TEXT</source>
        <translation>returns reject ID --reason TEXT</translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation>退货 %1 已拒绝。</translation>
    </message>
    <message>
        <source>returns receive ID --restock CODE [--write-off LINE,...]</source>
        <translation>returns receive ID --restock CODE [--write-off LINE,...]</translation>
    </message>
    <message>
        <source>There is no warehouse with the code %1.</source>
        <translation>没有代码为 %1 的仓库。</translation>
    </message>
    <message>
        <source>Name the warehouse the goods go back to: --restock CODE (or write every line off with --write-off).</source>
        <translation>请指定货物退回的仓库：--restock CODE（或用 --write-off 将每行报损）。</translation>
    </message>
    <message>
        <source>Return %1 received: %2 of %3 line(s) restocked.</source>
        <translation>退货 %1 已收货：%3 行中有 %2 行重新入库。</translation>
    </message>
    <message>
        <source>returns close ID --refund AMOUNT | --exchange | --repair --note TEXT</source>
        <translation>returns close ID --refund AMOUNT | --exchange | --repair --note TEXT</translation>
    </message>
    <message>
        <source>Choose one resolution: --refund AMOUNT, --exchange or --repair.</source>
        <translation>请选择一种处理方式：--refund AMOUNT、--exchange 或 --repair。</translation>
    </message>
    <message>
        <source>Return %1 closed: replacement order %2.</source>
        <translation>退货 %1 已关闭：替换订单 %2。</translation>
    </message>
    <message>
        <source>Return %1 closed: repaired.</source>
        <translation>退货 %1 已关闭：已维修。</translation>
    </message>
    <message>
        <source>--refund: &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation>--refund：“%1”不是像 12.50 这样的金额。</translation>
    </message>
    <message>
        <source>Return %1 closed: %2 refunded.</source>
        <translation>退货 %1 已关闭：已退款 %2。</translation>
    </message>
    <message>
        <source>feedback add ORDER_NUMBER --rating 1-5 COMMENT | --note TEXT</source>
        <translation>feedback add ORDER_NUMBER --rating 1-5 COMMENT | --note TEXT</translation>
    </message>
    <message>
        <source>--rating: a whole number from 1 to 5.</source>
        <translation>--rating：1 到 5 之间的整数。</translation>
    </message>
    <message>
        <source>Added to order %1.</source>
        <translation>已添加到订单 %1。</translation>
    </message>
    <message>
        <source>  returns list [--open] [--overdue] [--state STATE] [--order NUMBER]
</source>
        <translation>  returns list [--open] [--overdue] [--state STATE] [--order NUMBER]
</translation>
    </message>
    <message>
        <source>  returns create NUMBER SKU QTY [SKU QTY...] --reason REASON [--note TEXT]
</source>
        <translation>  returns create NUMBER SKU QTY [SKU QTY...] --reason REASON [--note TEXT]
</translation>
    </message>
    <message>
        <source>  returns approve ID | reject ID --reason TEXT
</source>
        <translation>  returns approve ID | reject ID --reason TEXT
</translation>
    </message>
    <message>
        <source>  returns receive ID --restock CODE [--write-off LINE,...]
</source>
        <translation>  returns receive ID --restock CODE [--write-off LINE,...]
</translation>
    </message>
    <message>
        <source>  returns close ID --refund AMOUNT | --exchange | --repair --note TEXT
</source>
        <translation>  returns close ID --refund AMOUNT | --exchange | --repair --note TEXT
</translation>
    </message>
    <message>
        <source>  feedback add NUMBER --rating 1-5 COMMENT | --note TEXT
</source>
        <translation>  feedback add NUMBER --rating 1-5 COMMENT | --note TEXT
</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %L3 to %L4.</source>
        <translation>%1：“%2”不是 %L3 到 %L4 之间的整数。</translation>
    </message>
    <message>
        <source>Name the warehouse: %1 CODE (see &quot;warehouses list&quot;).</source>
        <translation>请指定仓库：%1 CODE（见“warehouses list”）。</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>没有 SKU 为 %1 的商品。</translation>
    </message>
    <message>
        <source>Give SKUs and quantities in pairs: SKU QTY [SKU QTY...].</source>
        <translation>请成对给出 SKU 和数量：SKU QTY [SKU QTY...]。</translation>
    </message>
    <message>
        <source>	%1 days</source>
        <translation>	%1 天</translation>
    </message>
    <message>
        <source>	[low]</source>
        <translation>	[低库存]</translation>
    </message>
    <message>
        <source>	[inactive]</source>
        <translation>	[已停用]</translation>
    </message>
    <message>
        <source>%L1 of %L2 products shown.</source>
        <translation>显示了 %L2 个商品中的 %L1 个。</translation>
    </message>
    <message>
        <source>Name one file: products import FILE.csv (&quot;-&quot; reads standard input).</source>
        <translation>请指定一个文件：products import FILE.csv（“-”表示读取标准输入）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n 行有问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Would add %L1 products and change %L2 (%L3 unchanged); nothing was written.</source>
        <translation>将添加 %L1 个商品、修改 %L2 个（%L3 个不变）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Added %L1 products and changed %L2 (%L3 unchanged).</source>
        <translation>已添加 %L1 个商品、修改 %L2 个（%L3 个不变）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>--price: &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation>--price：“%1”不是像 12.50 这样的金额。</translation>
    </message>
    <message>
        <source>--cost: &quot;%1&quot; is not an amount such as 7.25.</source>
        <translation>--cost：“%1”不是像 7.25 这样的金额。</translation>
    </message>
    <message>
        <source>products add SKU NAME [--price P] [--cost C] [--safety-stock N]</source>
        <translation>products add SKU NAME [--price P] [--cost C] [--safety-stock N]</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>warehouses add CODE NAME [--address TEXT]</source>
        <translation>warehouses add CODE NAME [--address TEXT]</translation>
    </message>
    <message>
        <source>Added warehouse %1.</source>
        <translation>已添加仓库 %1。</translation>
    </message>
    <message>
        <source>warehouses channel CHANNEL CODE (&quot;none&quot;: the channel stops tracking stock)</source>
        <translation>warehouses channel CHANNEL CODE（“none”：该渠道停止跟踪库存）</translation>
    </message>
    <message>
        <source>Orders of %1 reserve in %2.</source>
        <translation>%1 的订单在 %2 预留。</translation>
    </message>
    <message>
        <source>Orders of %1 no longer track stock.</source>
        <translation>%1 的订单不再跟踪库存。</translation>
    </message>
    <message>
        <source>SKU	on hand	reserved	available	backordered</source>
        <translation>SKU	现有	预留	可用	缺货待补</translation>
    </message>
    <message>
        <source>%L1 products below their safety stock.</source>
        <translation>%L1 个商品低于安全库存。</translation>
    </message>
    <message>
        <source>Received %L1 units into %2.</source>
        <translation>已向 %2 入库 %L1 件。</translation>
    </message>
    <message>
        <source>Give the reason: --reason TEXT.</source>
        <translation>请给出原因：--reason TEXT。</translation>
    </message>
    <message>
        <source>stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT</source>
        <translation>stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT</translation>
    </message>
    <message>
        <source>%1 in %2: %L3 on hand.</source>
        <translation>%1 在 %2：现有 %L3。</translation>
    </message>
    <message>
        <source>stock adjust --warehouse CODE SKU ON_HAND --reason TEXT</source>
        <translation>stock adjust --warehouse CODE SKU ON_HAND --reason TEXT</translation>
    </message>
    <message>
        <source>%1 in %2: %L3 on hand (%4).</source>
        <translation>%1 在 %2：现有 %L3（%4）。</translation>
    </message>
    <message>
        <source>The stock figures equal the ledger: %L1 movements, %L2 stock rows.</source>
        <translation>库存数据与台账一致：%L1 条变动，%L2 行库存。</translation>
    </message>
    <message>
        <source>The stock figures differ from the ledger (see above). &quot;stock rebuild&quot;, run by an administrator, recomputes them from the ledger.</source>
        <translation>库存数据与台账不一致（见上文）。由管理员运行“stock rebuild”可根据台账重新计算。</translation>
    </message>
    <message>
        <source>The stock figures were recomputed from the ledger.</source>
        <translation>已根据台账重新计算库存数据。</translation>
    </message>
    <message>
        <source>Seeding stock</source>
        <translation>正在生成库存</translation>
    </message>
    <message>
        <source>Added %L1 warehouses and %L2 products, gave %L3 products a cost, received %L4 units.</source>
        <translation>已添加 %L1 个仓库和 %L2 个商品，为 %L3 个商品设置了成本，入库 %L4 件。</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 started: %L3 lines to count.</source>
        <translation>%2 的盘点 %1 已开始：需盘点 %L3 行。</translation>
    </message>
    <message>
        <source>stocktake show ID [--all]</source>
        <translation>stocktake show ID [--all]</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2, %3: %L4 of %L5 lines counted.</source>
        <translation>%2 的盘点 %1，%3：已盘点 %L4 / %L5 行。</translation>
    </message>
    <message>
        <source>SKU	expected	counted	variance	moved since</source>
        <translation>SKU	预期	已盘点	差异	此后变动</translation>
    </message>
    <message>
        <source>stocktake import ID FILE.csv (&quot;sku,counted&quot;)</source>
        <translation>stocktake import ID FILE.csv（“sku,counted”）</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) counted.</source>
        <translation>
            <numerusform>已盘点 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>stocktake count ID SKU COUNTED [SKU COUNTED...]</source>
        <translation>stocktake count ID SKU COUNTED [SKU COUNTED...]</translation>
    </message>
    <message>
        <source>stocktake post ID</source>
        <translation>stocktake post ID</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: %n line(s) changed the stock.</source>
        <translation>
            <numerusform>盘点 %1 已过账：%n 行改变了库存。</numerusform>
        </translation>
    </message>
    <message>
        <source>stocktake cancel ID</source>
        <translation>stocktake cancel ID</translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled.</source>
        <translation>盘点 %1 已取消。</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3 drafted.</source>
        <translation>已创建从 %2 到 %3 的调拨 %1 草稿。</translation>
    </message>
    <message>
        <source>%L1 units</source>
        <translation>%L1 件</translation>
    </message>
    <message>
        <source>transfer send ID</source>
        <translation>transfer send ID</translation>
    </message>
    <message>
        <source>Transfer %1 is in transit.</source>
        <translation>调拨 %1 在途中。</translation>
    </message>
    <message>
        <source>transfer receive ID [SKU RECEIVED...]</source>
        <translation>transfer receive ID [SKU RECEIVED...]</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1 received, %n unit(s) short.</source>
        <translation>
            <numerusform>调拨 %1 已接收，短缺 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer %1 received in full.</source>
        <translation>调拨 %1 已全部接收。</translation>
    </message>
    <message>
        <source>  products list [--search TEXT] [--low] [--backordered] [--warehouse CODE]
                [--inactive|--all] [--limit N] [--json]
</source>
        <translation>  products list [--search TEXT] [--low] [--backordered] [--warehouse CODE]
                [--inactive|--all] [--limit N] [--json]
</translation>
    </message>
    <message>
        <source>  products add SKU NAME [--price P] [--cost C] [--safety-stock N]
</source>
        <translation>  products add SKU NAME [--price P] [--cost C] [--safety-stock N]
</translation>
    </message>
    <message>
        <source>  products import FILE.csv [--dry-run]  sku,name,price,cost,safety_stock,active; all or nothing
</source>
        <translation>  products import FILE.csv [--dry-run]  sku,name,price,cost,safety_stock,active；全部导入或都不导入
</translation>
    </message>
    <message>
        <source>  products export [FILE.csv] [--search TEXT] [--low]
</source>
        <translation>  products export [FILE.csv] [--search TEXT] [--low]
</translation>
    </message>
    <message>
        <source>  warehouses list
</source>
        <translation>  warehouses list
</translation>
    </message>
    <message>
        <source>  warehouses add CODE NAME [--address TEXT]
</source>
        <translation>  warehouses add CODE NAME [--address TEXT]
</translation>
    </message>
    <message>
        <source>  warehouses channel CHANNEL CODE|none  where a channel&apos;s orders reserve
</source>
        <translation>  warehouses channel CHANNEL CODE|none  渠道订单在哪个仓库预留
</translation>
    </message>
    <message>
        <source>  stock list [--sku SKU | --warehouse CODE --low ...]
</source>
        <translation>  stock list [--sku SKU | --warehouse CODE --low ...]
</translation>
    </message>
    <message>
        <source>  stock receive --warehouse CODE SKU QTY [SKU QTY...] [--note TEXT]
</source>
        <translation>  stock receive --warehouse CODE SKU QTY [SKU QTY...] [--note TEXT]
</translation>
    </message>
    <message>
        <source>  stock adjust --warehouse CODE SKU ON_HAND --reason TEXT
  stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT
</source>
        <translation>  stock adjust --warehouse CODE SKU ON_HAND --reason TEXT
  stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT
</translation>
    </message>
    <message>
        <source>  stock movements [--sku SKU] [--warehouse CODE] [--limit N]
</source>
        <translation>  stock movements [--sku SKU] [--warehouse CODE] [--limit N]
</translation>
    </message>
    <message>
        <source>  stock verify                    proves the stock figures equal the ledger
</source>
        <translation>  stock verify                    证明库存数据与台账一致
</translation>
    </message>
    <message>
        <source>  stock rebuild
</source>
        <translation>  stock rebuild
</translation>
    </message>
    <message>
        <source>  stocktake start --warehouse CODE [--sku SKU,...] [--note TEXT]
</source>
        <translation>  stocktake start --warehouse CODE [--sku SKU,...] [--note TEXT]
</translation>
    </message>
    <message>
        <source>  stocktake list [--open]
</source>
        <translation>  stocktake list [--open]
</translation>
    </message>
    <message>
        <source>  stocktake show ID [--all]
</source>
        <translation>  stocktake show ID [--all]
</translation>
    </message>
    <message>
        <source>  stocktake count ID SKU COUNTED [SKU COUNTED...]
</source>
        <translation>  stocktake count ID SKU COUNTED [SKU COUNTED...]
</translation>
    </message>
    <message>
        <source>  stocktake import ID FILE.csv     a scanner&apos;s &quot;sku,counted&quot; file
</source>
        <translation>  stocktake import ID FILE.csv     扫描器的“sku,counted”文件
</translation>
    </message>
    <message>
        <source>  stocktake post ID | cancel ID
</source>
        <translation>  stocktake post ID | cancel ID
</translation>
    </message>
    <message>
        <source>  transfer create --from CODE --to CODE SKU QTY [SKU QTY...] [--note TEXT]
</source>
        <translation>  transfer create --from CODE --to CODE SKU QTY [SKU QTY...] [--note TEXT]
</translation>
    </message>
    <message>
        <source>  transfer list [--open]
</source>
        <translation>  transfer list [--open]
</translation>
    </message>
    <message>
        <source>  transfer send ID
</source>
        <translation>  transfer send ID
</translation>
    </message>
    <message>
        <source>  transfer receive ID [SKU RECEIVED...]  what did not arrive is recorded short
</source>
        <translation>  transfer receive ID [SKU RECEIVED...]  未到达的部分记为短缺
</translation>
    </message>
    <message>
        <source>  seed --orders N [--seed S]     add N realistic demo orders; with
       [--fulfilment K]          --fulfilment K the youngest K get payments,
                                 shipments, refunds, and a few new ones
                                 wait in review
</source>
        <translation>  seed --orders N [--seed S]     添加 N 个逼真的演示订单；使用
       [--fulfilment K]          --fulfilment K 时最新的 K 个带有付款、
                                 发货、退款，另有几个新订单
                                 等待审核
</translation>
    </message>
    <message>
        <source>Name the order by its number.</source>
        <translation>请用订单号指定订单。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 number.</source>
        <translation>“%1”不是有效的%2编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money such as 12.50.</source>
        <translation>“%1”不是金额（例如 12.50）。</translation>
    </message>
    <message>
        <source>--lines takes LINE:QUANTITY pairs such as 1:2,3:1; &quot;%1&quot; is not one.</source>
        <translation>--lines 需要“行:数量”对，例如 1:2,3:1；“%1”不是有效值。</translation>
    </message>
    <message>
        <source>--lines names no line.</source>
        <translation>--lines 没有指定任何行。</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>订单 %1 没有第 %2 行。</translation>
    </message>
    <message>
        <source>payments add NUMBER METHOD AMOUNT [--reference REF] [--pending]</source>
        <translation>payments add 订单号 付款方式 金额 [--reference 参考号] [--pending]</translation>
    </message>
    <message>
        <source>Payment #%1 recorded; %2 of %3 paid.</source>
        <translation>已记录付款 #%1；%3 中已付 %2。</translation>
    </message>
    <message>
        <source>refund #%1	%2	-%3	to payment #%4	%5	%6
</source>
        <translation>退款 #%1	%2	-%3	退回付款 #%4	%5	%6
</translation>
    </message>
    <message>
        <source>%1 of %2 paid.</source>
        <translation>%2 中已付 %1。</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Payment #%1 is %2.</source>
        <translation>付款 #%1 现在是%2。</translation>
    </message>
    <message>
        <source>refund NUMBER PAYMENT (AMOUNT | --lines LINE:QTY,...) --reason TEXT</source>
        <translation>refund 订单号 付款编号 (金额 | --lines 行:数量,...) --reason 原因</translation>
    </message>
    <message>
        <source>Refund #%1 recorded; %2 of %3 paid now.</source>
        <translation>已记录退款 #%1；现在 %3 中已付 %2。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was shipped.</source>
        <translation>
            <numerusform>%n 行有问题；未发出任何货物。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would ship.</source>
        <translation>
            <numerusform>将发货 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) recorded.</source>
        <translation>
            <numerusform>已记录 %n 次发货。</numerusform>
        </translation>
    </message>
    <message>
        <source>ship NUMBER CARRIER [TRACKING] [--lines LINE:QTY,...] | ship --csv FILE [--dry-run]</source>
        <translation>ship 订单号 承运商 [运单号] [--lines 行:数量,...] | ship --csv 文件 [--dry-run]</translation>
    </message>
    <message>
        <source>Shipment #%1 recorded; order %2 is %3.</source>
        <translation>已记录包裹 #%1；订单 %2 现在是%3。</translation>
    </message>
    <message>
        <source>--at takes a time such as 2024-06-15T14:30 (local) or 2024-06-15T12:30Z.</source>
        <translation>--at 需要时间，例如 2024-06-15T14:30（本地时间）或 2024-06-15T12:30Z。</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Tracking event #%1 recorded.</source>
        <translation>已记录物流事件 #%1。</translation>
    </message>
    <message>
        <source>Shipment #%1 is delivered.</source>
        <translation>包裹 #%1 已签收。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) await review.</source>
        <translation>
            <numerusform>%n 笔订单等待审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one order number.</source>
        <translation>请至少指定一个订单号。</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n order(s).</source>
        <translation>
            <numerusform>已通过 %n 笔订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n order(s); they are marked invalid.</source>
        <translation>
            <numerusform>已拒绝 %n 笔订单，并标记为无效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule set version %1</source>
        <translation>规则集版本 %1</translation>
    </message>
    <message>
        <source>rules set RULE on|off | RULE SETTING VALUE... [--note TEXT] (see &quot;rules list&quot;)</source>
        <translation>rules set 规则 on|off | 规则 设置项 值... [--note 备注]（参见“rules list”）</translation>
    </message>
    <message>
        <source>The review rules are at version %1.</source>
        <translation>审核规则现为版本 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n order(s) unpaid past their time limit.</source>
        <translation>
            <numerusform>已取消 %n 笔超过期限仍未付款的订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments, refunds and shipments agree with every order.</source>
        <translation>付款、退款和发货记录与所有订单一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>  payments add NUMBER METHOD AMOUNT [--reference REF] [--pending]
</source>
        <translation>  payments add 订单号 付款方式 金额 [--reference 参考号] [--pending]
</translation>
    </message>
    <message>
        <source>  payments list NUMBER [--json]
</source>
        <translation>  payments list 订单号 [--json]
</translation>
    </message>
    <message>
        <source>  payments capture|fail|void PAYMENT   a pending payment
</source>
        <translation>  payments capture|fail|void 付款编号   处理一笔待处理付款
</translation>
    </message>
    <message>
        <source>  refund NUMBER PAYMENT AMOUNT|--lines LINE:QTY,... --reason TEXT
</source>
        <translation>  refund 订单号 付款编号 金额|--lines 行:数量,... --reason 原因
</translation>
    </message>
    <message>
        <source>  ship NUMBER CARRIER [TRACKING] [--lines LINE:QTY,...]
  ship --csv FILE [--dry-run]    number,carrier,tracking a row; all or nothing
</source>
        <translation>  ship 订单号 承运商 [运单号] [--lines 行:数量,...]
  ship --csv 文件 [--dry-run]    每行：订单号,承运商,运单号；全部成功或全部不做
</translation>
    </message>
    <message>
        <source>  review list [--limit N] [--json]
</source>
        <translation>  review list [--limit 数量] [--json]
</translation>
    </message>
    <message>
        <source>  review approve NUMBER...
</source>
        <translation>  review approve 订单号...
</translation>
    </message>
    <message>
        <source>  review reject NUMBER... --reason TEXT
</source>
        <translation>  review reject 订单号... --reason 原因
</translation>
    </message>
    <message>
        <source>  rules list [--json]
</source>
        <translation>  rules list [--json]
</translation>
    </message>
    <message>
        <source>  rules set RULE on|off | RULE SETTING VALUE [--note TEXT]
</source>
        <translation>  rules set 规则 on|off | 规则 设置项 值 [--note 备注]
</translation>
    </message>
    <message>
        <source>  jobs run                       cancels orders unpaid past their limit (when on)
</source>
        <translation>  jobs run                       取消超过期限仍未付款的订单（如已开启）
</translation>
    </message>
    <message>
        <source>  records verify                 paid and shipped figures against their records
</source>
        <translation>  records verify                 核对已付和已发货数字与其记录
</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is neither product nor channel.</source>
        <translation>--by：“%1”既不是 product 也不是 channel。</translation>
    </message>
    <message>
        <source>Stock at cost: %1 (%L2 units on hand).</source>
        <translation>库存成本：%1（现有 %L2 件）。</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): %L1 units shipped, %2 at cost.</source>
        <translation>
            <numerusform>最近 %n 天：已发货 %L1 件，成本 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnover: %L1.</source>
        <translation>周转率：%L1。</translation>
    </message>
    <message>
        <source>Days of cover: %L1.</source>
        <translation>可供天数：%L1。</translation>
    </message>
    <message>
        <source>%L1 of %L2 returned</source>
        <translation>%L2 件中退回 %L1 件</translation>
    </message>
    <message>
        <source>  stock analytics [--days N] [--by product|channel] [--top N]  stock value, turnover, lost sales, return rates
</source>
        <translation>  stock analytics [--days N] [--by product|channel] [--top N]  库存价值、周转率、缺货损失、退货率
</translation>
    </message>
    <message>
        <source>
Once the database has users, every command except &quot;db migrate&quot; signs in:
--user NAME (or $DOCKET_USER), the password from $DOCKET_PASSWORD or a prompt.
The command then may do only what that user&apos;s role and scope allow.

FILTERS: --number PREFIX | --exact NUMBER, --from YYYY-MM-DD, --to YYYY-MM-DD,
         --status CODE[,CODE], --channel CODE[,CODE], --keyword TEXT,
         --region COUNTRY/REGION[,...], --sku SKU[,SKU], --new, --overdue,
         --due overdue|soon, --invalid, --all-validity
COLUMN:  number, customer, amount, created, status, channel, due

The database defaults to $DOCKET_DATABASE, else %1.
Exit codes: 0 done, 1 failed, 2 bad usage or input, 3 not found, 4 not allowed,
5 conflict.
</source>
        <translation>
数据库有用户后，除“db migrate”外的每个命令都需要登录：
--user NAME（或 $DOCKET_USER），密码取自 $DOCKET_PASSWORD 或提示输入。
之后命令只能执行该用户的角色和范围所允许的操作。

FILTERS（筛选条件）：--number PREFIX | --exact NUMBER, --from YYYY-MM-DD, --to YYYY-MM-DD,
         --status CODE[,CODE], --channel CODE[,CODE], --keyword TEXT,
         --region COUNTRY/REGION[,...], --sku SKU[,SKU], --new, --overdue,
         --due overdue|soon, --invalid, --all-validity
COLUMN（排序列）：number, customer, amount, created, status, channel, due

数据库默认为 $DOCKET_DATABASE，否则为 %1。
退出码：0 完成，1 失败，2 用法或输入错误，3 未找到，4 不允许，
5 冲突。
</translation>
    </message>
    <message>
        <source>--due: &quot;%1&quot; is neither &quot;overdue&quot; (past the deadline of the step) nor &quot;soon&quot; (due within 24 h).</source>
        <translation>--due：“%1”既不是“overdue”（已过该步骤的期限）也不是“soon”（24 小时内到期）。</translation>
    </message>
    <message>
        <source>Lines: %1 %2</source>
        <translation>商品：%1 %2</translation>
    </message>
    <message>
        <source>Shipping: %1 %2</source>
        <translation>运费：%1 %2</translation>
    </message>
    <message>
        <source>Tax (%1%): %2 %3</source>
        <translation>税（%1%）：%2 %3</translation>
    </message>
    <message>
        <source>Lost to backorders: %L1 units, %2 at cost.</source>
        <translation>因缺货损失：%L1 件，按成本计 %2。</translation>
    </message>
    <message>
        <source>  archive list [--number PREFIX] [--keyword TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
                                 customer words and order dates as in orders list
</source>
        <translation>  archive list [--number PREFIX] [--keyword TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
                                 客户的词与下单日期，规则同 orders list
</translation>
    </message>
    <message>
        <source>Added %L1 returns (%L2 open past their deadline) and feedback on %L3 orders.</source>
        <translation>已添加 %L1 个退货（其中 %L2 个已超过期限仍未处理），并为 %L3 个订单添加了评价。</translation>
    </message>
    <message>
        <source>  stock seed [--products N] [--warehouses W] [--seed S]  demo warehouses, products and stock,
             [--returns N] [--feedback N]  returns in every state, feedback
</source>
        <translation>  stock seed [--products N] [--warehouses W] [--seed S]  演示用的仓库、商品和库存，
             [--returns N] [--feedback N]  各种状态的退货和客户评价
</translation>
    </message>
    <message>
        <source>track add SHIPMENT|CARRIER TRACKING --text STATUS [--place PLACE] [--at TIME]</source>
        <translation>track add 包裹编号|承运商 运单号 --text 状态 [--place 地点] [--at 时间]</translation>
    </message>
    <message>
        <source>track delivered SHIPMENT|CARRIER TRACKING [--at TIME]</source>
        <translation>track delivered 包裹编号|承运商 运单号 [--at 时间]</translation>
    </message>
    <message>
        <source>track import FILE [--dry-run] [--json]</source>
        <translation>track import 文件 [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>  track add SHIPMENT|CARRIER TRACKING --text STATUS [--place PLACE] [--at TIME]
</source>
        <translation>  track add 包裹编号|承运商 运单号 --text 状态 [--place 地点] [--at 时间]
</translation>
    </message>
    <message>
        <source>  track delivered SHIPMENT|CARRIER TRACKING [--at TIME]
</source>
        <translation>  track delivered 包裹编号|承运商 运单号 [--at 时间]
</translation>
    </message>
    <message>
        <source>  track import FILE [--dry-run] [--json]   a carrier&apos;s CSV: carrier,tracking_number,time,place,status
</source>
        <translation>  track import 文件 [--dry-run] [--json]   承运商的 CSV：carrier,tracking_number,time,place,status
</translation>
    </message>
    <message>
        <source>Version %1	%2	%3</source>
        <translation>版本 %1	%2	%3</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>The first version of the rules.</source>
        <translation>规则的第一个版本。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>  rules history [--limit N] [--json]   every version, with what it changed
</source>
        <translation>  rules history [--limit N] [--json]   每个版本及其更改内容
</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking event(s)</source>
        <translation>
            <numerusform>%n 个物流事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be added, %L2 there already, %3 delivered.</source>
        <translation>将添加 %1，%L2 个已存在，%3已送达。</translation>
    </message>
    <message>
        <source>%1 added, %L2 there already, %3 delivered.</source>
        <translation>已添加 %1，%L2 个已存在，%3已送达。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Docket order desk</source>
        <translation>Docket 订单工作台</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>SQLite 文件或 postgresql:// URL。</translation>
    </message>
    <message>
        <source>Language: en, zh_CN, zh_TW.</source>
        <translation>语言：en、zh_CN、zh_TW。</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new one?</source>
        <translation>%1 处没有数据库。要新建一个吗？</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot Sign In</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source>Open a SQLite file read-only (nothing can be changed).</source>
        <translation>以只读方式打开 SQLite 文件（无法进行任何更改）。</translation>
    </message>
</context>
</TS>
