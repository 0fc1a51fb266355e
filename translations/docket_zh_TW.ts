<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnalyticsQuery</name>
    <message>
        <source>The period needs a first day.</source>
        <translation>期間需要起始日期。</translation>
    </message>
    <message>
        <source>The period needs a last day.</source>
        <translation>期間需要截止日期。</translation>
    </message>
    <message>
        <source>The period is longer than 30 years; choose a shorter one.</source>
        <translation>期間超過 30 年；請選擇更短的期間。</translation>
    </message>
    <message>
        <source>The time zone is not known.</source>
        <translation>未知的時區。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知狀態「%1」。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation>未知通路「%1」。</translation>
    </message>
    <message>
        <source>The number of top products must be between 1 and 100.</source>
        <translation>排名商品數量必須介於 1 到 100 之間。</translation>
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
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation>（無 SKU）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 sees only part of the orders and so cannot rebuild the analytics summaries, which cover all of them.</source>
        <translation>%1 只能看到部分訂單，因此無法重建涵蓋全部訂單的分析彙總。</translation>
    </message>
    <message>
        <source>%1: %2 rows missing or wrong, %3 rows extra.</source>
        <translation>%1：%2 列缺失或錯誤，%3 列多餘。</translation>
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
        <translation>加密庫啟動失敗。</translation>
    </message>
    <message>
        <source>A key&apos;s name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit: &quot;%1&quot; is not.</source>
        <translation>金鑰名稱為 1 到 64 個字母、數字、點、短橫線或下劃線，以字母或數字開頭：「%1」不符合。</translation>
    </message>
    <message>
        <source>The rate limit is a number of calls per minute from 1 to 1,000,000.</source>
        <translation>速率限制是每分鐘呼叫次數，從 1 到 1,000,000。</translation>
    </message>
    <message>
        <source>Name at least one channel.</source>
        <translation>請至少指定一個通路。</translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;.</source>
        <translation>沒有銷售通路「%1」。</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>沒有角色「%1」。</translation>
    </message>
    <message>
        <source>An API key called &quot;%1&quot; exists already.</source>
        <translation>名為「%1」的 API 金鑰已存在。</translation>
    </message>
    <message>
        <source>There is no API key &quot;%1&quot;.</source>
        <translation>沒有 API 金鑰「%1」。</translation>
    </message>
    <message>
        <source>The API key &quot;%1&quot; is revoked already.</source>
        <translation>API 金鑰「%1」已被吊銷。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The database cannot take the copy (its page size differs or it is read-only).</source>
        <translation>資料庫無法接收該副本（頁面大小不同或為唯讀）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: back it up on the server (pg_dump); Docket backs up SQLite database files.</source>
        <translation>%1 是 PostgreSQL 資料庫：請在伺服器上備份（pg_dump）；Docket 只備份 SQLite 資料庫檔案。</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>請選擇備份到的檔案。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the backup.</source>
        <translation>%1 是資料夾；請為備份選擇一個檔名。</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the folder %2 does not exist.</source>
        <translation>無法備份到 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another file for the backup.</source>
        <translation>%1 就是資料庫本身；請為備份選擇其他檔案。</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>%1 處沒有可備份的資料庫。</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>備份已取消；未寫入任何檔案。</translation>
    </message>
    <message>
        <source>The backup copy failed its check: %1</source>
        <translation>備份副本未通過檢查：%1</translation>
    </message>
    <message>
        <source>Choose a backup file to restore.</source>
        <translation>請選擇要還原的備份檔案。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 處沒有檔案。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 是資料夾，不是備份檔案。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it is not a SQLite database file).</source>
        <translation>%1 不是 Docket 備份（它不是 SQLite 資料庫檔案）。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (integrity check: %2).</source>
        <translation>%1 已損壞，無法還原（完整性檢查：%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it has no Docket tables).</source>
        <translation>%1 不是 Docket 備份（其中沒有 Docket 的表）。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>無法還原 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it records no schema version).</source>
        <translation>%1 不是 Docket 備份（其中沒有記錄架構版本）。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Docket (schema %2; this version knows up to %3). Update Docket to restore it.</source>
        <translation>%1 由更新版本的 Docket 建立（架構 %2；本版本最高支援 %3）。請先升級 Docket 再還原。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file to restore.</source>
        <translation>%1 就是資料庫本身；請選擇要還原的備份檔案。</translation>
    </message>
    <message>
        <source>Cannot restore to %1: the folder %2 does not exist.</source>
        <translation>無法還原到 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>The restore was cancelled; the database was not changed.</source>
        <translation>還原已取消；資料庫未被變更。</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database, so nothing was restored: %1</source>
        <translation>無法保留目前資料庫的副本，因此未還原任何內容：%1</translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings for the daily backups.</source>
        <translation>請在「設定」中為每日備份選擇備份資料夾。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>無法建立備份資料夾 %1。</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>檢查已取消；未做任何變更。</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message numerus="yes">
        <source>Invalidating %Ln Order(s)</source>
        <translation>
            <numerusform>將 %Ln 筆訂單標記為無效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %Ln Order(s) Valid</source>
        <translation>
            <numerusform>將 %Ln 筆訂單標記為有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln Order(s)</source>
        <translation>
            <numerusform>刪除 %Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status Change of %Ln Order(s)</source>
        <translation>
            <numerusform>%Ln 筆訂單的狀態變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning %Ln Order(s)</source>
        <translation>
            <numerusform>指派 %Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %Ln Order(s) Seen</source>
        <translation>
            <numerusform>將 %Ln 筆訂單標記為已檢視</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何變更。</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %Ln Order(s)</source>
        <translation>
            <numerusform>還原 %Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Undo “%1”</source>
        <translation>無法復原「%1」</translation>
    </message>
    <message>
        <source>Could Not Redo “%1”</source>
        <translation>無法重做「%1」</translation>
    </message>
    <message>
        <source>Your role does not have the right “%1”, which this needs.</source>
        <translation>您的角色沒有此操作所需的權限「%1」。</translation>
    </message>
    <message>
        <source>The step stays in the undo list: undo it again once the connection is back.</source>
        <translation>此步驟保留在復原清單中：連線恢復後請再次復原。</translation>
    </message>
    <message>
        <source>The step stays in the redo list: redo it again once the connection is back.</source>
        <translation>此步驟保留在重做清單中：連線恢復後請再次重做。</translation>
    </message>
    <message>
        <source>Nothing was changed, and the step leaves the undo list: it can no longer be undone.</source>
        <translation>未做任何變更，此步驟將從復原清單中移除：它已無法復原。</translation>
    </message>
    <message>
        <source>Nothing was changed, and the step leaves the redo list: it can no longer be redone.</source>
        <translation>未做任何變更，此步驟將從重做清單中移除：它已無法重做。</translation>
    </message>
</context>
<context>
    <name>CatalogueStore</name>
    <message>
        <source>There is no warehouse with the id %1.</source>
        <translation>沒有 ID 為 %1 的倉庫。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a warehouse code: use 1 to 16 letters, digits, - and _.</source>
        <translation>「%1」不是倉庫程式碼：請使用 1 到 16 個字母、數字、- 和 _。</translation>
    </message>
    <message>
        <source>The warehouse needs a name.</source>
        <translation>倉庫需要一個名稱。</translation>
    </message>
    <message>
        <source>The warehouse name is too long.</source>
        <translation>倉庫名稱太長。</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>地址太長。</translation>
    </message>
    <message>
        <source>Warehouse %1 was changed by someone else meanwhile; look at it again.</source>
        <translation>倉庫 %1 已被其他人修改；請重新檢視。</translation>
    </message>
    <message>
        <source>A warehouse with the code %1 already exists.</source>
        <translation>程式碼為 %1 的倉庫已存在。</translation>
    </message>
    <message>
        <source>Warehouse %1 still serves a sales channel: choose another warehouse for that channel first.</source>
        <translation>倉庫 %1 仍在為某個銷售通路服務：請先為該通路選擇另一個倉庫。</translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;.</source>
        <translation>沒有銷售通路「%1」。</translation>
    </message>
    <message>
        <source>Warehouse %1 is inactive.</source>
        <translation>倉庫 %1 已停用。</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>沒有 ID 為 %1 的商品。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU: use 1 to 64 letters, digits, - _ . and /, starting with a letter or digit.</source>
        <translation>「%1」不是 SKU：請使用 1 到 64 個字母、數字、- _ . 和 /，並以字母或數字開頭。</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>商品需要一個名稱。</translation>
    </message>
    <message>
        <source>The product name is too long.</source>
        <translation>商品名稱太長。</translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation>價格超出範圍。</translation>
    </message>
    <message>
        <source>The cost price is out of range.</source>
        <translation>成本價超出範圍。</translation>
    </message>
    <message>
        <source>Catalogue prices are in %1.</source>
        <translation>目錄價格以 %1 計。</translation>
    </message>
    <message>
        <source>The safety stock must be a whole number from 0 to 1,000,000,000.</source>
        <translation>安全庫存必須是 0 到 1,000,000,000 之間的整數。</translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else meanwhile; look at it again.</source>
        <translation>商品 %1 已被其他人修改；請重新檢視。</translation>
    </message>
    <message>
        <source>A product with the SKU %1 already exists.</source>
        <translation>SKU 為 %1 的商品已存在。</translation>
    </message>
    <message>
        <source>The file has more than 200,000 products; split it.</source>
        <translation>檔案中的商品超過 200,000 個；請拆分檔案。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) instead of 6.</source>
        <translation>
            <numerusform>%n 個欄位，而不是 6 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>the price &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation>價格「%1」不是像 12.50 這樣的金額。</translation>
    </message>
    <message>
        <source>the cost &quot;%1&quot; is not an amount such as 7.25.</source>
        <translation>成本「%1」不是像 7.25 這樣的金額。</translation>
    </message>
    <message>
        <source>the safety stock &quot;%1&quot; is not a whole number.</source>
        <translation>安全庫存「%1」不是整數。</translation>
    </message>
    <message>
        <source>active must be yes or no, not &quot;%1&quot;.</source>
        <translation>active 必須是 yes 或 no，而不是「%1」。</translation>
    </message>
    <message>
        <source>the SKU %1 is also on line %2.</source>
        <translation>SKU %1 也出現在第 %2 行。</translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported. %1</source>
        <translation>檔案有問題；未匯入任何內容。%1</translation>
    </message>
    <message>
        <source>Line %1: a product with the SKU %2 was added meanwhile; nothing was imported. Preview the file again.</source>
        <translation>第 %1 行：在此期間已添加了 SKU 為 %2 的商品；未匯入任何內容。請重新預覽檔案。</translation>
    </message>
    <message>
        <source>Line %1: product %2 was changed meanwhile; nothing was imported. Preview the file again.</source>
        <translation>第 %1 行：商品 %2 在此期間已被修改；未匯入任何內容。請重新預覽檔案。</translation>
    </message>
    <message>
        <source>There is no warehouse &quot;%1&quot; (the warehouses: %2).</source>
        <translation>沒有倉庫「%1」（現有倉庫：%2）。</translation>
    </message>
    <message>
        <source>The cursor is not one this list gave out.</source>
        <translation>該游標不是此清單給出的。</translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices are in %1 now; nothing was saved. Look at the product again.</source>
        <translation>目錄價格現在以 %1 計；未儲存任何內容。請重新檢視該商品。</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Web shop</source>
        <translation>網路商店</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>行動應用程式</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>電商平台</translation>
    </message>
    <message>
        <source>Retail store</source>
        <translation>零售門市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>檔案不是 UTF-8 文字（第 %1 行）。請另存為「CSV UTF-8」後重試。</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not quoted.</source>
        <translation>第 %1 行：未加引號的欄位中有引號。</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>第 %1 行：右引號後還有文字。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：帶引號的欄位沒有結束。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>Line 1 must be the header &quot;%1&quot;; the file has &quot;%2&quot;.</source>
        <translation>第 1 行必須是表頭「%1」；檔案中是「%2」。</translation>
    </message>
</context>
<context>
    <name>CustomerKey</name>
    <message>
        <source>by email</source>
        <translation>依電子郵件</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>依電話</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>依姓名</translation>
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
        <translation>無法連線到資料庫伺服器 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定資料庫檔案。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 處沒有資料庫。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>無法建立資料庫 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (permission denied).</source>
        <translation>無法讀取資料庫檔案 %1（權限被拒絕）。</translation>
    </message>
    <message>
        <source>%1 is not a Docket database (it is not a SQLite file).</source>
        <translation>%1 不是 Docket 資料庫（它不是 SQLite 檔案）。</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer version of Docket (schema %2; this version knows up to %3).</source>
        <translation>資料庫 %1 由更新版本的 Docket 建立（架構 %2；本版本最高支援 %3）。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本中缺少遷移 %1。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was changed. Docket reconnects by itself: try again.</source>
        <translation>與資料庫伺服器的連線已斷開；未做任何變更。Docket 會自動重新連線：請重試。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Docket reconnects by itself: try again.</source>
        <translation>與資料庫伺服器的連線已斷開。Docket 會自動重新連線：請重試。</translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>資料庫拒絕了該操作：%1</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving; the server did not keep the change, so nothing was changed. Try again.</source>
        <translation>儲存時與資料庫伺服器的連線斷開；伺服器沒有保留此變更，因此未做任何變更。請重試。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving, and the server cannot be reached to find out whether the change was kept. Check the order&apos;s history once the connection is back before trying again.</source>
        <translation>儲存時與資料庫伺服器的連線斷開，且無法連線伺服器以確認變更是否已儲存。請在連線還原後先檢視該訂單的歷史記錄，然後再重試。</translation>
    </message>
    <message>
        <source>the user name or password is wrong.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>the server asks for a password and none was given.</source>
        <translation>伺服器要求輸入密碼，但未提供密碼。</translation>
    </message>
    <message>
        <source>the server does not accept this user from this computer for this database (its pg_hba.conf has no entry for it); ask the server&apos;s administrator.</source>
        <translation>伺服器不允許此使用者從這台電腦連線此資料庫（其 pg_hba.conf 中沒有相應項目）；請聯絡伺服器管理員。</translation>
    </message>
    <message>
        <source>the server has no database named &quot;%1&quot;.</source>
        <translation>伺服器上沒有名為「%1」的資料庫。</translation>
    </message>
    <message>
        <source>the server has no user named &quot;%1&quot;.</source>
        <translation>伺服器上沒有名為「%1」的使用者。</translation>
    </message>
    <message>
        <source>nothing answers at %1, port %2: the server is not running there, or the port is wrong.</source>
        <translation>%1 的連接埠 %2 沒有回應：伺服器未在該處執行，或連接埠錯誤。</translation>
    </message>
    <message>
        <source>the host name &quot;%1&quot; is unknown.</source>
        <translation>未知的主機名稱「%1」。</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the computer is off or unreachable, or a firewall is in the way.</source>
        <translation>%1 未及時回應：該電腦已關機或無法連線，或被防火牆阻擋。</translation>
    </message>
    <message>
        <source>the server does not offer TLS, and this connection requires it (TLS mode &quot;%1&quot;).</source>
        <translation>伺服器不提供 TLS，而此連線要求使用 TLS（TLS 模式「%1」）。</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified.</source>
        <translation>無法驗證伺服器的 TLS 憑證。</translation>
    </message>
    <message>
        <source>the server has no free connections; try again in a moment.</source>
        <translation>伺服器沒有可用的連線；請稍後再試。</translation>
    </message>
    <message>
        <source>the server is starting up or shutting down; try again in a moment.</source>
        <translation>伺服器正在啟動或關閉；請稍後再試。</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>（伺服器訊息：%1）</translation>
    </message>
    <message>
        <source>The database %1 is empty: it holds no Docket database. Nothing was changed.</source>
        <translation>資料庫 %1 是空的：其中沒有 Docket 資料庫。未做任何變更。</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>應要求以唯讀方式開啟</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>檔案是唯讀的</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>其所在資料夾 %1 是唯讀的</translation>
    </message>
    <message>
        <source>Docket cannot write next to %1: its folder %2 is read-only. Nothing was created.</source>
        <translation>Docket 無法在 %1 旁寫入：其所在資料夾 %2 是唯讀的。未建立任何內容。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Docket database. Nothing was changed.</source>
        <translation>%1 是一個空檔案，不是 Docket 資料庫。未做任何變更。</translation>
    </message>
    <message>
        <source>Docket cannot create a database in %1: %2. Nothing was changed.</source>
        <translation>Docket 無法在 %1 中建立資料庫：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>%1 is read-only and has changes in %2 that were never merged into it; Docket cannot read them without writing next to it (%3). Copy both files to a folder you can write in and open the copy there.</source>
        <translation>%1 是唯讀的，而 %2 中有尚未合併進去的變更；Docket 不在其旁寫入就無法讀取這些變更（%3）。請把這兩個檔案複製到您可以寫入的資料夾，再在那裡開啟副本。</translation>
    </message>
    <message>
        <source>%1 is not a Docket database (it holds other tables). Nothing was changed.</source>
        <translation>%1 不是 Docket 資料庫（其中有其他資料表）。未做任何變更。</translation>
    </message>
    <message>
        <source>Docket could not create a database in %1.</source>
        <translation>Docket 無法在 %1 中建立資料庫。</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Docket (schema %2; this version needs %3) and is open read-only (%4), so it cannot be brought up to date. Open a copy Docket can write to.</source>
        <translation>%1 由較舊版本的 Docket 建立（架構 %2；本版本需要 %3），且以唯讀方式開啟（%4），因此無法升級。請開啟一個 Docket 可以寫入的副本。</translation>
    </message>
    <message>
        <source>Docket could not bring %1 up to date (step %2, %3).</source>
        <translation>Docket 無法將 %1 升級到最新（第 %2 步，%3）。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何變更。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>存放 %1 的磁碟已滿。</translation>
    </message>
    <message>
        <source>Free some space on it and try again.</source>
        <translation>請騰出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>%1 is busy: another Docket, or another program, is changing it.</source>
        <translation>%1 正忙：另一個 Docket 或其他程式正在修改它。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>請稍後再試一次。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2).</source>
        <translation>%1 以唯讀方式開啟（%2）。</translation>
    </message>
    <message>
        <source>Docket cannot write next to %1: its folder %2 is read-only.</source>
        <translation>Docket 無法在 %1 旁寫入：其所在資料夾 %2 是唯讀的。</translation>
    </message>
    <message>
        <source>Docket cannot write to %1 or next to it: the file or its folder is read-only.</source>
        <translation>Docket 無法寫入 %1 或其旁邊：檔案或其所在資料夾是唯讀的。</translation>
    </message>
    <message>
        <source>Docket could not read or write %1: the disk or the network share reported an error.</source>
        <translation>Docket 無法讀寫 %1：磁碟或網路共用報告了錯誤。</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>請檢查磁碟後再試一次。</translation>
    </message>
    <message>
        <source>%1 is damaged: its contents are not what Docket wrote.</source>
        <translation>%1 已損壞：其內容不是 Docket 寫入的內容。</translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation>請從備份還原。</translation>
    </message>
    <message>
        <source>Docket cannot open %1: the file, or a file it needs next to it, cannot be read or created.</source>
        <translation>Docket 無法開啟 %1：該檔案或其旁邊所需的檔案無法讀取或建立。</translation>
    </message>
    <message>
        <source>Docket ran out of memory working on %1.</source>
        <translation>Docket 處理 %1 時記憶體不足。</translation>
    </message>
    <message>
        <source>The operation on %1 was interrupted.</source>
        <translation>對 %1 的操作被中斷。</translation>
    </message>
    <message>
        <source>A value is too large to be stored in %1.</source>
        <translation>有一個值太大，無法存入 %1。</translation>
    </message>
    <message>
        <source>The change clashes with what %1 already holds (a duplicate, or a reference to something missing).</source>
        <translation>此變更與 %1 中已有的內容衝突（重複，或參照了不存在的內容）。</translation>
    </message>
    <message>
        <source>Docket could not complete the operation on the database %1.</source>
        <translation>Docket 無法完成對資料庫 %1 的操作。</translation>
    </message>
    <message>
        <source>The technical details are in the log.</source>
        <translation>技術細節請見日誌。</translation>
    </message>
    <message>
        <source>The disk of the database server %1 is full.</source>
        <translation>資料庫伺服器 %1 的磁碟已滿。</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to make room.</source>
        <translation>請聯絡伺服器管理員騰出空間。</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment.</source>
        <translation>有人在同一時刻修改了相同的資料。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>請再試一次。</translation>
    </message>
    <message>
        <source>%1 is busy: someone else holds the data this needs, or it took too long.</source>
        <translation>%1 正忙：有人佔用了此操作所需的資料，或操作耗時過長。</translation>
    </message>
    <message>
        <source>The database server %1 accepts no changes at the moment (it is read-only, e.g. a standby).</source>
        <translation>資料庫伺服器 %1 目前不接受變更（它是唯讀的，例如備援伺服器）。</translation>
    </message>
    <message>
        <source>The database server %1 is short of resources (memory or connections).</source>
        <translation>資料庫伺服器 %1 資源不足（記憶體或連線數）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Waiting for another Docket to finish writing to %1…</source>
        <translation>正在等待另一個 Docket 完成對 %1 的寫入…</translation>
    </message>
    <message>
        <source>%1 stayed locked by another Docket, or another program, for %L2 seconds.</source>
        <translation>%1 被另一個 Docket 或其他程式鎖定了 %L2 秒。</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>請在它完成後再試一次。</translation>
    </message>
    <message>
        <source>none of the servers %1 takes changes now: the primary is down and no standby has been promoted yet (or is still starting); try again in a moment.</source>
        <translation>伺服器 %1 現在都不接受變更：主伺服器已停止，備用伺服器尚未提升為主伺服器（或仍在啟動）；請稍後再試。</translation>
    </message>
    <message>
        <source>The database server %1 stopped taking changes; Docket now works with %2, the new primary. Nothing that was saved is lost.</source>
        <translation>資料庫伺服器 %1 已停止接受變更；Docket 現在使用新的主伺服器 %2。已儲存的內容沒有遺失。</translation>
    </message>
    <message>
        <source>Lists and charts read from the standby %1 (%2 s behind).</source>
        <translation>清單和圖表從備援伺服器 %1 讀取（落後 %2 秒）。</translation>
    </message>
    <message>
        <source>Lists and charts read from the primary: %1</source>
        <translation>清單和圖表從主伺服器讀取：%1</translation>
    </message>
    <message>
        <source>no standby answers (%1).</source>
        <translation>沒有備援伺服器回應（%1）。</translation>
    </message>
    <message>
        <source>the standby stopped answering.</source>
        <translation>備援伺服器已停止回應。</translation>
    </message>
    <message>
        <source>the standby %1 was promoted to primary.</source>
        <translation>備援伺服器 %1 已升級為主伺服器。</translation>
    </message>
    <message>
        <source>the standby %1 is %2 s behind (the limit is %3 s).</source>
        <translation>備援伺服器 %1 落後 %2 秒（上限為 %3 秒）。</translation>
    </message>
    <message>
        <source>the standby %1 has not yet replayed the last change made here.</source>
        <translation>備援伺服器 %1 尚未同步本機的最近一次變更。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving %1, and the server cannot be reached to find out whether the change was kept. Look at %1 once the connection is back before trying again.</source>
        <translation>儲存%1時與資料庫伺服器的連線中斷，且無法連線伺服器以確認變更是否已儲存。請在連線恢復後先查看%1，然後再重試。</translation>
    </message>
</context>
<context>
    <name>DatabaseLogin</name>
    <message>
        <source>The database user %1 has no active Docket account: it was disabled or removed. Ask an administrator.</source>
        <translation>資料庫使用者 %1 沒有有效的 Docket 帳戶：該帳戶已被停用或刪除。請聯絡管理員。</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit of Order %1</source>
        <translation>編輯訂單 %1</translation>
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
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>金融卡</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>貨到付款</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>商店購物金</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>順豐速運</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京東物流</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快遞</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>圓通速遞</translation>
    </message>
    <message>
        <source>EMS / China Post</source>
        <translation>EMS / 中國郵政</translation>
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
        <translation>聯邦快遞</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (lower-case letters, digits and _, at most 30).</source>
        <translation>「%1」不是有效代碼（小寫字母、數字和 _，最多 30 個字元）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>「%1」列出了兩次。</translation>
    </message>
    <message>
        <source>List at least one payment method.</source>
        <translation>請至少列出一種付款方式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a flag; the only one is on_delivery.</source>
        <translation>「%1」不是標記；唯一的標記是 on_delivery。</translation>
    </message>
    <message>
        <source>a carrier is &quot;code | name | pattern | link&quot;.</source>
        <translation>貨運公司的格式為「代碼 | 名稱 | 格式 | 連結」。</translation>
    </message>
    <message>
        <source>List at least one carrier.</source>
        <translation>請至少列出一家貨運公司。</translation>
    </message>
    <message>
        <source>the link must start with https:// or http://.</source>
        <translation>連結必須以 https:// 或 http:// 開頭。</translation>
    </message>
    <message>
        <source>the link must say where the number goes: {number}.</source>
        <translation>連結必須用 {number} 標明單號的位置。</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待出貨</translation>
    </message>
    <message>
        <source>Awaiting delivery</source>
        <translation>待簽收</translation>
    </message>
    <message>
        <source>an override is &quot;channel step hours&quot;, e.g. &quot;marketplace shipping 24&quot;.</source>
        <translation>例外設定的格式為「通路 步驟 小時數」，例如「marketplace shipping 24」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel code.</source>
        <translation>「%1」不是通路代碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step; the steps are review, payment, shipping and delivery.</source>
        <translation>「%1」不是步驟；步驟有 review、payment、shipping 和 delivery。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours from 1 to 8760.</source>
        <translation>「%1」不是 1 到 8760 之間的小時數。</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice.</source>
        <translation>%1 %2 列出了兩次。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>已逾時 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩餘 %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未審核</translation>
    </message>
    <message>
        <source>Docket (automatic)</source>
        <translation>Docket（自動）</translation>
    </message>
    <message>
        <source>paid in full by payment #%1</source>
        <translation>已由付款 #%1 付清</translation>
    </message>
    <message>
        <source>refunded in full by refund #%1</source>
        <translation>已由退款 #%1 全額退款</translation>
    </message>
    <message>
        <source>every line shipped, the last in shipment #%1</source>
        <translation>所有商品已出貨，最後一件在包裹 #%1 中</translation>
    </message>
    <message>
        <source>every shipment delivered, the last #%1</source>
        <translation>所有包裹已簽收，最後一個是 #%1</translation>
    </message>
    <message>
        <source>not paid within the time limit (cancelled automatically)</source>
        <translation>未在期限內付款（已自動取消）</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下單</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已審核</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
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
        <translation>無效</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>it has a line break.</source>
        <translation>其中有換行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot; | &quot;, which separates the fields; write the bar without spaces.</source>
        <translation>「%1」含有用於分隔欄位的「 | 」；豎線兩側請不要加空格。</translation>
    </message>
    <message>
        <source>it has no code.</source>
        <translation>沒有代碼。</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 列（%2）：%3</translation>
    </message>
    <message>
        <source>a payment method is &quot;code | label | on_delivery | inactive&quot;.</source>
        <translation>付款方式的格式為「代碼 | 名稱 | on_delivery | inactive」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; write inactive, or nothing for active.</source>
        <translation>「%1」不是狀態；停用請寫 inactive，啟用則留空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2 (at character %3).</source>
        <translation>「%1」不是有效的格式：%2（第 %3 個字元處）。</translation>
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
        <translation>剩餘</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>第 %1 項明細：「%2」不是數量。</translation>
    </message>
</context>
<context>
    <name>FulfilmentStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation>沒有編號為 %1 的訂單。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; nothing is recorded for it.</source>
        <translation>訂單 %1 已標記為無效，不再為其記錄任何內容。</translation>
    </message>
    <message>
        <source>Order %1 is %2; nothing more is recorded for it.</source>
        <translation>訂單 %1 的狀態為%2，不再為其記錄任何內容。</translation>
    </message>
    <message>
        <source>There is no shipment with the id %1.</source>
        <translation>沒有編號為 %1 的包裹。</translation>
    </message>
    <message>
        <source>A payment is recorded as pending or captured, not %1.</source>
        <translation>付款只能記錄為待處理或已收款，不能是%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s payment methods (Settings, Payments).</source>
        <translation>「%1」不是本店的付款方式（設定 → 付款）。</translation>
    </message>
    <message>
        <source>A payment&apos;s amount must be above zero.</source>
        <translation>付款金額必須大於零。</translation>
    </message>
    <message>
        <source>The reference is too long.</source>
        <translation>交易參考號太長。</translation>
    </message>
    <message>
        <source>The payment is in %1 but order %2 is in %3; Docket does not mix currencies.</source>
        <translation>付款幣別為 %1，但訂單 %2 的幣別為 %3；Docket 不混用幣別。</translation>
    </message>
    <message>
        <source>Order %1 owes nothing more: %2 of %3 is paid or on its way.</source>
        <translation>訂單 %1 已無欠款：%3 中已付或在途 %2。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still owed on order %3.</source>
        <translation>%1 超過了訂單 %3 尚欠的 %2。</translation>
    </message>
    <message>
        <source>A %1 payment with the reference %2 is recorded already.</source>
        <translation>參考號為 %2 的%1付款已經記錄過了。</translation>
    </message>
    <message>
        <source>There is no payment with the id %1.</source>
        <translation>沒有編號為 %1 的付款。</translation>
    </message>
    <message>
        <source>Payment #%1 was changed by someone else meanwhile; look at it again.</source>
        <translation>付款 #%1 剛被其他人修改過，請重新查看。</translation>
    </message>
    <message>
        <source>Payment #%1 is %2; it cannot become %3.</source>
        <translation>付款 #%1 的狀態為%2，不能改為%3。</translation>
    </message>
    <message>
        <source>Order %1 has no payment #%2.</source>
        <translation>訂單 %1 沒有付款 #%2。</translation>
    </message>
    <message>
        <source>Payment #%1 is %2; only captured money is refunded.</source>
        <translation>付款 #%1 的狀態為%2；只有已收款項才能退款。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 left to refund on payment #%3.</source>
        <translation>%1 超過了付款 #%3 剩餘可退的 %2。</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>請填寫退款原因。</translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation>退款金額必須大於零。</translation>
    </message>
    <message>
        <source>The refund is in %1 but order %2 is in %3; Docket does not mix currencies.</source>
        <translation>退款幣別為 %1，但訂單 %2 的幣別為 %3；Docket 不混用幣別。</translation>
    </message>
    <message>
        <source>Choose the lines to refund.</source>
        <translation>請選擇要退款的商品列。</translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to refund (or it is listed twice).</source>
        <translation>訂單 %1 沒有可退款的商品列 %2（或該列列出了兩次）。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 cannot be refunded; %4 of %5 are left to refund.</source>
        <translation>第 %1 列（%2）：不能退 %3 件；%5 件中還剩 %4 件可退。</translation>
    </message>
    <message>
        <source>Those lines cost nothing; there is nothing to refund.</source>
        <translation>這些商品列金額為零，沒有可退的款項。</translation>
    </message>
    <message>
        <source>Order %1 is awaiting review; it ships once it is approved.</source>
        <translation>訂單 %1 正在等待審核，核准後才能出貨。</translation>
    </message>
    <message>
        <source>Order %1 is delivered already.</source>
        <translation>訂單 %1 已經簽收。</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet (%2 of %3); it ships once it is paid, or record a cash-on-delivery payment.</source>
        <translation>訂單 %1 尚未付清（%3 中已付 %2）；付清後才能出貨，或者記錄一筆貨到付款。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation>「%1」不是本店的貨運公司（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a %2 tracking number.</source>
        <translation>%1 不是%2的追蹤編號。</translation>
    </message>
    <message>
        <source>%1 already has a parcel with the tracking number %2.</source>
        <translation>%1 已經有追蹤編號為 %2 的包裹。</translation>
    </message>
    <message>
        <source>Every line of order %1 has shipped already.</source>
        <translation>訂單 %1 的所有商品都已出貨。</translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to ship (or it is listed twice).</source>
        <translation>訂單 %1 沒有可出貨的商品列 %2（或該列列出了兩次）。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 cannot ship; %4 of %5 are left to ship.</source>
        <translation>第 %1 列（%2）：不能出 %3 件；%5 件中還剩 %4 件待出貨。</translation>
    </message>
    <message>
        <source>Shipment #%1 of order %2 is delivered already.</source>
        <translation>訂單 %2 的包裹 #%1 已經簽收。</translation>
    </message>
    <message>
        <source>A parcel is delivered after it shipped.</source>
        <translation>包裹的簽收時間必須在出貨之後。</translation>
    </message>
    <message>
        <source>A tracking event needs the carrier&apos;s status text.</source>
        <translation>物流事件需要貨運公司的狀態說明。</translation>
    </message>
    <message>
        <source>A tracking event comes from the desk, a file or the gateway.</source>
        <translation>物流事件只能來自前台、檔案或閘道。</translation>
    </message>
    <message>
        <source>The tracking event is too long.</source>
        <translation>物流事件太長。</translation>
    </message>
    <message>
        <source>A row is order number, carrier, tracking number.</source>
        <translation>每列應為：訂單編號、貨運公司、追蹤編號。</translation>
    </message>
    <message>
        <source>Order %1 is outside your scope.</source>
        <translation>訂單 %1 不在您的權限範圍內。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>沒有訂單 %1。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid.</source>
        <translation>訂單 %1 已標記為無效。</translation>
    </message>
    <message>
        <source>Order %1 is awaiting review.</source>
        <translation>訂單 %1 正在等待審核。</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>訂單 %1 的狀態為%2。</translation>
    </message>
    <message>
        <source>Order %1 has shipped already.</source>
        <translation>訂單 %1 已經出貨。</translation>
    </message>
    <message>
        <source>Order %1 is not paid yet.</source>
        <translation>訂單 %1 尚未付款。</translation>
    </message>
    <message>
        <source>Order %1 is on line %2 already.</source>
        <translation>訂單 %1 已經出現在第 %2 列。</translation>
    </message>
    <message>
        <source>The tracking number %1 is in the file twice.</source>
        <translation>追蹤編號 %1 在檔案中出現了兩次。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was shipped.</source>
        <translation>第 %1 列：%2 未出貨任何商品。</translation>
    </message>
    <message>
        <source>Order %1: paid %2 and refunded %3 cached, but the records say %4 and %5.</source>
        <translation>訂單 %1：快取的已付 %2、已退 %3，但記錄顯示為 %4 和 %5。</translation>
    </message>
    <message>
        <source>Order %1: more refunded than paid.</source>
        <translation>訂單 %1：退款多於付款。</translation>
    </message>
    <message>
        <source>Payment #%1: its refunds do not add up.</source>
        <translation>付款 #%1：退款金額對不上。</translation>
    </message>
    <message>
        <source>Order %1, line %2: more shipped than ordered.</source>
        <translation>訂單 %1 第 %2 列：出貨數量多於訂購數量。</translation>
    </message>
    <message>
        <source>Order %1 is %2, but its records say otherwise.</source>
        <translation>訂單 %1 的狀態為%2，但記錄顯示並非如此。</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in use for new payments (Settings, Payments).</source>
        <translation>%1（%2）已停用，不能用於新的付款（設定，付款）。</translation>
    </message>
    <message>
        <source>No parcel of carrier %1 has the tracking number %2.</source>
        <translation>貨運公司 %1 沒有追蹤編號為 %2 的包裹。</translation>
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
        <translation>--listen 接受 HOST:PORT，例如 127.0.0.1:8080；「%1」不符合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>「%1」不是可監聽的 IP 地址。</translation>
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

Docket 的 HTTP 入口：接收網店訂單（WooCommerce Webhook、POST
/api/v1/orders）、供其他系統使用的 REST API（API 金鑰：docketctl apikey）、
客戶訂單查詢（/track）以及外發 Webhook（docketctl webhook）。

--database      SQLite 檔案，或以服務帳戶連線的 PostgreSQL 伺服器
                （docketctl service-account create NAME）；密碼可取自
                $DOCKET_DATABASE_PASSWORD。預設：$DOCKET_DATABASE。
--listen        地址和埠（預設 127.0.0.1:8080）
--config        帶 [gateway] 節的 INI 檔案：database、listen、threads、
                tls_cert、tls_key、access_log、trusted_proxies、deliver_webhooks
--threads       資料庫工作執行緒數（預設 4）
--tls-cert/key  使用此 PEM 證書（鏈）和金鑰提供 HTTPS
--access-log    JSON 行，每個請求一行（預設：標準錯誤）
--trusted-proxy 其 X-Forwarded-For 可指明客戶端的反向代理
--no-webhooks   本程序不傳送外發 Webhook

SIGTERM 或 SIGINT：停止接受連線，完成進行中的請求後退出。
</translation>
    </message>
    <message>
        <source>There is no configuration file %1.</source>
        <translation>沒有配置檔案 %1。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一個值。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; (see --help).</source>
        <translation>未知選項「%1」（參見 --help）。</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64.</source>
        <translation>--threads 接受 1 到 64 之間的數字。</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS 需要同時給出 --tls-cert 和 --tls-key。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>「%1」不是 IP 地址。</translation>
    </message>
    <message>
        <source>There is no database at %1 (make one with docketctl db init).</source>
        <translation>%1 處沒有資料庫（請用 docketctl db init 建立）。</translation>
    </message>
    <message>
        <source>The database %1 is at schema %2; this gateway needs %3. Run docketctl db migrate as the database&apos;s owner first.</source>
        <translation>資料庫 %1 的結構版本為 %2；此閘道器需要 %3。請先以資料庫所有者身份執行 docketctl db migrate。</translation>
    </message>
    <message>
        <source>Cannot write the access log %1: %2</source>
        <translation>無法寫入訪問日誌 %1：%2</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>無法在 %1:%2 上監聽：%3</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2.</source>
        <translation>%2 上不允許 %1。</translation>
    </message>
    <message>
        <source>There is nothing at %1 (the API is described at /api/v1/openapi.json).</source>
        <translation>%1 處沒有內容（API 的說明見 /api/v1/openapi.json）。</translation>
    </message>
    <message numerus="yes">
        <source>Too many look-ups from your address; try again in %n second(s).</source>
        <translation>
            <numerusform>來自您地址的查詢過多；請在 %n 秒後重試。</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway is shutting down.</source>
        <translation>閘道器正在關閉。</translation>
    </message>
    <message>
        <source>This needs an API key: send it as &quot;Authorization: Bearer KEY&quot;.</source>
        <translation>此操作需要 API 金鑰：請以「Authorization: Bearer KEY」傳送。</translation>
    </message>
    <message>
        <source>The API key is not valid (unknown, mistyped or revoked).</source>
        <translation>API 金鑰無效（未知、輸錯或已吊銷）。</translation>
    </message>
    <message numerus="yes">
        <source>The key %1 may make %2 calls a minute; try again in %n second(s).</source>
        <translation>
            <numerusform>金鑰 %1 每分鐘可呼叫 %2 次；請在 %n 秒後重試。</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong in the gateway; it is logged.</source>
        <translation>閘道器內部出錯；已記錄在日誌中。</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>正文不是 JSON：%1，位於第 %2 位元組。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>正文必須是 JSON 物件。</translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;; the list takes: %2.</source>
        <translation>未知查詢引數「%1」；列表接受：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>「%1」給出了兩次。</translation>
    </message>
    <message>
        <source>&quot;exact&quot; is true or false.</source>
        <translation>「exact」為 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date such as 2026-12-05 (UTC days); &quot;%2&quot; is not.</source>
        <translation>「%1」是日期，例如 2026-12-05（UTC 日）；「%2」不符合。</translation>
    </message>
    <message>
        <source>&quot;validity&quot; is valid, invalid or all.</source>
        <translation>「validity」為 valid、invalid 或 all。</translation>
    </message>
    <message>
        <source>&quot;updated_since&quot; is a time with its zone, such as 2026-12-05T10:00:00Z, or seconds since 1970.</source>
        <translation>「updated_since」是帶時區的時間，例如 2026-12-05T10:00:00Z，或自 1970 年起的秒數。</translation>
    </message>
    <message>
        <source>&quot;sort&quot; is created or updated.</source>
        <translation>「sort」為 created 或 updated。</translation>
    </message>
    <message>
        <source>&quot;limit&quot; is a number from 1 to 500.</source>
        <translation>「limit」為 1 到 500 之間的數字。</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>%1 處沒有內容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a status change (status, note, version).</source>
        <translation>「%1」不是狀態變更的欄位（status、note、version）。</translation>
    </message>
    <message>
        <source>There is no status &quot;%1&quot;.</source>
        <translation>沒有狀態「%1」。</translation>
    </message>
    <message>
        <source>&quot;version&quot; is the order&apos;s version number, as read with it.</source>
        <translation>「version」是訂單的版本號，與訂單一同讀取。</translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text.</source>
        <translation>「note」必須是文字。</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; takes no webhooks (an administrator sets its secret with: docketctl intake channel set %1).</source>
        <translation>通路「%1」不接收 Webhook（管理員可用以下命令設定其金鑰：docketctl intake channel set %1）。</translation>
    </message>
    <message>
        <source>The X-WC-Webhook-Signature header is missing.</source>
        <translation>缺少 X-WC-Webhook-Signature 標頭。</translation>
    </message>
    <message>
        <source>The X-WC-Webhook-Signature does not match the body: the secret differs from the channel&apos;s, or the body was changed.</source>
        <translation>X-WC-Webhook-Signature 與正文不符：金鑰與通路的不同，或正文已被變更。</translation>
    </message>
    <message>
        <source>Docket takes order.created and order.updated; &quot;%1&quot; is left alone.</source>
        <translation>Docket 接收 order.created 和 order.updated；「%1」不予處理。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2 (%3).</source>
        <translation>「%1」不是%2的欄位（%3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a whole number from 1.</source>
        <translation>「%1」應為從 1 起的整數。</translation>
    </message>
    <message>
        <source>Order %1 is in %2; &quot;currency&quot; %3 does not match.</source>
        <translation>訂單 %1 的幣別為 %2；「currency」%3 不符。</translation>
    </message>
    <message>
        <source>&quot;lines&quot; is a list of {&quot;line&quot;, &quot;quantity&quot;}.</source>
        <translation>「lines」應為 {&quot;line&quot;, &quot;quantity&quot;} 的清單。</translation>
    </message>
    <message>
        <source>A line is {&quot;line&quot;: its number on the order, &quot;quantity&quot;}.</source>
        <translation>每行應為 {&quot;line&quot;: 訂單上的行號, &quot;quantity&quot;}。</translation>
    </message>
    <message>
        <source>The order has no line %1.</source>
        <translation>訂單沒有第 %1 行。</translation>
    </message>
    <message>
        <source>a payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>A payment is recorded &quot;captured&quot; or &quot;pending&quot;, not &quot;%1&quot;.</source>
        <translation>付款只能記為「captured」或「pending」，不能是「%1」。</translation>
    </message>
    <message>
        <source>a refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>A refund is either an &quot;amount&quot; or &quot;lines&quot; (one of the two).</source>
        <translation>退款應為「amount」或「lines」（二選一）。</translation>
    </message>
    <message>
        <source>a shipment</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>&quot;amount&quot; is more than zero.</source>
        <translation>「amount」必須大於零。</translation>
    </message>
    <message>
        <source>The shipment in the path is its id, a whole number from 1; &quot;%1&quot; is not.</source>
        <translation>路徑中的出貨是其編號，即從 1 起的整數；「%1」不是。</translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;; the stock list takes: %2.</source>
        <translation>未知的查詢參數「%1」；庫存清單接受：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes from 1 to 100 values, comma-separated.</source>
        <translation>「%1」接受 1 到 100 個值，以逗號分隔。</translation>
    </message>
    <message>
        <source>One SKU&apos;s stock takes no query parameters.</source>
        <translation>單一 SKU 的庫存不接受查詢參數。</translation>
    </message>
    <message>
        <source>There is no product with the SKU &quot;%1&quot;.</source>
        <translation>沒有 SKU 為「%1」的商品。</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>無法讀取憑證 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>無法讀取私鑰 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (--tls-cert).</source>
        <translation>%1 中沒有 PEM 憑證（--tls-cert）。</translation>
    </message>
    <message>
        <source>%1 holds no PEM RSA or EC private key (--tls-key).</source>
        <translation>%1 中沒有 PEM 格式的 RSA 或 EC 私鑰（--tls-key）。</translation>
    </message>
    <message>
        <source>docket-gateway %1: listening on %2:%3 (%4), database %5</source>
        <translation>docket-gateway %1：正在監聽 %2:%3（%4），資料庫 %5</translation>
    </message>
    <message numerus="yes">
        <source>docket-gateway: stopping; %n request(s) in flight finish first.</source>
        <translation>
            <numerusform>docket-gateway：正在停止；%n 個進行中的請求先完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>docket-gateway: stopped.</source>
        <translation>docket-gateway：已停止。</translation>
    </message>
    <message>
        <source>--intake-writers takes a number from 1 to 16.</source>
        <translation>--intake-writers 接受 1 到 16 之間的數字。</translation>
    </message>
</context>
<context>
    <name>IdempotencyStore</name>
    <message>
        <source>The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID, for example).</source>
        <translation>Idempotency-Key 標頭必須是 1 到 255 個可見的 ASCII 字元（例如一個 UUID）。</translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; was already used for another request (%2, or another body); send a new key for a new request.</source>
        <translation>Idempotency-Key「%1」已用於另一個請求（%2，或另一個請求本文）；新的請求請使用新的鍵。</translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; is in use by another request.</source>
        <translation>Idempotency-Key「%1」正被另一個請求使用。</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>「%1」為必填項。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>「%1」必須是文字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>「%1」超過 %2 個字元。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount as decimal text, such as &quot;12.50&quot; (a JSON number may not be exact).</source>
        <translation>「%1」必須是十進位制文字形式的金額，例如「12.50」（JSON 數字可能不精確）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: &quot;%2&quot; (write it like &quot;12.50&quot;).</source>
        <translation>「%1」不是金額：「%2」（請寫成「12.50」這樣的形式）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 1 to %2.</source>
        <translation>「%1」必須是 1 到 %2 之間的整數。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>「%1」必須是物件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an order (see /api/v1/openapi.json).</source>
        <translation>「%1」不是訂單的欄位（參見 /api/v1/openapi.json）。</translation>
    </message>
    <message>
        <source>&quot;channel&quot; is required.</source>
        <translation>「channel」為必填項。</translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;; the channels are: %2.</source>
        <translation>沒有銷售通路「%1」；現有通路：%2。</translation>
    </message>
    <message>
        <source>There is no status &quot;%1&quot;; the statuses are: %2.</source>
        <translation>沒有狀態「%1」；現有狀態：%2。</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; must be a time such as &quot;2026-12-05T10:00:00Z&quot; (with Z or an offset).</source>
        <translation>「created_at」必須是時間，例如「2026-12-05T10:00:00Z」（帶 Z 或時差）。</translation>
    </message>
    <message>
        <source>&quot;lines&quot; must be a list of at least one line.</source>
        <translation>「lines」必須是至少包含一行的列表。</translation>
    </message>
    <message>
        <source>An order may have at most 1000 lines.</source>
        <translation>一個訂單最多 1000 行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be negative.</source>
        <translation>「%1」不能為負數。</translation>
    </message>
    <message>
        <source>The lines add up to more than Docket can hold.</source>
        <translation>各行合計超出 Docket 能儲存的範圍。</translation>
    </message>
    <message>
        <source>The total %1 does not match the lines, which add up to %2.</source>
        <translation>總額 %1 與各行不符，各行合計為 %2。</translation>
    </message>
    <message>
        <source>The order&apos;s &quot;id&quot; is missing.</source>
        <translation>訂單缺少「id」。</translation>
    </message>
    <message>
        <source>The WooCommerce status &quot;%1&quot; is not one Docket knows (pending, on-hold, failed, processing, completed, cancelled, refunded).</source>
        <translation>WooCommerce 狀態「%1」不是 Docket 認識的狀態（pending、on-hold、failed、processing、completed、cancelled、refunded）。</translation>
    </message>
    <message>
        <source>WooCommerce status &quot;%1&quot;: not an order to take.</source>
        <translation>WooCommerce 狀態「%1」：不是要接收的訂單。</translation>
    </message>
    <message>
        <source>&quot;date_created_gmt&quot; is not a time: &quot;%1&quot;.</source>
        <translation>「date_created_gmt」不是時間：「%1」。</translation>
    </message>
    <message>
        <source>The order names no customer (billing first and last name).</source>
        <translation>訂單沒有寫明客戶（帳單的名和姓）。</translation>
    </message>
    <message>
        <source>The order has no line items.</source>
        <translation>訂單沒有商品行。</translation>
    </message>
    <message>
        <source>Shipping and tax cannot be negative.</source>
        <translation>運費和稅費不能為負數。</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>A negative fee (a discount given as a fee) cannot be taken: Docket&apos;s lines are never negative.</source>
        <translation>不能接收負的費用（以費用形式給出的折扣）：Docket 的訂單行永遠不為負。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅費</translation>
    </message>
    <message>
        <source>The total %1 does not match the order&apos;s items, shipping, fees and tax, which add up to %2.</source>
        <translation>總額 %1 與訂單的商品、運費、費用和稅費不符，它們合計為 %2。</translation>
    </message>
</context>
<context>
    <name>IntakeStore</name>
    <message>
        <source>Line %1: the SKU &quot;%2&quot; is not in the catalogue, and the channel &quot;%3&quot; refuses orders with unknown SKUs.</source>
        <translation>第 %1 行：SKU「%2」不在商品目錄中，且通路「%3」拒收含未知 SKU 的訂單。</translation>
    </message>
    <message>
        <source>An order from outside needs its external id.</source>
        <translation>來自外部的訂單需要外部編號。</translation>
    </message>
    <message>
        <source>%1 may not take orders for the channel &quot;%2&quot;.</source>
        <translation>%1 不能接收通路「%2」的訂單。</translation>
    </message>
    <message>
        <source>The order was deleted in Docket; the resend was not taken.</source>
        <translation>該訂單已在 Docket 中刪除；重發的訂單未被接收。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid in Docket; the resend was not taken.</source>
        <translation>訂單 %1 在 Docket 中被標記為無效；重發的訂單未被接收。</translation>
    </message>
    <message>
        <source>The status stays &quot;%1&quot;: the workflow has no way from there to &quot;%2&quot;.</source>
        <translation>狀態仍為「%1」：工作流中沒有從該狀態到「%2」的路徑。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;; the channels are: %2.</source>
        <translation>沒有銷售通路「%1」；現有通路：%2。</translation>
    </message>
    <message>
        <source>An unknown SKU is either refused (&quot;refuse&quot;) or taken as an unlinked line (&quot;unlinked&quot;).</source>
        <translation>未知 SKU 要麼拒收（「refuse」），要麼作為未關聯行接收（「unlinked」）。</translation>
    </message>
    <message>
        <source>A webhook secret has 16 to 256 characters.</source>
        <translation>Webhook 金鑰為 16 到 256 個字元。</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has no webhook secret yet: give one (or let Docket make one).</source>
        <translation>通路「%1」還沒有 Webhook 金鑰：請提供一個（或讓 Docket 生成一個）。</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; takes no webhooks.</source>
        <translation>通路「%1」不接收 Webhook。</translation>
    </message>
</context>
<context>
    <name>InventoryAnalytics</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間的結束早於開始。</translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>Your role may not issue invoice numbers (it needs &quot;%1&quot;).</source>
        <translation>您的角色不能開立發票號碼（需要「%1」權限）。</translation>
    </message>
    <message>
        <source>Cancelled; no invoice number was issued.</source>
        <translation>已取消；未開立任何發票號碼。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine %1 with %2.</source>
        <translation>無法將 %1 與 %2 合併計算。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金額過大。</translation>
    </message>
</context>
<context>
    <name>OrderBatch</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>列印已取消。</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Invalid reason</source>
        <translation>無效原因</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
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
        <translation>無效</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation>稅率（%）</translation>
    </message>
    <message>
        <source>%1 of %2 paid; %3 still owed.</source>
        <translation>已付 %1 / 共 %2；尚欠 %3。</translation>
    </message>
    <message>
        <source>%1 refunded; %2 paid after the refunds.</source>
        <translation>已退款 %1；扣除退款後已付 %2。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 waits for review; it is “%2” until it is approved.</source>
        <translation>%1 正在等待審核；在核准之前其狀態為「%2」。</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>到期時間：%1。</translation>
    </message>
    <message>
        <source>Step “%1”: due %2.</source>
        <translation>步驟「%1」：%2 到期。</translation>
    </message>
</context>
<context>
    <name>OrderEvent</name>
    <message>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>狀態已變更</translation>
    </message>
    <message>
        <source>Marked seen</source>
        <translation>已標記為已檢視</translation>
    </message>
    <message>
        <source>Marked invalid</source>
        <translation>已標記為無效</translation>
    </message>
    <message>
        <source>Marked valid again</source>
        <translation>已重新標記為有效</translation>
    </message>
    <message>
        <source>Deleted to archive</source>
        <translation>已刪除並封存</translation>
    </message>
    <message>
        <source>Restored from archive</source>
        <translation>已從封存還原</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>已開立發票</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>內部留言</translation>
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
        <translation>出貨</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>物流追蹤</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審核</translation>
    </message>
    <message>
        <source>Made new again</source>
        <translation>重新標記為新訂單</translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>請選擇匯出到的檔案。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation>%1 是資料夾；請選擇要匯出到的檔名。</translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation>無法匯出到 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>匯出已取消；未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>訂單（%1）</translation>
    </message>
    <message>
        <source>The CSV separator must be a comma, a semicolon or a tab.</source>
        <translation>CSV 分隔字元必須是逗號、分號或定位字元。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>訂單明細</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>訂單明細 (%1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明細序號</translation>
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
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>明細小計</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export.</source>
        <translation>沒有可匯出的欄位「%1」。</translation>
    </message>
</context>
<context>
    <name>OrderFeed</name>
    <message>
        <source>The cursor is not one this list gave out (or it was for another sort order).</source>
        <translation>該遊標不是此列表給出的（或屬於另一種排序）。</translation>
    </message>
</context>
<context>
    <name>OrderField</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
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
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>訂單明細</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>發票號碼</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>帳單國家</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>稅率</translation>
    </message>
</context>
<context>
    <name>OrderFilter</name>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知狀態「%1」。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation>未知通路「%1」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region: write the country, a slash and the region (&quot;DE/Bayern&quot;).</source>
        <translation>「%1」不是有效的地區：請寫國家、斜線和地區（「DE/Bayern」）。</translation>
    </message>
    <message>
        <source>A product filter has an empty SKU.</source>
        <translation>商品篩選條件中有空白的 SKU。</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>訂單編號：%1</translation>
    </message>
    <message>
        <source>Keyword: %1</source>
        <translation>關鍵字：%1</translation>
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
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>通路：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地區：%1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>New orders only</source>
        <translation>僅新訂單</translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation>無效訂單</translation>
    </message>
    <message>
        <source>Valid and invalid orders</source>
        <translation>有效和無效訂單</translation>
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
        <translation>截止日期 %1 早於起始日期 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of statuses, regions, ...</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The customer filter names no customer.</source>
        <translation>客戶篩選條件未指定客戶。</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客戶：%1</translation>
    </message>
    <message>
        <source>Past the deadline of their step</source>
        <translation>已過所在步驟的期限</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n hour(s)</source>
        <translation>
            <numerusform>%n 小時內到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>A quoted field goes on after its closing quote.</source>
        <translation>帶引號的欄位在結束引號之後還有內容。</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>帶引號的欄位沒有結束引號。</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>檔案不是 JSON：%1。</translation>
    </message>
    <message>
        <source>A JSON file of orders is a list: [ {...}, ... ].</source>
        <translation>訂單的 JSON 檔案是一個列表：[ {...}, ... ]。</translation>
    </message>
    <message>
        <source>The file holds no orders.</source>
        <translation>檔案中沒有訂單。</translation>
    </message>
    <message>
        <source>An order is a JSON object.</source>
        <translation>訂單是一個 JSON 物件。</translation>
    </message>
    <message>
        <source>The file holds no orders (a header row, then one row per line item).</source>
        <translation>檔案中沒有訂單（先是一行表頭，然後每個商品行一行）。</translation>
    </message>
    <message>
        <source>There is no column for %1 (a header such as &quot;%2&quot;).</source>
        <translation>沒有 %1 列（表頭例如「%2」）。</translation>
    </message>
    <message>
        <source>There is no column for the customer&apos;s name (a header such as &quot;Customer Name&quot; or &quot;Billing First Name&quot;).</source>
        <translation>沒有客戶姓名列（表頭例如「Customer Name」或「Billing First Name」）。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>該行有 %1 個欄位；表頭有 %2 個。</translation>
    </message>
    <message>
        <source>The order id is empty.</source>
        <translation>訂單編號為空。</translation>
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
            <numerusform>檔案有 %n 個問題；沒有匯入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 (line %2) was refused, so nothing was imported: %3</source>
        <translation>訂單 %1（第 %2 行）被拒收，因此沒有匯入任何內容：%3</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>匯入已取消；沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>訂單日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>訂單總額</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>客戶備註</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客戶姓名</translation>
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
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
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
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>商品名稱</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>The saved mapping takes %1 from the column &quot;%2&quot;, which this file does not have.</source>
        <translation>已儲存的對應從「%2」欄讀取 %1，但此檔案沒有該欄。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>「%1」不是 NAME=VALUE 形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an order; the fields are: %2.</source>
        <translation>「%1」不是訂單的欄位；欄位有：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docket status.</source>
        <translation>「%1」不是 Docket 的狀態。</translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <source>Invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>Packing Slip</source>
        <translation>裝箱單</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>您的商店</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>VOID — this order is marked invalid: %1</source>
        <translation>作廢 — 此訂單已標記為無效：%1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>帳單地址</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
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
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已裝箱</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>其他費用</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>總額（%1）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Thank you for your order.</source>
        <translation>感謝您的訂購。</translation>
    </message>
    <message>
        <source>Please check the contents against this slip.</source>
        <translation>請根據本單核對包裹內容。</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>packing-slip</source>
        <translation>裝箱單</translation>
    </message>
    <message>
        <source>Cannot save the PDF as %1: choose a file in an existing folder.</source>
        <translation>無法將 PDF 儲存為 %1：請選擇現有資料夾中的檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>發票號碼</translation>
    </message>
    <message>
        <source>issued when printed</source>
        <translation>列印時開立</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>發票</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>裝箱單</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>稅（%1）</translation>
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
        <translation>處理中</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
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
        <translation>未找到訂單 %1。</translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot;.</source>
        <translation>沒有訂單編號為「%1」的訂單。</translation>
    </message>
    <message>
        <source>The customer name is required.</source>
        <translation>必須填寫客戶名稱。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>「%1」不是電子郵件地址。</translation>
    </message>
    <message>
        <source>Choose a sales channel.</source>
        <translation>請選擇銷售通路。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知狀態「%1」。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>幣別必須是三個字母的代碼，例如 EUR。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>訂單至少需要一筆明細。</translation>
    </message>
    <message>
        <source>Line %1: the SKU is required.</source>
        <translation>第 %1 項明細：必須填寫 SKU。</translation>
    </message>
    <message>
        <source>Line %1: the product name is required.</source>
        <translation>第 %1 項明細：必須填寫商品名稱。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>第 %1 項明細：數量至少為 1。</translation>
    </message>
    <message>
        <source>Line %1: the quantity is too large.</source>
        <translation>第 %1 項明細：數量過大。</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>第 %1 項明細：價格不能為負數。</translation>
    </message>
    <message>
        <source>Line %1: the price is too large.</source>
        <translation>第 %1 項明細：價格過高。</translation>
    </message>
    <message>
        <source>An order with the number %1 already exists.</source>
        <translation>訂單編號為 %1 的訂單已存在。</translation>
    </message>
    <message>
        <source>An order cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>訂單不能從「%1」變為「%2」。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; mark it valid again before editing it.</source>
        <translation>訂單 %1 已標記為無效；請先將其重新標記為有效，然後再編輯。</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it.</source>
        <translation>在您開啟訂單 %1 之後，其他人變更了該訂單。</translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; its status cannot change.</source>
        <translation>訂單 %1 已標記為無效；無法變更其狀態。</translation>
    </message>
    <message>
        <source>Order %1 cannot move from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>訂單 %1 不能從「%2」變為「%3」。</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else meanwhile; its status was not changed. Look at it again and retry.</source>
        <translation>訂單 %1 在此期間已被其他人變更；其狀態未被變更。請重新檢視後再試。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何變更。</translation>
    </message>
    <message>
        <source>%1 of the %2 orders no longer exist or are outside your scope.</source>
        <translation>%2 筆訂單中有 %1 筆已不存在或不在您的範圍內。</translation>
    </message>
    <message>
        <source>Give a reason for marking the orders invalid.</source>
        <translation>請說明將訂單標記為無效的原因。</translation>
    </message>
    <message>
        <source>Only invalid orders can be deleted: %1 of the %2 selected orders are not marked invalid (or no longer exist). Nothing was deleted.</source>
        <translation>只能刪除無效訂單：所選的 %2 筆訂單中有 %1 筆未標記為無效（或已不存在）。未刪除任何訂單。</translation>
    </message>
    <message>
        <source>There is no archived order with the id %1.</source>
        <translation>沒有 ID 為 %1 的已封存訂單。</translation>
    </message>
    <message>
        <source>The archived copy of %1 is damaged and cannot be restored.</source>
        <translation>%1 的封存副本已損壞，無法還原。</translation>
    </message>
    <message>
        <source>Order %1 cannot be restored: another order has that number now.</source>
        <translation>無法還原訂單 %1：目前已有其他訂單使用該訂單編號。</translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot;. Nothing was changed.</source>
        <translation>沒有訂單編號為「%1」的訂單。未做任何變更。</translation>
    </message>
    <message>
        <source>%L1 of the %L2 order numbers are no orders you can see (%3%4). Nothing was changed.</source>
        <translation>%L2 個訂單編號中有 %L1 個不是您能看到的訂單（%3%4）。未做任何變更。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders no longer exist.</source>
        <translation>
            <numerusform>有 %Ln 筆訂單已不存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders were changed by someone else since (%1).</source>
        <translation>
            <numerusform>有 %Ln 筆訂單在此之後已被他人變更（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on would overwrite their changes, so nothing was changed.</source>
        <translation>繼續操作會覆蓋他們的變更，因此未做任何變更。</translation>
    </message>
    <message>
        <source>Marked invalid again (undo)</source>
        <translation>重新標記為無效（復原）</translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> 等另外 %Ln 筆</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else meanwhile; nothing was changed.</source>
        <translation>訂單 %1 在此期間已被他人變更；未做任何變更。</translation>
    </message>
    <message>
        <source>%1 (marked invalid)</source>
        <translation>%1（已標記為無效）</translation>
    </message>
    <message>
        <source>%1 of the orders cannot move to “%2”: %3. Nothing was changed.</source>
        <translation>有 %1 筆訂單無法轉為「%2」：%3。未做任何變更。</translation>
    </message>
    <message>
        <source>%1 of the orders are marked invalid and cannot be assigned: %2. Nothing was changed.</source>
        <translation>有 %1 筆訂單已標記為無效，無法指派：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot; among the orders you can see.</source>
        <translation>在您能看到的訂單中沒有編號為「%1」的訂單。</translation>
    </message>
    <message>
        <source>The order has no shipping address: nothing can be sent to the customer.</source>
        <translation>此訂單沒有收件地址：無法寄送給客戶。</translation>
    </message>
    <message>
        <source>You may not create orders for the channel &quot;%1&quot;: you work with the orders of %2.</source>
        <translation>您不能為通路「%1」建立訂單：您負責的是%2的訂單。</translation>
    </message>
    <message>
        <source>You may not move orders to the channel &quot;%1&quot;: you work with the orders of %2.</source>
        <translation>您不能把訂單移到通路「%1」：您負責的是%2的訂單。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>請先填寫留言內容。</translation>
    </message>
    <message>
        <source>A comment holds at most %L1 characters; this one has %L2.</source>
        <translation>一則留言最多 %L1 個字元；這則有 %L2 個。</translation>
    </message>
    <message>
        <source>%1 (its payments and shipments decide)</source>
        <translation>%1（由其付款和出貨決定）</translation>
    </message>
    <message>
        <source>%1 (money received or goods shipped)</source>
        <translation>%1（已收款或已出貨）</translation>
    </message>
    <message>
        <source>Order %1 becomes paid when its payments reach its total: record a payment instead.</source>
        <translation>訂單 %1 在付款達到總額時自動變為已付款：請改為記錄一筆付款。</translation>
    </message>
    <message>
        <source>Order %1 becomes shipped when every line is in a shipment: record a shipment instead.</source>
        <translation>訂單 %1 在所有商品都出貨後自動變為已出貨：請改為記錄一次出貨。</translation>
    </message>
    <message>
        <source>Order %1 becomes delivered when every shipment is delivered: mark its shipments delivered instead.</source>
        <translation>訂單 %1 在所有包裹簽收後自動變為已送達：請改為將包裹標記為已簽收。</translation>
    </message>
    <message>
        <source>Order %1 becomes refunded when everything paid is refunded: record a refund instead.</source>
        <translation>訂單 %1 在已付款項全部退回後自動變為已退款：請改為記錄一筆退款。</translation>
    </message>
    <message>
        <source>Order %1 does not move to &quot;%2&quot; by hand.</source>
        <translation>訂單 %1 不能手動改為「%2」。</translation>
    </message>
    <message>
        <source>Order %1 holds %2 of the customer&apos;s money; refund it before cancelling.</source>
        <translation>訂單 %1 持有客戶的 %2 款項；請先退款再取消。</translation>
    </message>
    <message>
        <source>Part of order %1 has shipped; it is not cancelled.</source>
        <translation>訂單 %1 已部分出貨，不能取消。</translation>
    </message>
    <message>
        <source>Order %1 has payments or shipments; its lines no longer change. Refund or ship what differs instead.</source>
        <translation>訂單 %1 已有付款或出貨，商品列不能再修改。請改為對差異部分退款或出貨。</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>%1 (“%2” is no step back from “%3”)</source>
        <translation>%1（「%2」不是「%3」的上一步）</translation>
    </message>
    <message>
        <source>%1 (taking back “%2” needs the right “%3”)</source>
        <translation>%1（撤回「%2」需要「%3」權限）</translation>
    </message>
    <message>
        <source>%1 of the orders cannot go back to their status: %2. Nothing was changed.</source>
        <translation>%1 筆訂單無法回到原本的狀態：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>Shipping: &quot;%1&quot; is not an amount.</source>
        <translation>運費：「%1」不是金額。</translation>
    </message>
    <message>
        <source>Tax rate: &quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals.</source>
        <translation>稅率：「%1」不是 0 到 100 之間、最多兩位小數的百分比。</translation>
    </message>
    <message>
        <source>Shipping cannot be negative.</source>
        <translation>運費不能為負數。</translation>
    </message>
    <message>
        <source>Shipping of %1 is too large.</source>
        <translation>運費 %1 過大。</translation>
    </message>
    <message>
        <source>Shipping is in %1 but the order is in %2: both must be in the order&apos;s currency.</source>
        <translation>運費的幣別是 %1，而訂單的幣別是 %2：兩者都必須使用訂單的幣別。</translation>
    </message>
    <message>
        <source>The tax rate must be from 0% to 100%; %1% is not.</source>
        <translation>稅率必須在 0% 到 100% 之間；%1% 不在此範圍內。</translation>
    </message>
    <message>
        <source>Order %1 has payments or shipments; its shipping and tax no longer change.</source>
        <translation>訂單 %1 已有付款或出貨；其運費和稅不能再變更。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) were marked seen again since (%1); none was made new again.</source>
        <translation>
            <numerusform>有 %Ln 筆訂單在此之後又被標記為已檢視（%1）；沒有訂單被重新標記為新訂單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders are no longer in the archive: restored or purged since (%1).</source>
        <translation>
            <numerusform>其中 %Ln 筆訂單已不在封存中：此後已被還原或清除（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未還原任何訂單。</translation>
    </message>
    <message>
        <source>The server created %1 of %2 orders; nothing was kept.</source>
        <translation>伺服器只建立了 %2 筆訂單中的 %1 筆；未保存任何內容。</translation>
    </message>
    <message>
        <source>This database cannot search the archive by customer.</source>
        <translation>此資料庫無法依客戶搜尋封存。</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n 筆新訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>the new order for %1</source>
        <translation>%1 的新訂單</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>訂單 %1</translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <source>%1 is not an order number: order numbers have at most %2 characters.</source>
        <translation>%1 不是訂單編號：訂單編號最多 %2 個字元。</translation>
    </message>
    <message>
        <source>%1 is not an order number: use letters, digits and - _ # / . only, without spaces.</source>
        <translation>%1 不是訂單編號：只能使用字母、數字和 - _ # / .，不能有空格。</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>%1 不是日期：請寫成 YYYY-MM-DD，例如 2026-01-31。</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no such day in the calendar.</source>
        <translation>%1 不是日期：日曆上沒有這一天。</translation>
    </message>
    <message>
        <source>The last day %1 comes before the first day %2.</source>
        <translation>最後一天 %1 早於第一天 %2。</translation>
    </message>
    <message>
        <source>%1 is not a period: write FIRST..LAST with days as YYYY-MM-DD, e.g. 2026-01-01..2026-01-31 (either end may be left out).</source>
        <translation>%1 不是時間區間：請寫成 FIRST..LAST，日期格式為 YYYY-MM-DD，例如 2026-01-01..2026-01-31（任一端都可省略）。</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3: write digits only, without a sign, spaces or leading zeros.</source>
        <translation>%1 不是 %2 到 %3 之間的整數：只能寫數字，不帶正負號、空格或前導零。</translation>
    </message>
    <message>
        <source>%1 is not an id: ids are whole numbers from 1, written with digits only.</source>
        <translation>%1 不是編號：編號是從 1 開始的整數，只能用數字書寫。</translation>
    </message>
    <message>
        <source>An order number is empty.</source>
        <translation>有一個訂單編號是空的。</translation>
    </message>
    <message>
        <source>The search text is too long: %L1 characters, at most %L2.</source>
        <translation>搜尋文字太長：%L1 個字元，最多 %L2 個。</translation>
    </message>
    <message>
        <source>Search words need at least two letters or digits (%1 has one; punctuation is not searched).</source>
        <translation>搜尋詞至少需要兩個字母或數字（%1 只有一個；標點符號不參與搜尋）。</translation>
    </message>
    <message>
        <source>The search text %1 has no letters or digits to search for.</source>
        <translation>搜尋文字 %1 中沒有可搜尋的字母或數字。</translation>
    </message>
    <message>
        <source>The search has %L1 words; at most %L2 can be searched at once.</source>
        <translation>搜尋包含 %L1 個詞；一次最多只能搜尋 %L2 個。</translation>
    </message>
    <message>
        <source>%1 is not a list of %2: an item is empty; separate the items with single commas.</source>
        <translation>%1 不是%2清單：有一項是空的；請用單個逗號分隔各項。</translation>
    </message>
    <message>
        <source>%1 is not a list of %2: write the items separated by commas, without spaces.</source>
        <translation>%1 不是%2清單：請用逗號分隔各項，不要加空格。</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作廢</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>View orders</source>
        <translation>檢視訂單</translation>
    </message>
    <message>
        <source>Create orders</source>
        <translation>建立訂單</translation>
    </message>
    <message>
        <source>Edit orders</source>
        <translation>編輯訂單</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>變更狀態</translation>
    </message>
    <message>
        <source>Mark orders seen</source>
        <translation>將訂單標記為已檢視</translation>
    </message>
    <message>
        <source>Invalidate orders</source>
        <translation>將訂單標記為無效</translation>
    </message>
    <message>
        <source>Delete invalid orders</source>
        <translation>刪除無效訂單</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>從封存還原</translation>
    </message>
    <message>
        <source>View analytics</source>
        <translation>檢視分析</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>管理使用者和角色</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>變更設定</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>備份和還原</translation>
    </message>
    <message>
        <source>Manage the catalogue and warehouses</source>
        <translation>管理商品目錄和倉庫</translation>
    </message>
    <message>
        <source>Adjust stock (receipts, stocktakes, transfers)</source>
        <translation>調整庫存（入庫、盤點、調撥）</translation>
    </message>
    <message>
        <source>Handle returns and feedback</source>
        <translation>處理退貨和反饋</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>記錄付款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Ship orders</source>
        <translation>訂單出貨</translation>
    </message>
    <message>
        <source>Review orders</source>
        <translation>審核訂單</translation>
    </message>
    <message>
        <source>Manage review rules</source>
        <translation>管理審核規則</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>%1 is open read-only (%2): nothing can be changed.</source>
        <translation>%1 以唯讀方式開啟（%2）：無法進行任何變更。</translation>
    </message>
</context>
<context>
    <name>Return</name>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收貨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>有缺陷</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>發錯商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>與描述不符</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>運輸中損壞</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>改變主意</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>換貨</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
</context>
<context>
    <name>ReturnStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation>沒有 ID 為 %1 的訂單。</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>備註太長。</translation>
    </message>
    <message>
        <source>A return needs at least one line: a product and how many.</source>
        <translation>退貨至少需要一行：商品及數量。</translation>
    </message>
    <message>
        <source>A return has at most 100 lines.</source>
        <translation>一次退貨最多 100 行。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number from 1 to 1,000,000.</source>
        <translation>第 %1 行：數量必須是 1 到 1,000,000 之間的整數。</translation>
    </message>
    <message>
        <source>Order %1 has not been shipped: only a shipped or delivered order can be returned.</source>
        <translation>訂單 %1 尚未發貨：只有已發貨或已送達的訂單才能退貨。</translation>
    </message>
    <message>
        <source>%1 is not on order %2.</source>
        <translation>%1 不在訂單 %2 中。</translation>
    </message>
    <message>
        <source>%1: %L2 shipped and %L3 already returned, so at most %L4 can come back, not %L5.</source>
        <translation>%1：已發貨 %L2 件，已退回 %L3 件，因此最多還能退回 %L4 件，而不是 %L5 件。</translation>
    </message>
    <message>
        <source>Return %1 is %2; only a return that is %3 can be %4.</source>
        <translation>退貨 %1 的狀態為「%2」；只有狀態為「%3」的退貨才能%4。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Say why the return is rejected: the customer reads it.</source>
        <translation>請說明拒絕退貨的原因：客戶會看到它。</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>原因太長。</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Return %1 was received already: its lines were restocked or written off once and are not again.</source>
        <translation>退貨 %1 已經收貨：其各行已入庫或報損過一次，不會再次處理。</translation>
    </message>
    <message>
        <source>Return %1 is %2; only an approved return can be received.</source>
        <translation>退貨 %1 的狀態為「%2」；只有已批准的退貨才能收貨。</translation>
    </message>
    <message>
        <source>Line %1 of the return is given twice.</source>
        <translation>退貨的第 %1 行出現了兩次。</translation>
    </message>
    <message>
        <source>Say what becomes of line %1 (%2): restock or write off.</source>
        <translation>請說明第 %1 行（%2）如何處理：重新入庫或報損。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a catalogue product and cannot be restocked; write it off.</source>
        <translation>第 %1 行：%2 不是目錄中的商品，無法重新入庫；請報損。</translation>
    </message>
    <message>
        <source>Line %1: there is no active warehouse with the id %2.</source>
        <translation>第 %1 行：沒有 ID 為 %2 的啟用倉庫。</translation>
    </message>
    <message>
        <source>Return %1 has no line %2.</source>
        <translation>退貨 %1 沒有第 %2 行。</translation>
    </message>
    <message>
        <source>Describe the repair in the note.</source>
        <translation>請在備註中說明維修情況。</translation>
    </message>
    <message>
        <source>Only a refund gives money back.</source>
        <translation>只有退款才會退還款項。</translation>
    </message>
    <message>
        <source>Only an exchange links a replacement order.</source>
        <translation>只有換貨才會關聯替換訂單。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>The refund must be more than nothing and at most %1, the returned lines&apos; value.</source>
        <translation>退款必須大於零，且最多為 %1（退回各行的金額）。</translation>
    </message>
    <message>
        <source>Name the replacement order of the exchange.</source>
        <translation>請指定換貨的替換訂單。</translation>
    </message>
    <message>
        <source>That order replaces another return already.</source>
        <translation>該訂單已經是另一筆退貨的替換訂單。</translation>
    </message>
    <message>
        <source>Exchange for return %1 of order %2.</source>
        <translation>訂單 %2 的退貨 %1 的換貨。</translation>
    </message>
    <message>
        <source>There is no return with the id %1.</source>
        <translation>沒有 ID 為 %1 的退貨。</translation>
    </message>
    <message>
        <source>The rating must be a whole number from 1 to 5.</source>
        <translation>評分必須是 1 到 5 之間的整數。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>備註為空。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>文字太長。</translation>
    </message>
    <message>
        <source>The refund is in %1 but order %2 is in %3.</source>
        <translation>退款幣別為 %1，但訂單 %2 的幣別為 %3。</translation>
    </message>
    <message>
        <source>Order %1&apos;s payments can give back only %2 of the %3 to refund; record the payment first or refund less.</source>
        <translation>訂單 %1 的付款只能退回 %3 中的 %2；請先登記付款，或減少退款金額。</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>退貨 %1</translation>
    </message>
    <message>
        <source>Return %1: %2</source>
        <translation>退貨 %1：%2</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Amount above a threshold</source>
        <translation>金額超過門檻</translation>
    </message>
    <message>
        <source>First order of a new customer above a threshold</source>
        <translation>新客戶首筆訂單超過門檻</translation>
    </message>
    <message>
        <source>Shipping country differs from billing country</source>
        <translation>收貨國家與帳單國家不同</translation>
    </message>
    <message>
        <source>Many orders from one email or phone in a short time</source>
        <translation>同一電子郵件或電話短時間內下單過多</translation>
    </message>
    <message>
        <source>Blocked email domain, phone or address</source>
        <translation>被封鎖的電子郵件網域、電話或地址</translation>
    </message>
    <message>
        <source>Line quantity above a limit</source>
        <translation>單項明細數量超過上限</translation>
    </message>
    <message>
        <source>Incomplete shipping address</source>
        <translation>收貨地址不完整</translation>
    </message>
    <message>
        <source>The settings of the rule &quot;%1&quot; are damaged.</source>
        <translation>規則「%1」的設定已損壞。</translation>
    </message>
    <message>
        <source>The rule set is not a JSON object: %1</source>
        <translation>規則集不是 JSON 物件：%1</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;; the rules are: %2.</source>
        <translation>沒有規則「%1」；現有規則：%2。</translation>
    </message>
    <message>
        <source>%1 %2 takes a whole number from %3 to %4.</source>
        <translation>%1 %2 需要 %3 到 %4 之間的整數。</translation>
    </message>
    <message>
        <source>A threshold is a currency and an amount, e.g. &quot;threshold EUR 1500.00&quot;; &quot;%1 %2&quot; is not one.</source>
        <translation>門檻由幣別和金額組成，例如「threshold EUR 1500.00」；「%1 %2」不是有效門檻。</translation>
    </message>
    <message>
        <source>Give the value to %1.</source>
        <translation>請給出 %1 的值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of the rule %2.</source>
        <translation>「%1」不是規則 %2 的設定項。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>開</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關</translation>
    </message>
    <message>
        <source>more than %1 orders within %2 minutes</source>
        <translation>%2 分鐘內超過 %1 筆訂單</translation>
    </message>
    <message>
        <source>%1 email domains, %2 phones, %3 addresses</source>
        <translation>%1 個電子郵件網域、%2 個電話、%3 個地址</translation>
    </message>
    <message>
        <source>more than %1 of one line</source>
        <translation>單項明細超過 %1 件</translation>
    </message>
    <message>
        <source>%1 is above the %2 review threshold.</source>
        <translation>%1 超過了 %2 的審核門檻。</translation>
    </message>
    <message>
        <source>A new customer&apos;s first order of %1 is above the %2 threshold for first orders.</source>
        <translation>新客戶的首筆訂單金額 %1 超過了首筆訂單門檻 %2。</translation>
    </message>
    <message>
        <source>The order ships to %1 but is billed in %2.</source>
        <translation>訂單寄往 %1，但帳單地址在 %2。</translation>
    </message>
    <message>
        <source>%1 placed %2 orders within %3 minutes (more than %4 is held).</source>
        <translation>%1 在 %3 分鐘內下了 %2 筆訂單（超過 %4 筆即暫扣）。</translation>
    </message>
    <message>
        <source>The email domain %1 is on the blocklist.</source>
        <translation>電子郵件網域 %1 在封鎖名單上。</translation>
    </message>
    <message>
        <source>The phone %1 is on the blocklist.</source>
        <translation>電話 %1 在封鎖名單上。</translation>
    </message>
    <message>
        <source>The address %1 is on the blocklist.</source>
        <translation>地址 %1 在封鎖名單上。</translation>
    </message>
    <message>
        <source>Line %1 (%2) asks for %3 pieces; more than %4 is held.</source>
        <translation>第 %1 項明細（%2）訂購 %3 件；超過 %4 件即暫扣。</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>The shipping address is incomplete: no %1.</source>
        <translation>收貨地址不完整：缺少%1。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in %3 (e.g. %4).</source>
        <translation>%1：「%2」不是以 %3 表示的金額（例如 %4）。</translation>
    </message>
    <message>
        <source>Amount threshold</source>
        <translation>金額門檻</translation>
    </message>
    <message>
        <source>First order threshold</source>
        <translation>首筆訂單門檻</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1：「%2」不是 %3 到 %4 之間的整數。</translation>
    </message>
    <message>
        <source>Orders from one customer</source>
        <translation>同一客戶的訂單數</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>分鐘數</translation>
    </message>
    <message>
        <source>Largest quantity of a line</source>
        <translation>一列的最大數量</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email domain (e.g. example.com).</source>
        <translation>「%1」不是電子郵件網域（例如 example.com）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (at least 5 digits).</source>
        <translation>「%1」不是電話號碼（至少 5 位數字）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address (street, postcode).</source>
        <translation>「%1」不是地址（街道, 郵遞區號）。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Blocked email domains</source>
        <translation>封鎖的電子郵件網域</translation>
    </message>
    <message>
        <source>Blocked phones</source>
        <translation>封鎖的電話</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>封鎖的地址</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Blocked email domains added: %1</source>
        <translation>新增封鎖的電子郵件網域：%1</translation>
    </message>
    <message>
        <source>Blocked email domains removed: %1</source>
        <translation>移除封鎖的電子郵件網域：%1</translation>
    </message>
    <message>
        <source>Blocked phones added: %1</source>
        <translation>新增封鎖的電話：%1</translation>
    </message>
    <message>
        <source>Blocked phones removed: %1</source>
        <translation>移除封鎖的電話：%1</translation>
    </message>
    <message>
        <source>Blocked addresses added: %1</source>
        <translation>新增封鎖的地址：%1</translation>
    </message>
    <message>
        <source>Blocked addresses removed: %1</source>
        <translation>移除封鎖的地址：%1</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>The note is too long.</source>
        <translation>備註太長。</translation>
    </message>
    <message>
        <source>Give a reason for rejecting: it becomes the reason the order is invalid.</source>
        <translation>請填寫拒絕原因：它將作為訂單無效的原因。</translation>
    </message>
    <message>
        <source>%1 (rejected by %2)</source>
        <translation>%1（已被 %2 拒絕）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen orders no longer exist or are outside your scope; nothing was decided.</source>
        <translation>
            <numerusform>所選訂單中有 %n 筆已不存在或不在您的權限範圍內；未作任何決定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone decided meanwhile: %1 no longer awaits review. Nothing was decided; look at the queue again.</source>
        <translation>有人剛剛作出了決定：%1 已不再等待審核。未作任何決定，請重新查看審核佇列。</translation>
    </message>
    <message>
        <source>Someone decided some of these orders meanwhile. Nothing was decided; look at the queue again.</source>
        <translation>有人剛剛對其中部分訂單作出了決定。未作任何決定，請重新查看審核佇列。</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Give the view a name.</source>
        <translation>請為檢視命名。</translation>
    </message>
    <message>
        <source>A view&apos;s name holds at most %L1 characters.</source>
        <translation>檢視名稱最多 %L1 個字元。</translation>
    </message>
    <message>
        <source>That view is not yours, or it was deleted meanwhile.</source>
        <translation>此檢視不屬於您，或已被刪除。</translation>
    </message>
    <message>
        <source>The view&apos;s columns cannot be read.</source>
        <translation>無法讀取此檢視的欄位設定。</translation>
    </message>
    <message>
        <source>You already have a view named &quot;%1&quot;.</source>
        <translation>您已有名為「%1」的檢視。</translation>
    </message>
    <message>
        <source>That role no longer exists.</source>
        <translation>此角色已不存在。</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The number of orders must be between 0 and 100,000,000.</source>
        <translation>訂單數量必須介於 0 到 100,000,000 之間。</translation>
    </message>
    <message>
        <source>Demo data can only be generated into a SQLite database.</source>
        <translation>示範資料只能產生到 SQLite 資料庫中。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；未新增任何內容。</translation>
    </message>
    <message>
        <source>This seeder writes to PostgreSQL databases only.</source>
        <translation>此資料產生器只寫入 PostgreSQL 資料庫。</translation>
    </message>
</context>
<context>
    <name>ServiceAccount</name>
    <message>
        <source>The database user is unknown to the server.</source>
        <translation>伺服器不認識該資料庫使用者。</translation>
    </message>
    <message>
        <source>%1 is a superuser of the database server. The gateway runs as a service account (docketctl service-account create NAME), never as a superuser.</source>
        <translation>%1 是資料庫伺服器的超級使用者。閘道器以服務帳戶執行（docketctl service-account create NAME），絕不以超級使用者執行。</translation>
    </message>
    <message>
        <source>%1 owns Docket&apos;s tables. The gateway runs as a service account (docketctl service-account create NAME), never as the owner.</source>
        <translation>%1 擁有 Docket 的資料表。閘道器以服務帳戶執行（docketctl service-account create NAME），絕不以所有者執行。</translation>
    </message>
    <message>
        <source>%1 is a Docket user&apos;s login. The gateway runs as a service account (docketctl service-account create NAME).</source>
        <translation>%1 是 Docket 使用者的登入。閘道器以服務帳戶執行（docketctl service-account create NAME）。</translation>
    </message>
    <message>
        <source>%1 is not a service account (a member of docket_service): create one with docketctl service-account create NAME.</source>
        <translation>%1 不是服務帳戶（docket_service 的成員）：請用 docketctl service-account create NAME 建立一個。</translation>
    </message>
    <message>
        <source>Service accounts exist on a PostgreSQL server only; on SQLite the gateway opens the file itself.</source>
        <translation>服務帳戶只存在於 PostgreSQL 伺服器上；使用 SQLite 時閘道器自行開啟檔案。</translation>
    </message>
    <message>
        <source>A service account&apos;s name is 3 to 63 lower-case letters, digits or underscores, starting with a letter, and does not start with pg_ or docket_: &quot;%1&quot; is not.</source>
        <translation>服務帳戶名稱為 3 到 63 個小寫字母、數字或下劃線，以字母開頭，且不以 pg_ 或 docket_ 開頭：「%1」不符合。</translation>
    </message>
    <message>
        <source>A service account&apos;s password has at least 12 characters.</source>
        <translation>服務帳戶的密碼至少 12 個字元。</translation>
    </message>
    <message>
        <source>The server has a role called %1 already.</source>
        <translation>伺服器上已有名為 %1 的角色。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 may not do this: &quot;%2&quot; is not among the permissions of their role.</source>
        <translation>%1 無權執行此操作：其角色的權限中不包括「%2」。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Docket Demo Shop</source>
        <translation>Docket 示範商店</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>Shop name</source>
        <translation>商店名稱</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>單據</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>商店地址</translation>
    </message>
    <message>
        <source>Shop email</source>
        <translation>商店電子郵件</translation>
    </message>
    <message>
        <source>Shop phone</source>
        <translation>商店電話</translation>
    </message>
    <message>
        <source>Back up daily</source>
        <translation>每日備份</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留的每日備份數</translation>
    </message>
    <message numerus="yes">
        <source>one line of at most %n characters</source>
        <translation>
            <numerusform>一行，最多 %n 個字元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of at most %n characters</source>
        <translation>
            <numerusform>最多 %n 個字元的文字</numerusform>
        </translation>
    </message>
    <message>
        <source>an email address, or nothing</source>
        <translation>電子郵件地址，或留空</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之間的整數</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not acceptable: %4; expected %5.</source>
        <translation>%1（%2）：不接受「%3」：%4；應為%5。</translation>
    </message>
    <message>
        <source>it has a line break</source>
        <translation>其中有換行</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>太長</translation>
    </message>
    <message>
        <source>it is not an email address</source>
        <translation>不是電子郵件地址</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>不是整數</translation>
    </message>
    <message>
        <source>it is out of range</source>
        <translation>超出範圍</translation>
    </message>
    <message>
        <source>it is neither true nor false</source>
        <translation>既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>Order look-ups per minute and address</source>
        <translation>每個地址每分鐘的訂單查詢次數</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>閘道器</translation>
    </message>
    <message>
        <source>Gateway logs kept (days)</source>
        <translation>閘道器日誌保留天數</translation>
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
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>Awaiting review: time limit (hours)</source>
        <translation>待審核：期限（小時）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Awaiting payment: time limit (hours)</source>
        <translation>待付款：期限（小時）</translation>
    </message>
    <message>
        <source>Paid to shipped: time limit (hours)</source>
        <translation>付款到出貨：期限（小時）</translation>
    </message>
    <message>
        <source>Shipped to delivered: time limit (hours)</source>
        <translation>出貨到簽收：期限（小時）</translation>
    </message>
    <message>
        <source>Time limits per channel</source>
        <translation>各通路期限</translation>
    </message>
    <message>
        <source>Cancel orders unpaid past their time limit</source>
        <translation>自動取消超過期限仍未付款的訂單</translation>
    </message>
    <message>
        <source>one carrier a line: code | name | pattern | link</source>
        <translation>每行一家貨運公司：代碼 | 名稱 | 格式 | 連結</translation>
    </message>
    <message>
        <source>one override a line: channel step hours (steps: review, payment, shipping, delivery)</source>
        <translation>每行一條例外：通路 步驟 小時數（步驟：review、payment、shipping、delivery）</translation>
    </message>
    <message>
        <source>one payment method a line: code | label | on_delivery | inactive</source>
        <translation>每行一種付款方式：代碼 | 名稱 | on_delivery | inactive</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>商店貨幣</translation>
    </message>
    <message>
        <source>an ISO 4217 currency code such as EUR, USD or CNY</source>
        <translation>ISO 4217 貨幣代碼，例如 EUR、USD 或 CNY</translation>
    </message>
    <message>
        <source>it is not an ISO 4217 currency code</source>
        <translation>不是 ISO 4217 貨幣代碼</translation>
    </message>
    <message>
        <source>Catalogue currency (prices, costs, stock value)</source>
        <translation>目錄貨幣（價格、成本、庫存價值）</translation>
    </message>
</context>
<context>
    <name>ShopSettingsStore</name>
    <message>
        <source>There is no shop setting called &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的商店設定。</translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices, costs and stock values are in %1. Docket does not convert amounts, so the catalogue&apos;s currency can change only while they are all zero.</source>
        <translation>目錄的價格、成本和庫存價值以 %1 計。Docket 不換算金額，因此只有在它們全部為零時才能變更目錄貨幣。</translation>
    </message>
</context>
<context>
    <name>StockMovement</name>
    <message>
        <source>Receipt</source>
        <translation>入庫</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已預留</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已釋放</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已發貨</translation>
    </message>
    <message>
        <source>Returned to stock</source>
        <translation>退回庫存</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已報損</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盤點</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>調出</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>調入</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺貨待補</translation>
    </message>
</context>
<context>
    <name>StockStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation>沒有 ID 為 %1 的訂單。</translation>
    </message>
    <message>
        <source>A receipt needs at least one line.</source>
        <translation>入庫單至少需要一行。</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>備註太長。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number from 1 to 1,000,000,000.</source>
        <translation>第 %1 行：數量必須是 1 到 1,000,000,000 之間的整數。</translation>
    </message>
    <message>
        <source>Line %1: there is no product with the id %2.</source>
        <translation>第 %1 行：沒有 ID 為 %2 的商品。</translation>
    </message>
    <message>
        <source>Line %1: there is no active warehouse with the id %2.</source>
        <translation>第 %1 行：沒有 ID 為 %2 的啟用倉庫。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such product or active warehouse.</source>
        <translation>沒有這樣的商品或啟用的倉庫。</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>請填寫調整原因。</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>原因太長。</translation>
    </message>
    <message>
        <source>The quantity on hand must be a whole number from 0 to 1,000,000,000.</source>
        <translation>現有庫存必須是 0 到 1,000,000,000 之間的整數。</translation>
    </message>
    <message>
        <source>Give a reason for the write-off.</source>
        <translation>請填寫報損原因。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 1,000,000,000.</source>
        <translation>數量必須是 1 到 1,000,000,000 之間的整數。</translation>
    </message>
    <message>
        <source>Only %L1 of %2 are on hand in %3.</source>
        <translation>%3 中 %2 的現有庫存只有 %L1。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like it.</source>
        <translation>
            <numerusform>……以及另外 %n 個類似問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily summary of product %1 in warehouse %2 on day %3 (%4) differs from the ledger.</source>
        <translation>商品 %1 在倉庫 %2 於第 %3 天（%4）的每日彙總與臺帳不符。</translation>
    </message>
    <message>
        <source>Product %1: its totals (on hand, reserved, backordered, value or low-stock mark) differ from its warehouses.</source>
        <translation>商品 %1：其合計（現有、預留、缺貨、價值或低庫存標記）與各倉庫不符。</translation>
    </message>
    <message>
        <source>Product %1 in warehouse %2: %3 reserved, but the orders hold %4.</source>
        <translation>商品 %1 在倉庫 %2：預留 %3，但訂單佔用 %4。</translation>
    </message>
    <message>
        <source>Order %1 holds %3 of product %2, but its movements add up to %4.</source>
        <translation>訂單 %1 佔用商品 %2 共 %3，但其庫存變動合計為 %4。</translation>
    </message>
    <message>
        <source>Rebuilding the stock figures needs a user who sees every order.</source>
        <translation>重建庫存資料需要一位能看到所有訂單的使用者。</translation>
    </message>
    <message>
        <source>There is no stocktake with the id %1.</source>
        <translation>沒有 ID 為 %1 的盤點。</translation>
    </message>
    <message>
        <source>There is no active warehouse with the id %1.</source>
        <translation>沒有 ID 為 %1 的啟用倉庫。</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 is under way already; post or cancel it first.</source>
        <translation>%2 的盤點 %1 已在進行中；請先過帳或取消它。</translation>
    </message>
    <message>
        <source>Unknown SKU: %1.</source>
        <translation>未知 SKU：%1。</translation>
    </message>
    <message>
        <source>There are no counts to enter.</source>
        <translation>沒有可錄入的盤點數量。</translation>
    </message>
    <message>
        <source>Stocktake %1 is %2; counts can no longer be entered.</source>
        <translation>盤點 %1 的狀態為「%2」；不能再錄入數量。</translation>
    </message>
    <message>
        <source>%1: the count must be a whole number from 0 to 1,000,000,000.</source>
        <translation>%1：盤點數量必須是 0 到 1,000,000,000 之間的整數。</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s) instead of 2.</source>
        <translation>
            <numerusform>第 %1 行：%n 個欄位，而不是 2 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a SKU.</source>
        <translation>第 %1 行：「%2」不是 SKU。</translation>
    </message>
    <message>
        <source>Line %1: unknown SKU %2.</source>
        <translation>第 %1 行：未知 SKU %2。</translation>
    </message>
    <message>
        <source>Line %1: the count &quot;%2&quot; is not a whole number of at least 0.</source>
        <translation>第 %1 行：盤點數量「%2」不是大於等於 0 的整數。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……以及另外 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has problems; nothing was counted.
%1</source>
        <translation>檔案有問題；未錄入任何盤點數量。
%1</translation>
    </message>
    <message>
        <source>The file has no counts.</source>
        <translation>檔案中沒有盤點數量。</translation>
    </message>
    <message>
        <source>Stocktake %1 was %2 by %3 already.</source>
        <translation>盤點 %1 已由 %3 處理（%2）。</translation>
    </message>
    <message>
        <source>Stocktake %1 is %2 already.</source>
        <translation>盤點 %1 的狀態已是「%2」。</translation>
    </message>
    <message>
        <source>There is no transfer with the id %1.</source>
        <translation>沒有 ID 為 %1 的調撥。</translation>
    </message>
    <message>
        <source>A transfer goes from one warehouse to another.</source>
        <translation>調撥必須從一個倉庫到另一個倉庫。</translation>
    </message>
    <message>
        <source>A transfer needs at least one line.</source>
        <translation>調撥至少需要一行。</translation>
    </message>
    <message>
        <source>Line %1: the product is on the transfer twice.</source>
        <translation>第 %1 行：該商品在調撥中出現了兩次。</translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a draft is sent.</source>
        <translation>調撥 %1 的狀態為「%2」；只有草稿可以發出。</translation>
    </message>
    <message>
        <source>Only %L1 of %2 are available in %3 (%L4 on hand, %L5 reserved); the transfer wants %L6.</source>
        <translation>%3 中 %2 的可用數量只有 %L1（現有 %L4，預留 %L5）；調撥需要 %L6。</translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a transfer in transit is received.</source>
        <translation>調撥 %1 的狀態為「%2」；只有在途的調撥可以接收。</translation>
    </message>
    <message>
        <source>%1: between 0 and %L2 units can arrive, not %L3.</source>
        <translation>%1：可到貨 0 到 %L2 件，而不是 %L3 件。</translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a draft is cancelled.</source>
        <translation>調撥 %1 的狀態為「%2」；只有草稿可以取消。</translation>
    </message>
    <message>
        <source>A stock movement is valued at cost in %1, not in %2.</source>
        <translation>庫存異動按 %1 的成本計價，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 in %2: the stock table says %3 on hand and %4 reserved, the ledger %5 and %6.</source>
        <translation>%1 在 %2：庫存表記錄現有 %3、預留 %4，臺帳為 %5 和 %6。</translation>
    </message>
    <message>
        <source>%1 is not on transfer %2.</source>
        <translation>%1 不在調撥 %2 中。</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Counting</source>
        <translation>盤點中</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已過帳</translation>
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
        <translation>我的訂單在哪裡？</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <source>Email address or phone number on the order</source>
        <translation>訂單上的電子郵件地址或電話號碼</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>We found no order with this number and this email address or phone number. Check both and try again.</source>
        <translation>我們沒有找到與此訂單號及此電子郵件地址或電話號碼相符的訂單。請檢查兩者後重試。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation>您訂購的商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
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
        <translation>第 %1 列，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s) instead of 5.</source>
        <translation>
            <numerusform>第 %1 列：有 %n 個欄位，應為 5 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>the carrier is empty.</source>
        <translation>貨運公司為空白。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation>「%1」不是本店的貨運公司（%2）。</translation>
    </message>
    <message>
        <source>the tracking number is empty.</source>
        <translation>追蹤編號為空白。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its zone, such as 2026-12-05T10:00:00+08:00 or 2026-12-05T02:00:00Z.</source>
        <translation>「%1」不是帶時區的時間，例如 2026-12-05T10:00:00+08:00 或 2026-12-05T02:00:00Z。</translation>
    </message>
    <message>
        <source>the place is longer than 200 characters.</source>
        <translation>地點超過 200 個字元。</translation>
    </message>
    <message>
        <source>the status is empty.</source>
        <translation>狀態為空白。</translation>
    </message>
    <message>
        <source>the status is longer than 500 characters.</source>
        <translation>狀態超過 500 個字元。</translation>
    </message>
    <message>
        <source>a parcel is delivered after it shipped; parcel %1 shipped at %2.</source>
        <translation>包裹須在出貨之後送達；包裹 %1 的出貨時間為 %2。</translation>
    </message>
    <message>
        <source>parcel %1 of %2 belongs to an order outside your scope.</source>
        <translation>貨運公司 %2 的包裹 %1 屬於超出您範圍的訂單。</translation>
    </message>
    <message>
        <source>no parcel of carrier %1 has the tracking number %2.</source>
        <translation>貨運公司 %1 沒有追蹤編號為 %2 的包裹。</translation>
    </message>
    <message>
        <source>The file has more than %L1 tracking events; split it.</source>
        <translation>檔案中的物流事件超過 %L1 個，請分割。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 未匯入任何內容。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 列：%2 未匯入任何內容。</translation>
    </message>
    <message>
        <source>parcel %1: %2</source>
        <translation>包裹 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何變更。</translation>
    </message>
</context>
<context>
    <name>TrackingIntake</name>
    <message>
        <source>&quot;events&quot; is a list of tracking events.</source>
        <translation>「events」應為追蹤事件的清單。</translation>
    </message>
    <message>
        <source>There are no tracking events.</source>
        <translation>沒有追蹤事件。</translation>
    </message>
    <message>
        <source>At most %1 tracking events at once.</source>
        <translation>一次最多 %1 個追蹤事件。</translation>
    </message>
    <message>
        <source>A tracking event is a JSON object.</source>
        <translation>追蹤事件應為 JSON 物件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a tracking event (%2).</source>
        <translation>「%1」不是追蹤事件的欄位（%2）。</translation>
    </message>
    <message>
        <source>&quot;at&quot; is a time with its zone, such as 2026-12-05T10:00:00Z; &quot;%1&quot; is not.</source>
        <translation>「at」應為帶時區的時間，例如 2026-12-05T10:00:00Z；「%1」不是。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation>「%1」不是本店的貨運公司（%2）。</translation>
    </message>
    <message>
        <source>No shipment of carrier %1 has the tracking number %2.</source>
        <translation>貨運公司 %1 沒有追蹤編號為 %2 的包裹。</translation>
    </message>
    <message>
        <source>Event %1 (%2): %3</source>
        <translation>事件 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The order has no shipment %1.</source>
        <translation>該訂單沒有出貨 %1。</translation>
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
        <translation>已不存在，或已不在您可檢視的訂單中</translation>
    </message>
    <message>
        <source>Marked seen by %1</source>
        <translation>已由 %1 標記為已檢視</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>此後已被變更</translation>
    </message>
    <message>
        <source>Another order has this number now</source>
        <translation>現在另一筆訂單使用此編號</translation>
    </message>
    <message>
        <source>No longer in the archive (purged), or no longer among the orders you can see</source>
        <translation>已不在封存中（已清除），或已不在您可檢視的訂單中</translation>
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
        <translation>專員</translation>
    </message>
    <message>
        <source>Works orders through their workflow</source>
        <translation>按流程處理訂單</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Clerk, plus invalidates, deletes and restores orders</source>
        <translation>專員權限，外加將訂單標記為無效、刪除和還原訂單</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Reads every order and the analytics; changes nothing</source>
        <translation>可檢視所有訂單和分析資料；不能做任何變更</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Everything, including users, settings and backups</source>
        <translation>全部權限，包括使用者、設定和備份</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登入被拒絕</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>帳戶已鎖定</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密碼已變更</translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation>密碼變更被拒絕</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>密碼已重設</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>已新增使用者</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>已停用使用者</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>已啟用使用者</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>已解鎖使用者</translation>
    </message>
    <message>
        <source>Role assigned</source>
        <translation>已分配角色</translation>
    </message>
    <message>
        <source>Scope changed</source>
        <translation>範圍已變更</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>已建立角色</translation>
    </message>
    <message>
        <source>Role permissions changed</source>
        <translation>角色權限已變更</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>已刪除角色</translation>
    </message>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation>無法初始化密碼庫（libsodium）。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>記憶體不足，無法保護密碼；請關閉其他程式後重試。</translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a sales channel (known: %2).</source>
        <translation>範圍：「%1」不是銷售通路（已知通路：%2）。</translation>
    </message>
    <message>
        <source>Scope: name at least one sales channel after &quot;channels:&quot;.</source>
        <translation>範圍：請在「channels:」後至少指定一個銷售通路。</translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a scope; write all, own or channels:CODE,CODE.</source>
        <translation>範圍：「%1」不是有效範圍；請寫 all、own 或 channels:代碼,代碼。</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>所有訂單</translation>
    </message>
    <message>
        <source>Own orders</source>
        <translation>自己的訂單</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>通路：%1</translation>
    </message>
    <message>
        <source>The user name is required.</source>
        <translation>必須填寫使用者名稱。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may hold only letters, digits and . _ @ - (at most 64, no spaces).</source>
        <translation>使用者名稱「%1」只能包含字母、數字以及 . _ @ -（最多 64 個字元，不能有空格）。</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>密碼太短：請至少使用 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long (at most 1024 characters).</source>
        <translation>密碼太長（最多 1024 個字元）。</translation>
    </message>
    <message>
        <source>Scope: choose at least one sales channel.</source>
        <translation>範圍：請至少選擇一個銷售通路。</translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a sales channel.</source>
        <translation>範圍：「%1」不是銷售通路。</translation>
    </message>
    <message>
        <source>%1 may no longer manage users: the account was disabled or its role changed. Sign in again.</source>
        <translation>%1 已無權管理使用者：該帳戶已被停用或其角色已變更。請重新登入。</translation>
    </message>
    <message>
        <source>This change would leave no active account that can manage users. Give another account that right first.</source>
        <translation>此變更將導致沒有可管理使用者的活動帳戶。請先將該權限授予其他帳戶。</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的使用者。</translation>
    </message>
    <message>
        <source>User %1 was not found.</source>
        <translation>未找到使用者 %1。</translation>
    </message>
    <message>
        <source>There is no role named &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的角色。</translation>
    </message>
    <message>
        <source>Role %1 was not found.</source>
        <translation>未找到角色 %1。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>請輸入您的使用者名稱。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2. Try again then, or ask an administrator to unlock it.</source>
        <translation>由於密碼錯誤次數過多，帳戶 %1 已被鎖定至 %2。請屆時再試，或請管理員解鎖。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account %1 is locked until %2.</source>
        <translation>密碼錯誤次數過多：帳戶 %1 已被鎖定至 %2。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>帳戶 %1 已停用。請聯絡管理員啟用。</translation>
    </message>
    <message>
        <source>This database already has users; an administrator adds new ones.</source>
        <translation>此資料庫已有使用者；新使用者須由管理員新增。</translation>
    </message>
    <message>
        <source>The built-in role &quot;administrator&quot; is missing from this database.</source>
        <translation>此資料庫中缺少內建角色「administrator」。</translation>
    </message>
    <message>
        <source>%1 has no Docket account whose password could change.</source>
        <translation>%1 沒有可變更密碼的 Docket 帳戶。</translation>
    </message>
    <message>
        <source>The account %1 is disabled or was removed.</source>
        <translation>帳戶 %1 已停用或已被刪除。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>目前密碼錯誤。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密碼必須與目前密碼不同。</translation>
    </message>
    <message>
        <source>The display name is too long (at most 200 characters).</source>
        <translation>顯示名稱太長（最多 200 個字元）。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>名為「%1」的使用者已存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的帳戶。</translation>
    </message>
    <message>
        <source>The role name is required.</source>
        <translation>必須填寫角色名稱。</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; may hold only letters, digits, spaces and . _ - (at most 64).</source>
        <translation>角色名稱「%1」只能包含字母、數字、空格以及 . _ -（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists.</source>
        <translation>名為「%1」的角色已存在。</translation>
    </message>
    <message>
        <source>The built-in role &quot;%1&quot; cannot be changed; make a custom role instead.</source>
        <translation>內建角色「%1」不能變更；請改為建立自訂角色。</translation>
    </message>
    <message>
        <source>The built-in role &quot;%1&quot; cannot be deleted.</source>
        <translation>內建角色「%1」不能刪除。</translation>
    </message>
    <message numerus="yes">
        <source>The role &quot;%1&quot; still belongs to %n user(s); give them another role first.</source>
        <translation>
            <numerusform>仍有 %n 個使用者使用角色「%1」；請先為他們分配其他角色。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>起始日期晚於截止日期。</translation>
    </message>
    <message>
        <source>Role: %1; sees: %2</source>
        <translation>角色：%1；可見範圍：%2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
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
            <numerusform>密碼錯誤（連續 %n 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row</source>
        <translation>
            <numerusform>連續 %n 次密碼錯誤</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>未知的使用者名稱</translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation>帳戶已鎖定</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>帳戶已停用</translation>
    </message>
    <message>
        <source>wrong current password</source>
        <translation>目前密碼錯誤</translation>
    </message>
    <message>
        <source>the first administrator</source>
        <translation>第一位管理員</translation>
    </message>
    <message>
        <source>Shop setting changed</source>
        <translation>商店設定已變更</translation>
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
        <translation>已建立 API 金鑰</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>已吊銷 API 金鑰</translation>
    </message>
    <message>
        <source>Webhook secret of a channel set</source>
        <translation>已設定通路的 Webhook 金鑰</translation>
    </message>
    <message>
        <source>Webhook intake of a channel removed</source>
        <translation>已移除通路的 Webhook 接收</translation>
    </message>
    <message>
        <source>Outbound webhook added</source>
        <translation>已新增外發 Webhook</translation>
    </message>
    <message>
        <source>Outbound webhook removed</source>
        <translation>已移除外發 Webhook</translation>
    </message>
    <message>
        <source>View saved</source>
        <translation>已儲存檢視</translation>
    </message>
    <message>
        <source>View renamed</source>
        <translation>已重新命名檢視</translation>
    </message>
    <message>
        <source>View deleted</source>
        <translation>已刪除檢視</translation>
    </message>
    <message>
        <source>View shared</source>
        <translation>已共用檢視</translation>
    </message>
    <message>
        <source>Review rules changed</source>
        <translation>審核規則已變更</translation>
    </message>
</context>
<context>
    <name>WebhookStore</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>「%1」不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>A webhook secret has 16 to 256 characters.</source>
        <translation>Webhook 金鑰為 16 到 256 個字元。</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; the events are: %2.</source>
        <translation>沒有事件「%1」；現有事件：%2。</translation>
    </message>
    <message>
        <source>There is no active webhook with the id %1.</source>
        <translation>沒有編號為 %1 的有效 Webhook。</translation>
    </message>
</context>
<context>
    <name>docket::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <source>Docket icon</source>
        <translation>Docket 圖示</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>A native desktop back office for e-commerce orders.</source>
        <translation>原生桌面電商訂單管理後台。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>%1 (this version knows up to %2)</source>
        <translation>%1（本版本最高支援 %2）</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite 檔案</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 伺服器</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（建置時使用 %2）</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>架構版本</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>目前登入使用者</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>複製詳細資訊(&amp;C)</translation>
    </message>
</context>
<context>
    <name>docket::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>letters, digits and . _ @ -</source>
        <translation>字母、數字以及 . _ @ -</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 個字元</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重複密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>可見範圍(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>新增使用者(&amp;A)</translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again.</source>
        <translation>兩次輸入的密碼不一致；請重新輸入密碼。</translation>
    </message>
</context>
<context>
    <name>docket::AdminPage</name>
    <message>
        <source>Users and Permissions</source>
        <translation>使用者和權限</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Security &amp;Log</source>
        <translation>安全性記錄(&amp;L)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
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
        <translation>可見範圍</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>新增使用者(&amp;A)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重設密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>解鎖(&amp;N)</translation>
    </message>
    <message>
        <source>Lift a lockout after too many wrong passwords</source>
        <translation>解除因多次輸錯密碼而導致的鎖定</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>套用(&amp;Y)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation>可見範圍(&amp;S)：</translation>
    </message>
    <message>
        <source>A change of role or scope takes effect when the user next signs in. Every change is written to the security log.</source>
        <translation>角色或範圍的變更在該使用者下次登入時生效。每項變更都會寫入安全性記錄。</translation>
    </message>
    <message>
        <source>Each column is a role, each row a permission. The built-in roles are fixed; create a custom role to choose its permissions. A change takes effect when its users next sign in.</source>
        <translation>每欄是一個角色，每列是一項權限。內建角色不可變更；如需自選權限，請建立自訂角色。變更在相關使用者下次登入時生效。</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>各角色的權限</translation>
    </message>
    <message>
        <source>&amp;New Role…</source>
        <translation>新增角色(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation>刪除角色(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected custom role (only when nobody has it)</source>
        <translation>刪除所選的自訂角色（僅當沒有使用者使用該角色時）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>鎖定至 %1</translation>
    </message>
    <message>
        <source>Rights of %1</source>
        <translation>%1 的權限</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <source>Saved the rights of %1.</source>
        <translation>已儲存 %1 的權限。</translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation>已新增使用者 %1。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已為 %1 設定新密碼。</translation>
    </message>
    <message>
        <source>Enabled the account %1.</source>
        <translation>已啟用帳戶 %1。</translation>
    </message>
    <message>
        <source>Disabled the account %1; it can no longer sign in.</source>
        <translation>已停用帳戶 %1；該帳戶無法再登入。</translation>
    </message>
    <message>
        <source>Unlocked the account %1.</source>
        <translation>已解鎖帳戶 %1。</translation>
    </message>
    <message>
        <source>%1
(built-in)</source>
        <translation>%1
（內建）</translation>
    </message>
    <message>
        <source>Built-in roles cannot be changed.</source>
        <translation>內建角色不能變更。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Saved the permissions of the role %1.</source>
        <translation>已儲存角色 %1 的權限。</translation>
    </message>
    <message>
        <source>Created a role; choose its permissions in its column.</source>
        <translation>已建立角色；請在其所在欄中選擇權限。</translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation>已刪除角色 %1。</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>API 金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>Webhook(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Intake Log</source>
        <translation>接收紀錄(&amp;I)</translation>
    </message>
</context>
<context>
    <name>docket::AfterSalesPage</name>
    <message>
        <source>Restocked in %1</source>
        <translation>已重新入庫到 %1</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已報損</translation>
    </message>
    <message>
        <source>Which returns</source>
        <translation>顯示哪些退貨</translation>
    </message>
    <message>
        <source>Open returns</source>
        <translation>未結退貨</translation>
    </message>
    <message>
        <source>Overdue returns</source>
        <translation>逾期退貨</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>所有退貨</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒絕(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>收貨(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>關閉(&amp;C)…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>處理方式</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>處理結果</translation>
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
        <translation>備註：%1 — %2</translation>
    </message>
    <message>
        <source>Return %1 of order %2 — %3, %4. %5</source>
        <translation>訂單 %2 的退貨 %1 — %3，%4。%5</translation>
    </message>
    <message>
        <source>Choose a return to see its lines and the order&apos;s feedback.</source>
        <translation>選擇一筆退貨，檢視其各行及訂單的反饋。</translation>
    </message>
    <message>
        <source>Return %1 approved.</source>
        <translation>退貨 %1 已批准。</translation>
    </message>
    <message>
        <source>Cannot Approve the Return</source>
        <translation>無法批准退貨</translation>
    </message>
    <message>
        <source>Reject Return %1</source>
        <translation>拒絕退貨 %1</translation>
    </message>
    <message>
        <source>Why is the return rejected? The customer reads it.</source>
        <translation>為什麼拒絕退貨？客戶會看到它。</translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation>退貨 %1 已拒絕。</translation>
    </message>
    <message>
        <source>Cannot Reject the Return</source>
        <translation>無法拒絕退貨</translation>
    </message>
    <message>
        <source>Return %1 received.</source>
        <translation>退貨 %1 已收貨。</translation>
    </message>
    <message>
        <source>Cannot Receive the Return</source>
        <translation>無法收貨</translation>
    </message>
    <message>
        <source>Return %1 closed.</source>
        <translation>退貨 %1 已關閉。</translation>
    </message>
    <message>
        <source>Cannot Close the Return</source>
        <translation>無法關閉退貨</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Refunded %1 through the order&apos;s payments; order %2 now has %3 paid of %4 (%5 refunded in all).</source>
        <translation>已透過訂單的付款退回 %1；訂單 %2 現已付 %3，共 %4（累計退款 %5）。</translation>
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
        <translation>上一期間</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>營收（%1）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>by %1; the first or last point covers a shorter time</source>
        <translation>按%1；第一個或最後一個資料點涵蓋的時間較短</translation>
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
        <translation>沒有訂單</translation>
    </message>
    <message>
        <source>%L1 valid orders</source>
        <translation>%L1 筆有效訂單</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>銷售件數</translation>
    </message>
    <message>
        <source>no revenue in this period</source>
        <translation>該期間沒有營收</translation>
    </message>
    <message>
        <source>shipping address; the top %L1 of %L2 regions</source>
        <translation>按收件地址；%L2 個地區中的前 %L1 個</translation>
    </message>
    <message>
        <source>shipping address</source>
        <translation>按收件地址</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>淨銷售額</translation>
    </message>
</context>
<context>
    <name>docket::AnalyticsFilterBar</name>
    <message>
        <source>All time</source>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自訂範圍</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最後一天</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>粒度</translation>
    </message>
    <message>
        <source>Points of the time charts: days, weeks or months. Automatic picks days up to two months, weeks up to a year and a half, months beyond.</source>
        <translation>時間圖表中資料點的單位：日、周或月。「自動」在兩個月以內按日、一年半以內按周、更長則按月。</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>與上一期間相比</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>與去年同期相比</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>不比較</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Save Report as PDF…</source>
        <translation>將報表儲存為 PDF…</translation>
    </message>
    <message>
        <source>Print Report…</source>
        <translation>列印報表…</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有通路</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 個通路</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 個狀態</translation>
    </message>
</context>
<context>
    <name>docket::AnalyticsPage</name>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Valid orders created in the period, any status.</source>
        <translation>該期間內建立的有效訂單，不限狀態。</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均訂單金額</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Delivered orders as a share of all valid orders.</source>
        <translation>已送達訂單佔全部有效訂單的比例。</translation>
    </message>
    <message>
        <source>Invalid rate</source>
        <translation>無效率</translation>
    </message>
    <message>
        <source>Orders marked invalid as a share of all orders (valid and invalid; deleted orders are gone).</source>
        <translation>標記為無效的訂單佔全部訂單（有效和無效；已刪除的訂單不計）的比例。</translation>
    </message>
    <message>
        <source>Time to shipment</source>
        <translation>出貨所需時間</translation>
    </message>
    <message>
        <source>Orders by status</source>
        <translation>按狀態統計的訂單</translation>
    </message>
    <message>
        <source>Revenue by sales channel</source>
        <translation>按銷售通路統計的營收</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>按地區統計的營收</translation>
    </message>
    <message>
        <source>Top 10 products by revenue</source>
        <translation>營收前 10 名商品</translation>
    </message>
    <message>
        <source>Top 10 products by quantity</source>
        <translation>銷量前 10 名商品</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Figures of your own orders</source>
        <translation>您自己訂單的資料</translation>
    </message>
    <message>
        <source>Could not load the figures</source>
        <translation>無法載入資料</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Compared with %1 – %2</source>
        <translation>相較於 %1 – %2</translation>
    </message>
    <message>
        <source>Channels: %1 · Statuses: %2 · Time zone: %3</source>
        <translation>通路：%1 · 狀態：%2 · 時區：%3</translation>
    </message>
    <message>
        <source>changes against %1 – %2</source>
        <translation>相對 %1 – %2 的變化</translation>
    </message>
    <message>
        <source>no comparison figure</source>
        <translation>無比較資料</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 個百分點</translation>
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
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>no shipments recorded</source>
        <translation>沒有出貨記錄</translation>
    </message>
    <message>
        <source>Click to open these orders.</source>
        <translation>點選開啟這些訂單。</translation>
    </message>
    <message>
        <source>Revenue: %1 (%L2 orders)</source>
        <translation>營收：%1（%L2 筆訂單）</translation>
    </message>
    <message>
        <source>Orders: %L1</source>
        <translation>訂單：%L1</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>營收：%1</translation>
    </message>
    <message>
        <source>%L1 orders, total %2</source>
        <translation>%L1 筆訂單，總額 %2</translation>
    </message>
    <message>
        <source>Revenue: %1 from %L2 orders</source>
        <translation>營收：%1，來自 %L2 筆訂單</translation>
    </message>
    <message>
        <source>Units sold: %L1 on %L2 order lines</source>
        <translation>銷售件數：%L1（%L2 筆訂單明細）</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>儲存報表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Print Sales Report</source>
        <translation>列印銷售報表</translation>
    </message>
    <message>
        <source>Click to open the orders with this product.</source>
        <translation>點選開啟包含此商品的訂單。</translation>
    </message>
    <message>
        <source>Net sales: gross sales less refunds. Gross sales are the totals of the valid orders placed in the period that are paid, processing, shipped, delivered or refunded since, on the day they were placed; refunds are the amounts refunded in the period, each on the day it was made. Pending, cancelled, invalid and deleted orders never count.</source>
        <translation>淨銷售額：銷售總額減去退款。銷售總額是該期間內下單、已付款、處理中、已出貨、已送達或其後已退款的有效訂單的金額合計，計入其下單當天；退款是該期間內退還的金額，每筆計入其辦理當天。待付款、已取消、無效和已刪除的訂單一律不計。</translation>
    </message>
    <message>
        <source>Gross sales divided by the orders that make them.</source>
        <translation>銷售總額除以構成銷售總額的訂單數。</translation>
    </message>
    <message>
        <source>Average time from an order&apos;s creation to its first shipment, over the period&apos;s orders that have one recorded.</source>
        <translation>訂單從建立到第一個包裹寄出的平均時間，只統計該期間內記錄了出貨的訂單。</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>The amounts refunded in the period, each on the day it was made, whichever day its order was placed; their number and their share of gross sales.</source>
        <translation>該期間內退還的金額，每筆計入其辦理當天，不論訂單是哪天下的；以及退款筆數和退款占銷售總額的比例。</translation>
    </message>
    <message>
        <source>None of the period&apos;s orders has a recorded shipment (orders shipped by a status change alone have none).</source>
        <translation>該期間的訂單都沒有記錄出貨（只透過變更狀態出貨的訂單沒有出貨紀錄）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln 筆退款</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of gross sales</source>
        <translation>，占銷售總額的 %1</translation>
    </message>
    <message>
        <source>Refunds: %1 (%L2 made)</source>
        <translation>退款：%1（%L2 筆）</translation>
    </message>
</context>
<context>
    <name>docket::ApiKeysView</name>
    <message>
        <source>API keys</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Key starts</source>
        <translation>金鑰開頭</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>可見範圍</translation>
    </message>
    <message>
        <source>Calls a minute</source>
        <translation>每分鐘呼叫次數</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最後使用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>新增金鑰(&amp;N)…</translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y…</source>
        <translation>吊銷金鑰(&amp;Y)…</translation>
    </message>
    <message>
        <source>Other systems (an ERP, a CRM, a web shop) call docket-gateway with a key. Each key acts with its role&apos;s rights on the orders its scope allows, and every call is logged under its name. A key is shown once, when it is made; Docket keeps only its fingerprint.</source>
        <translation>其他系統（ERP、CRM、網路商店）使用金鑰呼叫 docket-gateway。每個金鑰以其角色的權限處理其範圍內的訂單，每次呼叫都以其名稱記錄。金鑰只在建立時顯示一次；Docket 只保存其指紋。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Revoked %1 by %2</source>
        <translation>已於 %1 由 %2 吊銷</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Made the API key %1.</source>
        <translation>已建立 API 金鑰 %1。</translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation>吊銷 API 金鑰</translation>
    </message>
    <message>
        <source>Revoke the API key %1? The gateway refuses it within seconds; a system still using it stops working. This cannot be undone.</source>
        <translation>吊銷 API 金鑰 %1？閘道會在幾秒內拒絕它；仍在使用它的系統將停止運作。此操作無法復原。</translation>
    </message>
    <message>
        <source>Revoked the API key %1.</source>
        <translation>已吊銷 API 金鑰 %1。</translation>
    </message>
</context>
<context>
    <name>docket::ArchivePage</name>
    <message>
        <source>Archive of deleted orders</source>
        <translation>已刪除訂單的封存</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Search the archive by order number</source>
        <translation>按訂單編號搜尋封存</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected orders back, with their lines and history</source>
        <translation>還原所選訂單及其訂單明細和歷史記錄</translation>
    </message>
    <message>
        <source>Archived orders</source>
        <translation>已封存訂單</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>刪除人</translation>
    </message>
    <message>
        <source>Reason it was invalid</source>
        <translation>無效原因</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted order(s). Restoring puts an order back with its lines and history.</source>
        <translation>
            <numerusform>%Ln 筆已刪除訂單。還原會將訂單連同其訂單明細和歷史記錄一起放回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln order(s).</source>
        <translation>
            <numerusform>已還原 %Ln 筆訂單。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Orders Were Not Restored</source>
        <translation>部分訂單未能還原</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Customer, email or phone</source>
        <translation>客戶、電子郵件或電話</translation>
    </message>
    <message>
        <source>Search the archive by customer</source>
        <translation>依客戶搜尋封存</translation>
    </message>
    <message>
        <source>Words of the customer&apos;s name, email or phone, as in the order list&apos;s search</source>
        <translation>客戶姓名、電子郵件或電話中的詞，與訂單清單的搜尋相同</translation>
    </message>
    <message>
        <source>Only orders placed on these days (your local days, both inclusive)</source>
        <translation>僅限在這些日期下的訂單（依您的本地日期，含首尾兩天）</translation>
    </message>
    <message>
        <source>Ordered from</source>
        <translation>下單日期從</translation>
    </message>
    <message>
        <source>Ordered until</source>
        <translation>下單日期至</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Showing the %L1 most recently deleted orders; search by number, customer or order date to find older ones.</source>
        <translation>顯示最近刪除的 %L1 筆訂單；依訂單編號、客戶或下單日期搜尋可找到更早的訂單。</translation>
    </message>
    <message>
        <source>Or&amp;dered from</source>
        <translation>下單日期從(&amp;D)</translation>
    </message>
    <message>
        <source>The archive could not be searched: %1</source>
        <translation>無法搜尋封存：%1</translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation>正在搜尋封存…</translation>
    </message>
</context>
<context>
    <name>docket::BackupDialog</name>
    <message>
        <source>Back Up the Database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>Writes a complete, consistent copy of %1. Everyone can keep working meanwhile.</source>
        <translation>寫入 %1 的完整、一致的副本。其間所有人都可以繼續工作。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>備份檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>選擇備份檔案</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>備份到(&amp;T)：</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>備份進度</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>備份(&amp;B)</translation>
    </message>
    <message>
        <source>%1-backup-%2.db</source>
        <translation>%1-備份-%2.db</translation>
    </message>
    <message>
        <source>Your role may not back up the database.</source>
        <translation>您的角色無權備份資料庫。</translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: back it up on the server with pg_dump.</source>
        <translation>這是 PostgreSQL 資料庫：請在伺服器上使用 pg_dump 備份。</translation>
    </message>
    <message>
        <source>Docket databases (*.db);;All files (*)</source>
        <translation>Docket 資料庫 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>請選擇備份到的檔案。</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>替換檔案？</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 已存在。要用新備份替換它嗎？</translation>
    </message>
    <message>
        <source>Cancelled; no backup file was written.</source>
        <translation>已取消；未寫入備份檔案。</translation>
    </message>
</context>
<context>
    <name>docket::CataloguePage</name>
    <message>
        <source>Search SKU or name</source>
        <translation>搜尋 SKU 或名稱</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜尋商品目錄</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>倉庫</translation>
    </message>
    <message>
        <source>Active or inactive products</source>
        <translation>啟用或停用的商品</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>啟用的商品</translation>
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
        <translation>低庫存(&amp;L)</translation>
    </message>
    <message>
        <source>Only the products whose available stock is below their safety stock</source>
        <translation>僅顯示可用庫存低於安全庫存的商品</translation>
    </message>
    <message>
        <source>&amp;Backordered</source>
        <translation>缺貨待補(&amp;B)</translation>
    </message>
    <message>
        <source>Only the products that open orders are waiting for</source>
        <translation>僅顯示未結訂單正在等待的商品</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>入庫(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Write Off…</source>
        <translation>報損(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>匯出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Warehouses…</source>
        <translation>倉庫(&amp;W)…</translation>
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
        <translation>現有</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>預留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>For</source>
        <translation>關聯</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock per warehouse&lt;/b&gt;</source>
        <translation>&lt;b&gt;各倉庫庫存&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest movements&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的庫存變動&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>所有倉庫</translation>
    </message>
    <message>
        <source>%1 — %2 (inactive)</source>
        <translation>%1 — %2（已停用）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln 個商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low on stock</source>
        <translation>
            <numerusform>%Ln 個低庫存</numerusform>
        </translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>未選擇商品</translation>
    </message>
    <message>
        <source>Choose a product to see its stock in each warehouse and what moved it.</source>
        <translation>選擇一個商品，檢視它在各倉庫的庫存及其變動。</translation>
    </message>
    <message>
        <source>Price %1, cost %2</source>
        <translation>價格 %1，成本 %2</translation>
    </message>
    <message>
        <source>Safety stock %L1</source>
        <translation>安全庫存 %L1</translation>
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
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>stocktake %1</source>
        <translation>盤點 %1</translation>
    </message>
    <message>
        <source>transfer %1</source>
        <translation>調撥 %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Cannot Edit the Product</source>
        <translation>無法編輯商品</translation>
    </message>
    <message>
        <source>Cannot Change the Stock</source>
        <translation>無法變更庫存</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation>
            <numerusform>已匯入 %Ln 個商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Products</source>
        <translation>匯出商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the products to %1.</source>
        <translation>已將商品匯出到 %1。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>An export of the products is still running.</source>
        <translation>商品匯出仍在進行中。</translation>
    </message>
    <message>
        <source>Exporting the products to %1…</source>
        <translation>正在將商品匯出到 %1…</translation>
    </message>
</context>
<context>
    <name>docket::ChangePasswordDialog</name>
    <message>
        <source>Change Your Password</source>
        <translation>變更您的密碼</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>變更 %1 的密碼。</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them the new password; a lockout ends with the reset.</source>
        <translation>為 %1 設定新密碼。請將新密碼告知對方；重設後鎖定即解除。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>目前密碼</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>目前密碼(&amp;U)：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 個字元</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>重複新密碼</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>重複新密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>重設密碼(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>變更密碼(&amp;C)</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the new password again.</source>
        <translation>兩次輸入的新密碼不一致；請重新輸入新密碼。</translation>
    </message>
</context>
<context>
    <name>docket::ChangeWatcher</name>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>無法監聽 %1 上的變更：%2</translation>
    </message>
</context>
<context>
    <name>docket::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>匯出%1</translation>
    </message>
    <message>
        <source>Save this chart as an image or its figures as CSV</source>
        <translation>將此圖表儲存為圖片，或將其資料儲存為 CSV</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>將圖表儲存為 PNG…</translation>
    </message>
    <message>
        <source>Save Data as CSV…</source>
        <translation>將資料儲存為 CSV…</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>無法將圖片寫入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation>儲存資料</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>docket::CloseReturnDialog</name>
    <message>
        <source>Close Return %1</source>
        <translation>關閉退貨 %1</translation>
    </message>
    <message>
        <source>e.g. 19.90</source>
        <translation>例如 19.90</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>處理方式(&amp;R)：</translation>
    </message>
    <message>
        <source>Refund &amp;amount (%1):</source>
        <translation>退款金額（%1）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>An exchange creates a replacement order with the returned products at no charge; it reserves stock like any order.</source>
        <translation>換貨會免費建立一張包含退回商品的替換訂單；它像其他訂單一樣預留庫存。</translation>
    </message>
    <message>
        <source>Close Return</source>
        <translation>關閉退貨</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>「%1」不是金額。</translation>
    </message>
    <message>
        <source>Order %1 has %2 paid of %3. A refund goes back through its payments, the newest first, and shows in its balance.</source>
        <translation>訂單 %1 已付 %2，共 %3。退款將從其付款中退回（最新的付款優先），並顯示在訂單餘額中。</translation>
    </message>
</context>
<context>
    <name>docket::ColumnChooserDialog</name>
    <message>
        <source>Choose Columns</source>
        <translation>選擇欄位</translation>
    </message>
    <message>
        <source>Tick the columns the order list shows; drag them, or use the buttons, to put them in order.</source>
        <translation>勾選訂單清單要顯示的欄位；拖曳它們或使用按鈕調整順序。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄位</translation>
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
        <translation>預設(&amp;D)</translation>
    </message>
    <message>
        <source>The columns a new list shows</source>
        <translation>新清單顯示的欄位</translation>
    </message>
    <message>
        <source>The order number always shows.</source>
        <translation>訂單編號一律顯示。</translation>
    </message>
</context>
<context>
    <name>docket::ConnectionDialog</name>
    <message>
        <source>The database is empty: Docket will create its tables.</source>
        <translation>資料庫為空：Docket 將建立所需的表。</translation>
    </message>
    <message>
        <source>The database holds other tables, not Docket&apos;s: choose another database.</source>
        <translation>該資料庫包含其他表，而非 Docket 的表：請選擇其他資料庫。</translation>
    </message>
    <message>
        <source>The database was made by a newer Docket (schema %1); update Docket first.</source>
        <translation>該資料庫由更新版本的 Docket 建立（架構 %1）；請先升級 Docket。</translation>
    </message>
    <message>
        <source>The database holds Docket data (schema %1 of %2).</source>
        <translation>該資料庫包含 Docket 資料（架構 %1，共 %2）。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2. %3</source>
        <translation>已以 %2 身分連線到 PostgreSQL %1。%3</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>預設使用者</translation>
    </message>
    <message>
        <source>Connect to a Docket Server</source>
        <translation>連線到 Docket 伺服器</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database. Enter where it is, or paste a postgresql:// address.</source>
        <translation>團隊共用一個 PostgreSQL 資料庫。請輸入其位置，或貼上 postgresql:// 位址。</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>最近的連線</translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation>（選擇最近的連線）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Not remembered: Docket asks for it each time (or uses the PGPASSWORD variable or ~/.pgpass).</source>
        <translation>不會儲存：Docket 每次都會詢問（或使用 PGPASSWORD 變數或 ~/.pgpass）。</translation>
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
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>連線測試結果</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>請輸入伺服器的名稱或位址。</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>請輸入伺服器上資料庫的名稱。</translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation>請選擇連線的加密方式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address.</source>
        <translation>「%1」不是 postgresql:// 位址。</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;: use disable, prefer, require or verify-full.</source>
        <translation>未知的 sslmode「%1」：請使用 disable、prefer、require 或 verify-full。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>No password was given: enter it above, or choose Connect to be asked for it.</source>
        <translation>未提供密碼：請在上方輸入，或選擇「連線」，屆時會詢問密碼。</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>關閉（disable）</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>伺服器支援時使用（prefer）</translation>
    </message>
    <message>
        <source>Always, any certificate (require)</source>
        <translation>一律加密，接受任何憑證（require）</translation>
    </message>
    <message>
        <source>Always, verified certificate and host (verify-full)</source>
        <translation>一律加密，驗證憑證和主機（verify-full）</translation>
    </message>
    <message>
        <source>C&amp;reate Database</source>
        <translation>建立資料庫(&amp;R)</translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation>空的資料庫</translation>
    </message>
    <message>
        <source>Create a new Docket database in it? It holds nothing else.</source>
        <translation>要在其中建立新的 Docket 資料庫嗎？其中沒有其他內容。</translation>
    </message>
    <message>
        <source>Standby servers</source>
        <translation>備用伺服器</translation>
    </message>
    <message>
        <source>optional: db2.example.com:5432, …</source>
        <translation>選填：db2.example.com:5432, …</translation>
    </message>
    <message>
        <source>Streaming standbys of the server, as host:port separated by commas. When the server goes away and a standby is promoted, Docket carries on with it.</source>
        <translation>該伺服器的串流複寫備用伺服器，以 host:port 表示，以逗號分隔。當伺服器停止且備用伺服器被提升後，Docket 會繼續使用它。</translation>
    </message>
    <message>
        <source>Stand&amp;bys:</source>
        <translation>備用伺服器(&amp;B)：</translation>
    </message>
    <message>
        <source>Read lists and charts from a standby</source>
        <translation>從備援伺服器讀取清單和圖表</translation>
    </message>
    <message>
        <source>Lists, counts and charts are read from a standby while it is at most the given number of seconds behind; changes, and reading back what you just changed, always use the primary.</source>
        <translation>備援伺服器落後不超過指定秒數時，清單、計數和圖表從備援伺服器讀取；變更以及讀取剛做的變更一律使用主伺服器。</translation>
    </message>
    <message>
        <source>Largest delay of a standby to read from, in seconds</source>
        <translation>可讀取的備援伺服器的最大延遲（秒）</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>最多 </translation>
    </message>
    <message>
        <source> s behind</source>
        <translation> 秒延遲</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>讀取：</translation>
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
        <translation>匯出訂單(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every order matching the filter as CSV or Excel</source>
        <translation>將符合篩選條件的所有訂單儲存為 CSV 或 Excel</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database</source>
        <translation>寫入資料庫的一致副本</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current one is kept</source>
        <translation>用經過檢查的備份替換資料庫；目前資料庫會被保留</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, theme, shop details, overdue thresholds and backups</source>
        <translation>語言、主題、商店資訊、逾期門檻和備份</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the Docket user guide</source>
        <translation>開啟 Docket 使用者指南</translation>
    </message>
    <message>
        <source>&amp;About Docket</source>
        <translation>關於 Docket(&amp;A)</translation>
    </message>
    <message>
        <source>Version, Qt and SQLite, and the database in use</source>
        <translation>版本、Qt 與 SQLite，以及正在使用的資料庫</translation>
    </message>
    <message>
        <source>Exported %L1 orders to %2.</source>
        <translation>已將 %L1 筆訂單匯出到 %2。</translation>
    </message>
    <message>
        <source>Select an order to print.</source>
        <translation>請選擇要列印的訂單。</translation>
    </message>
    <message>
        <source>Cannot Print the Order</source>
        <translation>無法列印訂單</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已備份到 %1。</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>備份已還原。</translation>
    </message>
    <message>
        <source>Backup restored; the previous database is kept as %1.</source>
        <translation>備份已還原；之前的資料庫已保留為 %1。</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>每日備份已寫入 %1。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日備份失敗：%1</translation>
    </message>
    <message>
        <source>The shop settings of this computer were not imported: %1</source>
        <translation>未匯入本機的商店設定：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n shop setting(s) from this computer&apos;s settings into the database, for every desk (see the security log).</source>
        <translation>
            <numerusform>已將本機設定中的 %n 項商店設定匯入資料庫，供所有工作台使用（見安全日誌）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n shop setting(s) from an older Docket that the database does not have yet; they are imported when someone with the right “%1” signs in here.</source>
        <translation>
            <numerusform>本機有 %n 項舊版 Docket 的商店設定，資料庫中尚無；擁有「%1」權限的人在此登入時會匯入。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected orders as invoices or packing slips, or save them as one PDF</source>
        <translation>將選取的訂單列印為發票或裝箱單，或合併儲存為一個 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid order(s) cancelled: past the time limit for payment.</source>
        <translation>
            <numerusform>已取消 %n 張未付款訂單：已超過付款時限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the orders unpaid past their time limit failed: %1</source>
        <translation>取消超過時限仍未付款的訂單失敗：%1</translation>
    </message>
</context>
<context>
    <name>docket::ExportDialog</name>
    <message>
        <source>Export Orders</source>
        <translation>匯出訂單</translation>
    </message>
    <message numerus="yes">
        <source>Exports all %Ln order(s) matching the current filter, in the table&apos;s order — not only the rows loaded on screen.</source>
        <translation>
            <numerusform>按表格中的順序匯出符合目前篩選條件的全部 %Ln 筆訂單，而不僅是螢幕上已載入的列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>匯出檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>選擇匯出檔案</translation>
    </message>
    <message>
        <source>&amp;CSV (comma-separated text, UTF-8)</source>
        <translation>CSV（逗號分隔文字，UTF-8）(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Excel 活頁簿（.xlsx）(&amp;X)</translation>
    </message>
    <message>
        <source>For &amp;Excel: add a byte-order mark and protect cells that start with =, +, - or @</source>
        <translation>用於 Excel：新增位元組順序標記，並保護以 =、+、- 或 @ 開頭的儲存格(&amp;E)</translation>
    </message>
    <message>
        <source>Without it the file is plain UTF-8 with every value exactly as stored, for other programs.</source>
        <translation>不勾選時，檔案為純 UTF-8 格式，所有值與儲存時完全一致，適用於其他程式。</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗號（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分號（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔字元(&amp;S)：</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔字元</translation>
    </message>
    <message>
        <source>Amounts are written as plain numbers (1234.50) and times as local time (2024-06-15 14:30:00), so other programs read them the same in every language.</source>
        <translation>金額以純數字（1234.50）寫入，時間以本地時間（2024-06-15 14:30:00）寫入，因此其他程式在任何語言下讀取結果都相同。</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>匯出進度</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>orders-%1</source>
        <translation>訂單-%1</translation>
    </message>
    <message>
        <source>Your role may not export orders.</source>
        <translation>您的角色無權匯出訂單。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>請選擇匯出到的檔案。</translation>
    </message>
    <message>
        <source>%L1 of %L2 orders</source>
        <translation>%L1 / %L2 筆訂單</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未寫入任何檔案。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>要匯出的欄位</translation>
    </message>
    <message>
        <source>Tick the columns to write; drag them into the order you want.</source>
        <translation>勾選要寫入的欄位；拖曳它們調整順序。</translation>
    </message>
    <message>
        <source>Order &amp;lines: one row per line (CSV), a Lines sheet (Excel)</source>
        <translation>訂單明細(&amp;L)：每項明細一列（CSV），或獨立的明細工作表（Excel）</translation>
    </message>
    <message>
        <source>Each order&apos;s SKUs, items, quantities and prices: in CSV the order&apos;s columns repeat on every line; in Excel the lines go on a sheet of their own.</source>
        <translation>每張訂單的 SKU、商品、數量與價格：CSV 中訂單的各欄位在每一列重複；Excel 中明細放在獨立的工作表。</translation>
    </message>
    <message>
        <source>De&amp;fault Columns</source>
        <translation>預設欄位(&amp;F)</translation>
    </message>
    <message>
        <source>The ten columns of a first export</source>
        <translation>首次匯出時的十個欄位</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>欄位(&amp;O)：</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>請至少勾選一個欄位再匯出。</translation>
    </message>
    <message>
        <source>%L1 of about %L2 orders</source>
        <translation>%L1 / 約 %L2 筆訂單</translation>
    </message>
</context>
<context>
    <name>docket::FilterBar</name>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Order number or its beginning, e.g. DK00123 or 123. Press Enter to open a complete number.</source>
        <translation>訂單編號或其開頭部分，例如 DK00123 或 123。輸入完整訂單編號後按 Enter 可直接開啟。</translation>
    </message>
    <message>
        <source>Customer, email, phone, product or SKU (Ctrl+F)</source>
        <translation>客戶、電子郵件、電話、商品或 SKU（Ctrl+F）</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自訂範圍</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期範圍</translation>
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
        <translation>最後一天（含）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有通路</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Valid orders</source>
        <translation>有效訂單</translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation>無效訂單</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>所有訂單</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show valid orders, only invalid ones (to review or delete), or both</source>
        <translation>顯示有效訂單、僅顯示無效訂單（以便檢查或刪除），或兩者都顯示</translation>
    </message>
    <message>
        <source>Show new orders only</source>
        <translation>僅顯示新訂單</translation>
    </message>
    <message>
        <source>Show new orders only (Ctrl+Shift+N)</source>
        <translation>僅顯示新訂單（Ctrl+Shift+N）</translation>
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
        <translation>清除所有篩選條件（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>Number of matching orders</source>
        <translation>符合條件的訂單數</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>New (%L1)</source>
        <translation>新訂單（%L1）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新訂單</translation>
    </message>
    <message>
        <source>≥ %L1 orders, counting…</source>
        <translation>≥ %L1 筆訂單，正在計數…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), loading…</source>
        <translation>
            <numerusform>%Ln 筆訂單，正在載入…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>移除此條件</translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation>移除條件 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · 已選 %Ln 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n 個狀態</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n 個通路</numerusform>
        </translation>
    </message>
    <message>
        <source>about %L1 orders, counting…</source>
        <translation>約 %L1 筆訂單，正在計數…</translation>
    </message>
    <message>
        <source>Orders past the deadline of their step, or due within a day (time limits in Settings)</source>
        <translation>已過所在步驟期限的訂單，或一天內到期的訂單（時限見「設定」）</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>已過期限</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24 小時內到期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Show orders due within 24 h only</source>
        <translation>只顯示 24 小時內到期的訂單</translation>
    </message>
    <message>
        <source>Show orders past their deadline only</source>
        <translation>只顯示已過期限的訂單</translation>
    </message>
</context>
<context>
    <name>docket::FirstRunDialog</name>
    <message>
        <source>Create the First Administrator</source>
        <translation>建立第一位管理員</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Docket.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The database %1 has no users yet. Create the first administrator: this account can add the other users, give them roles and choose which orders they see.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;歡迎使用 Docket。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;資料庫 %1 中還沒有使用者。請建立第一位管理員：該帳戶可以新增其他使用者、為其分配角色，並決定他們能看到哪些訂單。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>letters, digits and . _ @ -</source>
        <translation>字母、數字以及 . _ @ -</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 個字元</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>重複密碼</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重複密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>建立管理員(&amp;C)</translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again.</source>
        <translation>兩次輸入的密碼不一致；請重新輸入密碼。</translation>
    </message>
</context>
<context>
    <name>docket::FulfilmentPanel</name>
    <message>
        <source>The order&apos;s steps</source>
        <translation>訂單的步驟</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易編號</translation>
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
        <translation>明細</translation>
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
        <translation>追蹤編號 / 地點</translation>
    </message>
    <message>
        <source>Shipped / when</source>
        <translation>出貨 / 時間</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送達</translation>
    </message>
    <message>
        <source>Contents / status</source>
        <translation>內容 / 狀態</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>記錄付款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>確認收款(&amp;C)</translation>
    </message>
    <message>
        <source>The selected pending payment was received</source>
        <translation>所選的待定付款已收到</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>退款(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>出貨(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;tracking event…</source>
        <translation>新增物流事件(&amp;T)…</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>標記為已送達(&amp;D)</translation>
    </message>
    <message>
        <source>Open tracking &amp;link</source>
        <translation>開啟物流連結(&amp;L)</translation>
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
        <translation>出貨</translation>
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
        <translation>未審核</translation>
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
        <translation>Docket 使用者指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用者指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
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
        <translation>匯入訂單</translation>
    </message>
    <message>
        <source>Orders from a shop&apos;s CSV export (a header row, then one row per line item) or a JSON list of orders. Nothing is imported until the whole file reads without a problem; importing the same file again changes nothing.</source>
        <translation>從網路商店匯出的 CSV 檔案（先是一行表頭，然後每個商品行一行）或 JSON 訂單列表匯入訂單。整個檔案讀取無誤之前不會匯入任何內容；再次匯入同一檔案不會有任何改變。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Unknown SKUs</source>
        <translation>未知 SKU</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>拒絕整個檔案</translation>
    </message>
    <message>
        <source>Take them as unlinked lines</source>
        <translation>作為未關聯的商品行接收</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>通路(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Unknown SKUs:</source>
        <translation>未知 SKU(&amp;U)：</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>選擇一個檔案以查看其內容。</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>檔案中的問題</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.txt);;All files (*)</source>
        <translation>訂單檔案 (*.csv *.json *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the file, no problems. Ready to import.</source>
        <translation>
            <numerusform>檔案中有 %n 筆訂單，沒有問題。可以匯入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file (listed below); nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>檔案中有 %n 個問題（見下方）；修正之前無法匯入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not create orders.</source>
        <translation>您的角色不能建立訂單。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 left alone.</source>
        <translation>已匯入：新增 %1，更新 %2，未變 %3，未處理 %4。</translation>
    </message>
    <message>
        <source>Co&amp;lumns and Statuses…</source>
        <translation>欄與狀態(&amp;L)…</translation>
    </message>
    <message>
        <source>Which column holds which field, and what the file&apos;s statuses mean; remembered for the channel.</source>
        <translation>哪一欄對應哪個欄位，以及檔案中的狀態表示什麼；依通路記住。</translation>
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
        <translation>欄與狀態</translation>
    </message>
    <message>
        <source>(found by its usual header)</source>
        <translation>（依常用表頭尋找）</translation>
    </message>
    <message>
        <source>The file&apos;s statuses show here once its order id and status columns are known.</source>
        <translation>確定訂單編號欄和狀態欄之後，檔案中的狀態會顯示在這裡。</translation>
    </message>
    <message>
        <source>The file&apos;s statuses:</source>
        <translation>檔案中的狀態：</translation>
    </message>
    <message>
        <source>(as WooCommerce or Docket means it)</source>
        <translation>（依 WooCommerce 或 Docket 的含義）</translation>
    </message>
    <message>
        <source>Which column holds which field; the fields left as they are are found by their usual headers.</source>
        <translation>指定哪一欄對應哪個欄位；未變更的欄位依常用表頭尋找。</translation>
    </message>
</context>
<context>
    <name>docket::ImportProductsDialog</name>
    <message>
        <source>Import Products</source>
        <translation>匯入商品</translation>
    </message>
    <message>
        <source>A CSV file in UTF-8 with the header &lt;tt&gt;%1&lt;/tt&gt;. Prices like 12.50; active is yes or no. Existing SKUs are updated, new ones added — all rows or none.</source>
        <translation>UTF-8 編碼的 CSV 檔案，表頭為 &lt;tt&gt;%1&lt;/tt&gt;。價格如 12.50；active 為 yes 或 no。已有的 SKU 會被更新，新的會被新增——要麼全部匯入，要麼都不匯入。</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未選擇檔案。</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>選擇檔案(&amp;C)…</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不變</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (in red); fix the file and choose it again. Nothing is imported while any row has one.</source>
        <translation>
            <numerusform>%n 行有問題（紅色標出）；請修正檔案後重新選擇。只要有一行有問題，就不會匯入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 products to add, %L2 to change, %L3 unchanged.</source>
        <translation>將新增 %L1 個商品，修改 %L2 個，%L3 個不變。</translation>
    </message>
</context>
<context>
    <name>docket::IntakeLogView</name>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有通路</translation>
    </message>
    <message>
        <source>Intake log</source>
        <translation>接收紀錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>通路：</translation>
    </message>
    <message>
        <source>Orders that docket-gateway refused or left alone, newest first: nothing of them was written. The shop may send a refused order again once the problem is put right.</source>
        <translation>docket-gateway 拒絕或未處理的訂單，最新的在前：這些訂單沒有寫入任何內容。問題解決後，網店可以重新傳送被拒絕的訂單。</translation>
    </message>
    <message>
        <source>From the address %1</source>
        <translation>來自位址 %1</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>沒有被拒絕的訂單。</translation>
    </message>
    <message>
        <source>Nothing refused from the channel %1.</source>
        <translation>通路 %1 沒有被拒絕的訂單。</translation>
    </message>
    <message>
        <source>The newest %L1 entries; docketctl intake log --limit N shows more.</source>
        <translation>最新的 %L1 筆紀錄；docketctl intake log --limit N 可顯示更多。</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>重新整理(&amp;S)</translation>
    </message>
</context>
<context>
    <name>docket::LoaderThread</name>
    <message>
        <source>a read on the standby failed: %1</source>
        <translation>在備援伺服器上讀取失敗：%1</translation>
    </message>
</context>
<context>
    <name>docket::LoginDialog</name>
    <message>
        <source>Sign In to Docket</source>
        <translation>登入 Docket</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>登入問題</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>請輸入您的使用者名稱。</translation>
    </message>
    <message>
        <source>Sign in to work with the orders in</source>
        <translation>登入以處理以下資料庫中的訂單：</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登入</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在核對密碼…</translation>
    </message>
</context>
<context>
    <name>docket::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>已以 %1（%2）身分登入 %3</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>已重新連線到資料庫。</translation>
    </message>
    <message>
        <source>⚠ Database unreachable — retrying</source>
        <translation>⚠ 無法連線資料庫 — 正在重試</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>訂單(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;New Orders Only</source>
        <translation>僅顯示新訂單(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除篩選條件(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>跳至表格(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Docket — %1</source>
        <translation>Docket — %1</translation>
    </message>
    <message>
        <source>(%L1 new) %2</source>
        <translation>（%L1 筆新訂單）%2</translation>
    </message>
    <message>
        <source>Work in Progress</source>
        <translation>操作進行中</translation>
    </message>
    <message>
        <source>A batch operation is still running. Quit anyway? It will be cancelled and nothing of it will be saved.</source>
        <translation>批次操作仍在進行中。仍要退出嗎？該操作將被取消，其所做的任何變更都不會儲存。</translation>
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
        <translation>變更密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>A batch operation is still running. Open the other database anyway? The operation will be cancelled and nothing of it will be saved.</source>
        <translation>批次操作仍在進行中。仍要開啟另一個資料庫嗎？該操作將被取消，其任何結果都不會儲存。</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>%1

Docket stays on %2.</source>
        <translation>%1

Docket 仍使用 %2。</translation>
    </message>
    <message>
        <source>Opened %1 as %2.</source>
        <translation>已以 %2 身分開啟 %1。</translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation>開啟資料庫檔案</translation>
    </message>
    <message>
        <source>Docket databases (*.db *.sqlite);;All files (*)</source>
        <translation>Docket 資料庫 (*.db *.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>開啟資料庫檔案(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Switch to another Docket database file</source>
        <translation>切換到另一個 Docket 資料庫檔案</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>連線到伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Switch to a team&apos;s shared PostgreSQL database</source>
        <translation>切換到團隊共用的 PostgreSQL 資料庫</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>%1 (%L2 s)</source>
        <translation>%1（%L2 秒）</translation>
    </message>
    <message>
        <source>Docket — %1 (read-only)</source>
        <translation>Docket — %1（唯讀）</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>Cannot Sign In</source>
        <translation>無法登入</translation>
    </message>
    <message>
        <source>%1 signed out; signed in as %2.</source>
        <translation>%1 已登出；現以 %2 身分登入。</translation>
    </message>
    <message>
        <source>Sign &amp;Out / Switch User…</source>
        <translation>登出 / 切換使用者(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
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
        <translation>匯入訂單(&amp;I)…</translation>
    </message>
    <message>
        <source>Take orders from a shop&apos;s CSV export or a JSON list</source>
        <translation>從網路商店匯出的 CSV 檔案或 JSON 清單接收訂單</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new order(s).</source>
        <translation>
            <numerusform>已匯入 %n 筆新訂單。</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>商品目錄</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售後</translation>
    </message>
    <message numerus="yes">
        <source>%Ln low on stock</source>
        <translation>
            <numerusform>%Ln 項商品庫存不足</numerusform>
        </translation>
    </message>
    <message>
        <source>Products whose available stock is below their safety stock: click to list them</source>
        <translation>可用庫存低於安全庫存的商品：點選列出</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審核</translation>
    </message>
    <message>
        <source>Review (%L1)</source>
        <translation>審核（%L1）</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>主伺服器：%1</translation>
    </message>
    <message>
        <source>Reads: primary</source>
        <translation>讀取：主伺服器</translation>
    </message>
    <message numerus="yes">
        <source>Lists and charts read from a standby once one is fit to read (at most %n s behind).</source>
        <translation>
            <numerusform>一旦有備援伺服器可讀（落後不超過 %n 秒），清單和圖表即從其讀取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads: standby %1 · %2 s behind</source>
        <translation>讀取：備援伺服器 %1 · 落後 %2 秒</translation>
    </message>
    <message>
        <source>Import &amp;Shipments…</source>
        <translation>匯入出貨檔案(&amp;S)…</translation>
    </message>
    <message>
        <source>Ship the orders of a warehouse&apos;s file of order numbers and tracking numbers</source>
        <translation>依倉庫提供的訂單編號與追蹤編號檔案為訂單出貨</translation>
    </message>
    <message numerus="yes">
        <source>Shipped %n order(s) from the file.</source>
        <translation>
            <numerusform>已依檔案為 %n 張訂單出貨。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;view Rules…</source>
        <translation>審核規則(&amp;V)…</translation>
    </message>
    <message>
        <source>Switch the review rules on or off and tune them</source>
        <translation>開啟或關閉審核規則並調整其設定</translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation>需要「%1」權限，而您的角色（%2）沒有此權限。</translation>
    </message>
    <message>
        <source>The review rules are at version %L1.</source>
        <translation>審核規則現為版本 %L1。</translation>
    </message>
    <message>
        <source>Import &amp;Tracking…</source>
        <translation>匯入物流追蹤(&amp;T)…</translation>
    </message>
    <message>
        <source>Add the tracking events of a carrier&apos;s export file to their parcels</source>
        <translation>把貨運公司匯出檔案中的物流事件記到對應包裹上</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tracking event(s) from the file.</source>
        <translation>
            <numerusform>已從檔案新增 %n 個物流事件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::MassActionDialog</name>
    <message>
        <source>Number of orders</source>
        <translation>訂單數量</translation>
    </message>
    <message numerus="yes">
        <source>This changes %Ln orders. To go on, type the number %1:</source>
        <translation>
            <numerusform>此操作將變更 %Ln 筆訂單。如要繼續，請輸入數字 %1：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>選擇或輸入原因</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>請選擇</translation>
    </message>
</context>
<context>
    <name>docket::NewApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>新增 API 金鑰</translation>
    </message>
    <message>
        <source>e.g. erp-sync</source>
        <translation>例如 erp-sync</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Sees:</source>
        <translation>可見範圍：</translation>
    </message>
    <message>
        <source>&amp;Calls a minute:</source>
        <translation>每分鐘呼叫次數(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>建立金鑰(&amp;C)</translation>
    </message>
    <message>
        <source>The key acts with the role&apos;s rights on the orders it sees, at most this many calls a minute.</source>
        <translation>該金鑰以角色的權限處理其可見的訂單，每分鐘最多呼叫這麼多次。</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>新的 API 金鑰</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>複製(&amp;O)</translation>
    </message>
    <message>
        <source>The API key %1 is made. Copy it now into the other system&apos;s settings: Docket does not show it again.</source>
        <translation>API 金鑰 %1 已建立。請立即將其複製到另一系統的設定中：Docket 不會再次顯示它。</translation>
    </message>
</context>
<context>
    <name>docket::NewRoleDialog</name>
    <message>
        <source>New Role</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>無權限</translation>
    </message>
    <message>
        <source>The permissions of %1</source>
        <translation>%1 的權限</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start with:</source>
        <translation>初始權限(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Create Role</source>
        <translation>建立角色(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the new role&apos;s permissions in the matrix after creating it.</source>
        <translation>建立後請在權限矩陣中為新角色選擇權限。</translation>
    </message>
</context>
<context>
    <name>docket::NewTransferDialog</name>
    <message>
        <source>New Transfer</source>
        <translation>新建調撥</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>調出倉庫(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>調入倉庫(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>What goes (a SKU and a quantity a line):</source>
        <translation>調撥內容（每行一個 SKU 和數量）：</translation>
    </message>
    <message>
        <source>Create Draft</source>
        <translation>建立草稿</translation>
    </message>
    <message>
        <source>Line %1: there is no product with the SKU &quot;%2&quot;.</source>
        <translation>第 %1 行：沒有 SKU 為「%2」的商品。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a whole number of at least 1.</source>
        <translation>第 %1 行：「%2」不是大於等於 1 的整數。</translation>
    </message>
</context>
<context>
    <name>docket::OrderConflictDialog</name>
    <message>
        <source>Order %1 Changed Elsewhere</source>
        <translation>訂單 %1 已在別處被變更</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it.</source>
        <translation>在您開啟訂單 %1 之後，其他人變更了該訂單。</translation>
    </message>
    <message>
        <source>%1 changed order %2 on %3, after you opened it.</source>
        <translation>在您開啟訂單 %2 之後，%1 於 %3 變更了該訂單。</translation>
    </message>
    <message>
        <source>Their changes:</source>
        <translation>對方的變更：</translation>
    </message>
    <message>
        <source>Changes made by the other person</source>
        <translation>另一人所做的變更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>對方的值</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>(not changed by you)</source>
        <translation>（您未變更）</translation>
    </message>
    <message>
        <source>You both changed this field: re-applying keeps your value.</source>
        <translation>你們雙方都變更了此欄位：重新套用將保留您的值。</translation>
    </message>
    <message>
        <source>You have not changed anything yet: reload to see their version.</source>
        <translation>您尚未做任何變更：重新載入以檢視對方的版本。</translation>
    </message>
    <message>
        <source>Re-applying keeps their changes and puts yours back on top: %1.</source>
        <translation>重新套用會保留對方的變更，並在其上重新套用您的變更：%1。</translation>
    </message>
    <message>
        <source>Where you both changed a field (marked), your value replaces theirs.</source>
        <translation>對於雙方都變更過的欄位（已標記），將以您的值取代對方的值。</translation>
    </message>
    <message>
        <source>Reloading shows their version and drops your edits.</source>
        <translation>重新載入會顯示對方的版本並放棄您的編輯。</translation>
    </message>
    <message>
        <source>Re-apply &amp;My Changes</source>
        <translation>重新套用我的變更(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation>重新載入對方的版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
</context>
<context>
    <name>docket::OrderDialog</name>
    <message>
        <source>Customer name</source>
        <translation>客戶名稱</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客戶(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>通路(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>負責人(&amp;G)：</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>街道(&amp;R)：</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>郵遞區號(&amp;C)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>地區(&amp;N)：</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>國家/地區(&amp;U)：</translation>
    </message>
    <message>
        <source>Customer and order</source>
        <translation>客戶和訂單</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>訂單明細</translation>
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
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>明細小計</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>新增明細(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>移除明細(&amp;R)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>訂單明細</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>訂單歷史記錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
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
        <translation>變更</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>訂單(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史記錄(&amp;H)</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>儲存（%1）</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>訂單 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新訂單</translation>
    </message>
    <message>
        <source>Marked invalid by %1 on %2: %3</source>
        <translation>已由 %1 於 %2 標記為無效：%3</translation>
    </message>
    <message>
        <source>Seen by %1 on %2</source>
        <translation>已由 %1 於 %2 檢視</translation>
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
        <translation>歷史記錄(&amp;H)（%L1）</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>第 %1 項明細：「%2」不是有效的數量。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price.</source>
        <translation>第 %1 項明細：「%2」不是有效的價格。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>總額：%1</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it. Save again to reload their version or re-apply your changes.</source>
        <translation>在您開啟訂單 %1 之後，其他人變更了該訂單。請再次儲存，以重新載入對方的版本或重新套用您的變更。</translation>
    </message>
    <message>
        <source>Type the beginning of a SKU: the catalogue completes it and fills in the product and its price.</source>
        <translation>輸入 SKU 的開頭：商品目錄會補全它，並填入商品名稱和價格。</translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation>內部留言</translation>
    </message>
    <message>
        <source>An internal comment for your colleagues (customers never see it)</source>
        <translation>寫給同事的內部留言（客戶看不到）</translation>
    </message>
    <message>
        <source>Add Co&amp;mment</source>
        <translation>新增留言(&amp;M)</translation>
    </message>
    <message>
        <source>The customer&apos;s orders</source>
        <translation>該客戶的訂單</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Show in the &amp;List</source>
        <translation>在清單中顯示(&amp;L)</translation>
    </message>
    <message>
        <source>Filter the order list to this customer&apos;s orders (a chip you can remove)</source>
        <translation>將訂單清單篩選為該客戶的訂單（可移除的標籤）</translation>
    </message>
    <message>
        <source>Customer &amp;View</source>
        <translation>客戶檢視(&amp;V)</translation>
    </message>
    <message>
        <source>This order names no customer.</source>
        <translation>此訂單沒有客戶資料。</translation>
    </message>
    <message>
        <source>%1&apos;s orders, found by the email address %2.</source>
        <translation>%1 的訂單，依電子郵件地址 %2 查詢。</translation>
    </message>
    <message>
        <source>%1&apos;s orders, found by the phone number %2 (the order has no email address).</source>
        <translation>%1 的訂單，依電話號碼 %2 查詢（此訂單沒有電子郵件地址）。</translation>
    </message>
    <message>
        <source>Orders under the name %1 (the order has no email address or phone number, so they may be several people&apos;s).</source>
        <translation>姓名為 %1 的訂單（此訂單沒有電子郵件地址或電話號碼，因此可能屬於不同的人）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln valid order(s)</source>
        <translation>
            <numerusform>%Ln 筆有效訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln marked invalid</source>
        <translation>
            <numerusform>，另有 %Ln 筆已標記為無效</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <source>first order %1, last order %2</source>
        <translation>首筆訂單 %1，最近一筆 %2</translation>
    </message>
    <message>
        <source>This order</source>
        <translation>本訂單</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1（無效）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>No Shipping Address</source>
        <translation>沒有收件地址</translation>
    </message>
    <message>
        <source>Add the address now, or save the order without one (for an order collected in the shop, say).</source>
        <translation>現在新增地址，或不填地址儲存訂單（例如顧客到店自取的訂單）。</translation>
    </message>
    <message>
        <source>&amp;Add Address</source>
        <translation>新增地址(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;Without Address</source>
        <translation>不填地址儲存(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Fulfilment</source>
        <translation>履約(&amp;F)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>What shipping costs the customer, in the order&apos;s currency; empty: none.</source>
        <translation>客戶需支付的運費，使用訂單的幣別；留空表示無運費。</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>稅率</translation>
    </message>
    <message>
        <source>One tax rate for the order, in percent (20, 5.5): it applies to the lines and to shipping. Empty: no tax.</source>
        <translation>整張訂單使用同一稅率，以百分比表示（20、5.5）：適用於商品和運費。留空表示不課稅。</translation>
    </message>
    <message>
        <source>S&amp;hipping:</source>
        <translation>運費(&amp;H)：</translation>
    </message>
    <message>
        <source>Ta&amp;x rate:</source>
        <translation>稅率(&amp;X)：</translation>
    </message>
    <message>
        <source>Lines %1 + shipping %2 + tax %3 (%4)</source>
        <translation>商品 %1 + 運費 %2 + 稅 %3（%4）</translation>
    </message>
    <message>
        <source>Total: %1 so far</source>
        <translation>合計：目前 %1</translation>
    </message>
    <message>
        <source>The catalogue&apos;s price is %1; this order is in %2, so type its price in %2.</source>
        <translation>目錄價格為 %1；此訂單使用 %2，請以 %2 輸入價格。</translation>
    </message>
</context>
<context>
    <name>docket::OrderTableModel</name>
    <message>
        <source>%1 is new: nobody has opened it yet.</source>
        <translation>%1 是新訂單：還沒有人開啟過。</translation>
    </message>
    <message>
        <source>%1 is overdue.</source>
        <translation>%1 已逾期。</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <source>%1 is marked invalid (status: %2).</source>
        <translation>%1 已標記為無效（狀態：%2）。</translation>
    </message>
    <message>
        <source>%1 is marked invalid: %2 (status: %3).</source>
        <translation>%1 已標記為無效：%2（狀態：%3）。</translation>
    </message>
    <message>
        <source>%1 is new (nobody has opened it yet) and overdue.</source>
        <translation>%1 是新訂單（還沒有人開啟過），並且已逾期。</translation>
    </message>
</context>
<context>
    <name>docket::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>&amp;Open Order</source>
        <translation>開啟訂單(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;New Order…</source>
        <translation>新增訂單(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark &amp;Seen</source>
        <translation>標記為已檢視(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mark &amp;All Seen</source>
        <translation>全部標記為已檢視(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Mark &amp;Invalid…</source>
        <translation>標記為無效(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Mark &amp;Valid Again</source>
        <translation>重新標記為有效(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Delete Invalid Orders…</source>
        <translation>刪除無效訂單(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Move the selected invalid orders to the archive</source>
        <translation>將所選無效訂單移入封存</translation>
    </message>
    <message>
        <source>Show invalid orders first: only invalid orders can be deleted</source>
        <translation>請先顯示無效訂單：只有無效訂單才能刪除</translation>
    </message>
    <message>
        <source>Cannot open the order</source>
        <translation>無法開啟訂單</translation>
    </message>
    <message>
        <source>Order %1 created.</source>
        <translation>已建立訂單 %1。</translation>
    </message>
    <message>
        <source>Cannot create an order</source>
        <translation>無法建立訂單</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) seen.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單標記為已檢視。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot mark orders seen</source>
        <translation>無法將訂單標記為已檢視</translation>
    </message>
    <message>
        <source>Duplicate order</source>
        <translation>重複訂單</translation>
    </message>
    <message>
        <source>Fraud suspected</source>
        <translation>疑似詐騙</translation>
    </message>
    <message>
        <source>Test order</source>
        <translation>測試訂單</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>付款失敗</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>客戶要求</translation>
    </message>
    <message>
        <source>Mark Orders Invalid</source>
        <translation>將訂單標記為無效</translation>
    </message>
    <message>
        <source>Delete Invalid Orders</source>
        <translation>刪除無效訂單</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln invalid order(s)?</source>
        <translation>
            <numerusform>刪除 %Ln 筆無效訂單？</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking %L1 orders invalid…</source>
        <translation>正在將 %L1 筆訂單標記為無效…</translation>
    </message>
    <message>
        <source>Marking %L1 orders valid…</source>
        <translation>正在將 %L1 筆訂單標記為有效…</translation>
    </message>
    <message>
        <source>Moving %L1 orders to the archive…</source>
        <translation>正在將 %L1 筆訂單移入封存…</translation>
    </message>
    <message>
        <source>Marking %L1 orders seen…</source>
        <translation>正在將 %L1 筆訂單標記為已檢視…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在處理</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) invalid.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單標記為無效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) valid again.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單重新標記為有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to the archive.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單移入封存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何變更。</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>未做任何變更</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Order(s)</source>
        <translation>
            <numerusform>刪除 %Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>Change S&amp;tatus…</source>
        <translation>變更狀態(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>指派(&amp;G)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation>需要「%1」權限，而您的角色（%2）沒有該權限。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>無法使用「%1」：%2</translation>
    </message>
    <message>
        <source>No orders match these filters:</source>
        <translation>沒有符合以下篩選條件的訂單：</translation>
    </message>
    <message>
        <source>Clear the filters (Ctrl+Shift+X) to see every order you can see.</source>
        <translation>清除篩選條件（Ctrl+Shift+X）即可檢視您能看到的所有訂單。</translation>
    </message>
    <message>
        <source>There are no orders yet.</source>
        <translation>還沒有訂單。</translation>
    </message>
    <message>
        <source>You see only the orders you created or that are assigned to you.</source>
        <translation>您只能看到自己建立或指派給您的訂單。</translation>
    </message>
    <message>
        <source>You see only the orders of: %1.</source>
        <translation>您只能看到以下通路的訂單：%1。</translation>
    </message>
    <message numerus="yes">
        <source>That is every order the list shows (%Ln).</source>
        <translation>
            <numerusform>即清單顯示的全部訂單（%Ln 筆）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Orders Seen</source>
        <translation>標記訂單為已檢視</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) seen, for everyone?</source>
        <translation>
            <numerusform>將 %Ln 筆訂單標記為已檢視（對所有人）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Seen</source>
        <translation>
            <numerusform>標記 %Ln 筆訂單為已檢視</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop being new on every desk.</source>
        <translation>它們在每個工作台上都不再是新訂單。</translation>
    </message>
    <message>
        <source>There are no new orders to mark seen.</source>
        <translation>沒有可標記為已檢視的新訂單。</translation>
    </message>
    <message>
        <source>Mark All Orders Seen</source>
        <translation>將全部訂單標記為已檢視</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %Ln new order(s) seen, for everyone?</source>
        <translation>
            <numerusform>將全部 %Ln 筆新訂單標記為已檢視（對所有人）？</numerusform>
        </translation>
    </message>
    <message>
        <source>Every new order you can see stops being new on every desk, not only the ones the list shows now.</source>
        <translation>您可見的每個新訂單都將在每個工作台上不再是新訂單，而不僅是清單目前顯示的訂單。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) invalid?</source>
        <translation>
            <numerusform>將 %Ln 筆訂單標記為無效？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Invalid</source>
        <translation>
            <numerusform>標記 %Ln 筆訂單為無效</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>They leave the list of valid orders; “Mark Valid” brings them back.</source>
        <translation>它們將離開有效訂單清單；「重新標記為有效」可將其恢復。</translation>
    </message>
    <message>
        <source>Mark Orders Valid</source>
        <translation>標記訂單為有效</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) valid again?</source>
        <translation>
            <numerusform>將 %Ln 筆訂單重新標記為有效？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Valid</source>
        <translation>
            <numerusform>標記 %Ln 筆訂單為有效</numerusform>
        </translation>
    </message>
    <message>
        <source>Their invalid reasons are cleared (the history keeps them).</source>
        <translation>其無效原因將被清除（歷史記錄會保留）。</translation>
    </message>
    <message>
        <source>Each order moves with its lines and history to the archive, where you (and everyone with the right “%1”) can restore it.</source>
        <translation>每筆訂單會連同明細和歷史移入封存，您（以及擁有「%1」權限的所有人）可以從那裡還原。</translation>
    </message>
    <message>
        <source>Each order moves with its lines and history to the archive, where someone with the right “%1” can restore it.</source>
        <translation>每筆訂單會連同明細和歷史移入封存，擁有「%1」權限的人可以從那裡還原。</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>變更狀態</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln order(s)?</source>
        <translation>
            <numerusform>變更 %Ln 筆訂單的狀態？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln Order(s)</source>
        <translation>
            <numerusform>變更 %Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>新狀態：</translation>
    </message>
    <message>
        <source>Every order must be allowed to move there by the workflow, or none moves.</source>
        <translation>工作流程必須允許每筆訂單轉到該狀態，否則所有訂單都不會變更。</translation>
    </message>
    <message>
        <source>Assign Orders</source>
        <translation>指派訂單</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln order(s)?</source>
        <translation>
            <numerusform>指派 %Ln 筆訂單？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln Order(s)</source>
        <translation>
            <numerusform>指派 %Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>指派給：</translation>
    </message>
    <message>
        <source>Each order shows the user&apos;s name as its assignee, and the history records it.</source>
        <translation>每筆訂單將顯示該使用者為負責人，歷史記錄會記下此變更。</translation>
    </message>
    <message>
        <source>Changing the status of %L1 orders…</source>
        <translation>正在變更 %L1 筆訂單的狀態…</translation>
    </message>
    <message>
        <source>Assigning %L1 orders…</source>
        <translation>正在指派 %L1 筆訂單…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單轉為「%1」。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %Ln order(s).</source>
        <translation>
            <numerusform>已取消指派 %Ln 筆訂單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln order(s) to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單指派給 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list cannot be sorted by %1.</source>
        <translation>清單不能依「%1」排序。</translation>
    </message>
    <message>
        <source>Choose &amp;Columns…</source>
        <translation>選擇欄位(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Which columns the list shows, and in which order</source>
        <translation>清單顯示哪些欄位以及它們的順序</translation>
    </message>
    <message>
        <source>Show View %1</source>
        <translation>顯示檢視 %1</translation>
    </message>
    <message>
        <source>There is no view %1: save views with Save View.</source>
        <translation>沒有檢視 %1：請用「儲存檢視」儲存檢視。</translation>
    </message>
    <message>
        <source>Show Saved &amp;Views</source>
        <translation>顯示已儲存的檢視(&amp;V)</translation>
    </message>
    <message>
        <source>View &quot;%1&quot;</source>
        <translation>檢視「%1」</translation>
    </message>
</context>
<context>
    <name>docket::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密碼</translation>
    </message>
    <message>
        <source>Enter the password of %1</source>
        <translation>請輸入 %1 的密碼</translation>
    </message>
    <message>
        <source>Docket uses it for this session only and never saves it.</source>
        <translation>Docket 僅在本次工作階段中使用該密碼，絕不會儲存。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>連線問題</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
</context>
<context>
    <name>docket::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>記錄付款</translation>
    </message>
    <message>
        <source>The provider&apos;s transaction reference</source>
        <translation>支付機構的交易編號</translation>
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
        <translation>金額(&amp;A)（%1）：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>交易編號(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>記錄付款(&amp;R)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>「%1」不是金額。</translation>
    </message>
</context>
<context>
    <name>docket::PrintOrderDialog</name>
    <message>
        <source>Print Order %1</source>
        <translation>列印訂單 %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>單據</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>單據(&amp;D)：</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>列印預覽</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print (%1)</source>
        <translation>列印（%1）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save as PDF (%1)</source>
        <translation>另存為 PDF（%1）</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>列印%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Print %Ln Order(s)</source>
        <translation>
            <numerusform>列印 %Ln 張訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一批</translation>
    </message>
    <message>
        <source>Preview the previous %L1 orders</source>
        <translation>預覽前 %L1 張訂單</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一批 ▶</translation>
    </message>
    <message>
        <source>Preview the next %L1 orders</source>
        <translation>預覽後 %L1 張訂單</translation>
    </message>
    <message>
        <source>Orders %L1–%L2 of %L3</source>
        <translation>第 %L1–%L2 張訂單，共 %L3 張</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 張訂單</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issuing invoice numbers…</source>
        <translation>正在開立發票號碼…</translation>
    </message>
    <message>
        <source>Invoice Numbers</source>
        <translation>發票號碼</translation>
    </message>
    <message>
        <source>Printing %L1 orders…</source>
        <translation>正在列印 %L1 張訂單…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Saving %L1 orders as PDF…</source>
        <translation>正在將 %L1 張訂單儲存為 PDF…</translation>
    </message>
</context>
<context>
    <name>docket::ProductDialog</name>
    <message>
        <source>Edit Product %1</source>
        <translation>編輯商品 %1</translation>
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
        <translation>可用數量低於此值時，該商品視為低庫存</translation>
    </message>
    <message>
        <source>Offered for new orders</source>
        <translation>可用於新訂單</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>價格（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Cost price (%1):</source>
        <translation>成本價（%1）(&amp;C)：</translation>
    </message>
    <message>
        <source>Safety s&amp;tock:</source>
        <translation>安全庫存(&amp;T)：</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>啟用：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price.</source>
        <translation>「%1」不是價格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cost price.</source>
        <translation>「%1」不是成本價。</translation>
    </message>
</context>
<context>
    <name>docket::ProductTableModel</name>
    <message>
        <source>%1: %L2 available, below the safety stock of %L3.</source>
        <translation>%1：可用 %L2，低於安全庫存 %L3。</translation>
    </message>
    <message>
        <source>%1 is inactive: not offered for new orders.</source>
        <translation>%1 已停用：不提供給新訂單。</translation>
    </message>
    <message>
        <source>Held by open orders</source>
        <translation>被未結訂單佔用</translation>
    </message>
    <message>
        <source>On hand minus reserved: what new orders can have</source>
        <translation>現有減去預留：新訂單可用的數量</translation>
    </message>
    <message>
        <source>Units ordered that could not be reserved yet</source>
        <translation>已訂購但尚未能預留的數量</translation>
    </message>
    <message>
        <source>How long the available stock lasts at the last 30 days&apos; shipments</source>
        <translation>按最近 30 天的發貨量，可用庫存還能維持多久</translation>
    </message>
    <message>
        <source>Below this many available units the product counts as low on stock</source>
        <translation>可用數量低於此值時，該商品視為低庫存</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全庫存</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>現有</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>預留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺貨待補</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>可供天數</translation>
    </message>
</context>
<context>
    <name>docket::ReceiveReturnDialog</name>
    <message>
        <source>Receive Return %1</source>
        <translation>收貨：退貨 %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Restock in %1</source>
        <translation>重新入庫到 %1</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>報損</translation>
    </message>
    <message>
        <source>Say for each line where it goes: back on a shelf, or written off when it cannot be sold again.</source>
        <translation>請為每一行選擇去向：放回貨架，或在無法再出售時報損。</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收貨</translation>
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
        <translation>#%1 %2 %3（剩餘 %4）</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金額</translation>
    </message>
    <message>
        <source>By lines</source>
        <translation>按明細</translation>
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
        <translation>金額(&amp;A)（%1）：</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>明細：</translation>
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
        <translation>沒有可退款的已收款付款。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>「%1」不是金額。</translation>
    </message>
</context>
<context>
    <name>docket::RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Replaces the contents of %1 with a backup. The backup is checked first; nothing changes if it fails a check.</source>
        <translation>用備份替換 %1 的內容。系統會先檢查備份；如果檢查未透過，則不做任何變更。</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>要還原的備份檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the backup file to restore</source>
        <translation>選擇要還原的備份檔案</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>備份檔案(&amp;B)：</translation>
    </message>
    <message>
        <source>Everyone working on this database sees the restored orders at once; changes made since the backup are replaced. The current database is kept as %1.</source>
        <translation>使用此資料庫的所有人都會立即看到還原後的訂單；備份之後所做的變更將被替換。目前資料庫將保留為 %1。</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>還原進度</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: restore it on the server with pg_restore.</source>
        <translation>這是 PostgreSQL 資料庫：請在伺服器上使用 pg_restore 還原。</translation>
    </message>
    <message>
        <source>Your role may not restore backups.</source>
        <translation>您的角色無權還原備份。</translation>
    </message>
    <message>
        <source>Docket databases (*.db *.bak);;All files (*)</source>
        <translation>Docket 資料庫 (*.db *.bak);;所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <source>✔ Checked: intact, schema version %1, %Ln order(s), %2, saved %3.</source>
        <translation>
            <numerusform>✔ 已檢查：完好，架構版本 %1，%Ln 筆訂單，%2，儲存於 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the database with %1?</source>
        <translation>用 %1 替換資料庫？</translation>
    </message>
    <message>
        <source>Cancelled; the database was not changed.</source>
        <translation>已取消；資料庫未被變更。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
</context>
<context>
    <name>docket::ReviewPage</name>
    <message>
        <source>Orders awaiting review</source>
        <translation>待審核訂單</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>The selected orders go on to payment and shipping</source>
        <translation>所選訂單繼續付款和出貨</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒絕(&amp;J)…</translation>
    </message>
    <message>
        <source>The selected orders become invalid, with your reason</source>
        <translation>所選訂單將標記為無效，並附上您的原因</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>重新整理(&amp;S)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>待審原因</translation>
    </message>
    <message>
        <source>No order is waiting for review.</source>
        <translation>沒有待審核的訂單。</translation>
    </message>
    <message>
        <source>%L1 orders wait; the oldest %L2 are shown.</source>
        <translation>%L1 筆訂單待審核；顯示最早的 %L2 筆。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) wait for review.</source>
        <translation>
            <numerusform>%n 筆訂單待審核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject orders</source>
        <translation>拒絕訂單</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n order(s) rejected? They become invalid with this reason.</source>
        <translation>
            <numerusform>為什麼拒絕這 %n 筆訂單？訂單將以此原因標記為無效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) approved.</source>
        <translation>
            <numerusform>已核准 %n 筆訂單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) rejected.</source>
        <translation>
            <numerusform>已拒絕 %n 筆訂單。</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>規則(&amp;U)…</translation>
    </message>
    <message>
        <source>Switch the review rules on or off and tune them</source>
        <translation>開啟或關閉審核規則並調整其設定</translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation>需要「%1」權限，而您的角色（%2）沒有此權限。</translation>
    </message>
    <message>
        <source>Show %L1 &amp;More</source>
        <translation>再顯示 %L1 張(&amp;M)</translation>
    </message>
    <message>
        <source>The review rules are at version %L1.</source>
        <translation>審核規則現為版本 %L1。</translation>
    </message>
</context>
<context>
    <name>docket::ReviewRulesDialog</name>
    <message>
        <source>Review Rules</source>
        <translation>審核規則</translation>
    </message>
    <message>
        <source>An order that trips a rule switched on waits for review, with the reasons in words; one that trips none is approved at once. Every change is saved as a new version of the rules.</source>
        <translation>觸發任一已開啟規則的訂單會等待審核，並用文字說明原因；沒有觸發任何規則的訂單會立即核准。每次變更都儲存為規則的一個新版本。</translation>
    </message>
    <message>
        <source>Changing the rules needs the right “%1”, which your role (%2) does not have.</source>
        <translation>變更規則需要「%1」權限，而您的角色（%2）沒有此權限。</translation>
    </message>
    <message>
        <source>Amount threshold</source>
        <translation>金額門檻</translation>
    </message>
    <message>
        <source>Hold orders above (%1):</source>
        <translation>金額超過此值的訂單需審核（%1）：</translation>
    </message>
    <message>
        <source>First order threshold</source>
        <translation>首筆訂單門檻</translation>
    </message>
    <message>
        <source>Hold a new customer&apos;s first order above (%1):</source>
        <translation>新客戶首筆訂單超過此值需審核（%1）：</translation>
    </message>
    <message>
        <source>Orders from one customer</source>
        <translation>同一客戶的訂單數</translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation>分鐘數</translation>
    </message>
    <message>
        <source>Hold when more than this many orders…</source>
        <translation>當超過此數量的訂單…</translation>
    </message>
    <message>
        <source>…come from one email or phone within minutes:</source>
        <translation>…在此分鐘數內來自同一電子郵件或電話時需審核：</translation>
    </message>
    <message>
        <source>Largest quantity of a line</source>
        <translation>一列的最大數量</translation>
    </message>
    <message>
        <source>Hold when a line asks for more than:</source>
        <translation>某一列數量超過此值時需審核：</translation>
    </message>
    <message>
        <source>Holds an order shipped to another country than the one it is billed in.</source>
        <translation>收貨國家與帳單國家不同的訂單需審核。</translation>
    </message>
    <message>
        <source>Holds an order whose shipping address lacks the street, postcode, city or country.</source>
        <translation>收貨地址缺少街道、郵遞區號、城市或國家的訂單需審核。</translation>
    </message>
    <message>
        <source>One domain a line, e.g. spam.example</source>
        <translation>每行一個網域，例如 spam.example</translation>
    </message>
    <message>
        <source>Blocked email domains</source>
        <translation>封鎖的電子郵件網域</translation>
    </message>
    <message>
        <source>One phone number a line, e.g. +86 138 0000 0000</source>
        <translation>每行一個電話號碼，例如 +86 138 0000 0000</translation>
    </message>
    <message>
        <source>Blocked phones</source>
        <translation>封鎖的電話</translation>
    </message>
    <message>
        <source>One address a line: street, postcode</source>
        <translation>每行一個地址：街道, 郵遞區號</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>封鎖的地址</translation>
    </message>
    <message>
        <source>Email domains:</source>
        <translation>電子郵件網域：</translation>
    </message>
    <message>
        <source>Phones (compared by their digits):</source>
        <translation>電話（只比較數字）：</translation>
    </message>
    <message>
        <source>Addresses (compared without case and extra spaces):</source>
        <translation>地址（不分大小寫，忽略多餘空格）：</translation>
    </message>
    <message>
        <source>Why the rules change (kept with the version)</source>
        <translation>變更規則的原因（隨版本儲存）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>儲存為新版本</translation>
    </message>
    <message>
        <source>none in %1</source>
        <translation>%1 無門檻</translation>
    </message>
    <message>
        <source>The built-in rules are in force (no version saved yet).</source>
        <translation>目前使用內建規則（尚未儲存任何版本）。</translation>
    </message>
    <message>
        <source>Version %L1, set by %2 on %3.</source>
        <translation>版本 %L1，由 %2 於 %3 設定。</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>In other currencies (set with docketctl rules set): orders above %1; first orders above %2.</source>
        <translation>其他幣別（用 docketctl rules set 設定）：訂單金額超過 %1；首筆訂單超過 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Versions of the rules</source>
        <translation>規則的各個版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>設定者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>規則(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史(&amp;H)</translation>
    </message>
    <message>
        <source>The first version of the rules.</source>
        <translation>規則的第一個版本。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>沒有變更。</translation>
    </message>
    <message>
        <source>Only the newest %L1 versions are shown; docketctl rules history --limit N lists older ones.</source>
        <translation>僅顯示最新的 %L1 個版本；更早的版本可用 docketctl rules history --limit N 列出。</translation>
    </message>
</context>
<context>
    <name>docket::SalesReport</name>
    <message>
        <source>%1 — Sales report</source>
        <translation>%1 — 銷售報表</translation>
    </message>
    <message>
        <source>No figures loaded</source>
        <translation>未載入資料</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>列印於 %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>銷售報表</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>無法將報表寫入 %1。</translation>
    </message>
</context>
<context>
    <name>docket::ScopeEditor</name>
    <message>
        <source>Orders scope</source>
        <translation>訂單範圍</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>所有訂單</translation>
    </message>
    <message>
        <source>Own orders (created by or assigned to them)</source>
        <translation>自己的訂單（由其建立或分配給其負責的訂單）</translation>
    </message>
    <message>
        <source>Orders of these sales channels:</source>
        <translation>以下銷售通路的訂單：</translation>
    </message>
</context>
<context>
    <name>docket::SecurityLogView</name>
    <message>
        <source>Any user</source>
        <translation>任意使用者</translation>
    </message>
    <message>
        <source>Events by or about this user</source>
        <translation>由該使用者執行或與該使用者相關的事件</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>事件類型</translation>
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
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>從：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>安全性記錄</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
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
        <translation>涉及對象</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Showing the newest %L1 events; narrow the filter to see older ones.</source>
        <translation>顯示最新的 %L1 個事件；縮小篩選範圍可檢視更早的事件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln 個事件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>商店(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language&apos;s conventions. Dialogs opened from now on use the new language at once; menus and pages already open switch after a restart.</source>
        <translation>日期和數字遵循所選語言的習慣。此後開啟的對話方塊會立即使用新語言；已開啟的選單和頁面將在重新啟動後切換。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>&amp;Default database:</source>
        <translation>預設資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>預設資料庫</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>瀏覽(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the default database file</source>
        <translation>選擇預設資料庫檔案</translation>
    </message>
    <message>
        <source>Street
Postcode and city
Country</source>
        <translation>街道
郵遞區號和城市
國家/地區</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>備份資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Choose a folder, ideally on another disk</source>
        <translation>選擇一個資料夾，最好位於另一塊磁碟上</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>瀏覽(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>選擇備份資料夾</translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation>預設資料庫</translation>
    </message>
    <message>
        <source>Docket databases (*.db *.sqlite);;All files (*)</source>
        <translation>Docket 資料庫 (*.db *.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>Default database: the folder %1 does not exist.</source>
        <translation>預設資料庫：資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>Backup folder: %1 does not exist and cannot be created.</source>
        <translation>備份資料夾：%1 不存在且無法建立。</translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation>個人(&amp;P)</translation>
    </message>
    <message>
        <source>Your own preferences on this computer</source>
        <translation>您在這台電腦上的個人偏好</translation>
    </message>
    <message>
        <source>The shop&apos;s settings, the same for everyone who works on this database</source>
        <translation>商店設定，對使用此資料庫的所有人都相同</translation>
    </message>
    <message>
        <source>Your own preferences as %1 on this computer; other people who sign in here keep theirs.</source>
        <translation>您（%1）在這台電腦上的個人偏好；在此登入的其他人保留各自的偏好。</translation>
    </message>
    <message>
        <source>Your own preferences on this computer.</source>
        <translation>您在這台電腦上的個人偏好。</translation>
    </message>
    <message>
        <source>Docket runs in %1 for this session because the command line asked for it (--lang); your own choice, used otherwise, is %2.</source>
        <translation>由於命令列指定（--lang），Docket 本次以%1執行；您平時的選擇是%2。</translation>
    </message>
    <message>
        <source>This computer&apos;s: a SQLite file or a postgresql:// address. Docket opens it at start when no other database is named on the command line or in DOCKET_DATABASE; empty means the standard file shown. Takes effect at the next start.</source>
        <translation>本機設定：一個 SQLite 檔案或 postgresql:// 位址。當命令列或 DOCKET_DATABASE 未指定其他資料庫時，Docket 啟動時開啟它；留空表示使用所示的標準檔案。下次啟動時生效。</translation>
    </message>
    <message>
        <source>Where this computer writes the daily backups, named docket-YYYYMMDD-HHMMSS.db. Whether they are made and how many are kept are shop settings. File → Back Up… makes one any time.</source>
        <translation>這台電腦寫入每日備份的位置，檔名為 docket-YYYYMMDD-HHMMSS.db。是否備份以及保留多少份屬於商店設定。隨時可用「檔案 → 備份…」手動備份。</translation>
    </message>
    <message>
        <source>No database is open: the shop settings are in the database.</source>
        <translation>未開啟資料庫：商店設定儲存在資料庫中。</translation>
    </message>
    <message>
        <source>Read-only. These settings are the same for everyone who works on %1. Changing them needs the right “%2”, which your role (%3) does not have; ask an administrator.</source>
        <translation>唯讀。這些設定對使用 %1 的所有人都相同。變更需要「%2」權限，而您的角色（%3）沒有該權限；請聯絡管理員。</translation>
    </message>
    <message>
        <source>These settings are the same for everyone who works on %1 and for docketctl. Each change is recorded in the security log.</source>
        <translation>這些設定對使用 %1 的所有人以及 docketctl 都相同。每次變更都會記錄在安全日誌中。</translation>
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
        <translation>備份資料夾：請為這台電腦上的每日備份選擇一個資料夾。</translation>
    </message>
    <message>
        <source>The shop&apos;s currency (%1) until the first price is entered</source>
        <translation>輸入第一個價格之前為商店貨幣（%1）</translation>
    </message>
</context>
<context>
    <name>docket::ShipDialog</name>
    <message>
        <source>Ship</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>本包裹數量</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>貨運公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>追蹤編號(&amp;T)：</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>明細：</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>出貨(&amp;S)</translation>
    </message>
    <message>
        <source>Put at least one line in the parcel.</source>
        <translation>包裹中至少要放入一項商品。</translation>
    </message>
</context>
<context>
    <name>docket::ShipmentFileDialog</name>
    <message>
        <source>Import Shipments</source>
        <translation>匯入出貨檔案</translation>
    </message>
    <message>
        <source>The file a warehouse hands back: one row per parcel with the order number, the carrier and the tracking number (a header row is optional). Each order ships every line it has left. Nothing ships until every row reads without a problem.</source>
        <translation>倉庫交回的檔案：每個包裹一列，包含訂單編號、貨運公司和追蹤編號（可以有標題列）。每張訂單出貨其所有尚未出貨的商品。只有每一列都沒有問題時才會出貨。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>選擇一個檔案以查看其內容。</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>檔案中的列</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>追蹤編號</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>出貨(&amp;S)</translation>
    </message>
    <message>
        <source>Shipment files (*.csv *.txt);;All files (*)</source>
        <translation>出貨檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>The file cannot be shipped: %1</source>
        <translation>無法依此檔案出貨：%1</translation>
    </message>
    <message>
        <source>The file holds no rows to ship.</source>
        <translation>檔案中沒有要出貨的列。</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) in the file, no problems. Ready to ship.</source>
        <translation>
            <numerusform>檔案中有 %n 個包裹，沒有問題，可以出貨。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (in red below); nothing can be shipped until they are fixed in the file.</source>
        <translation>
            <numerusform>有 %n 列有問題（下方以紅色顯示）；在檔案中更正之前無法出貨。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not ship orders.</source>
        <translation>您的角色無權出貨。</translation>
    </message>
    <message numerus="yes">
        <source>Shipping %n order(s)…</source>
        <translation>
            <numerusform>正在為 %n 張訂單出貨…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was shipped: %1</source>
        <translation>沒有出貨：%1</translation>
    </message>
    <message>
        <source>The file is shipping; it ships whole or not at all. Please wait.</source>
        <translation>正在依檔案出貨：要麼全部出貨，要麼全部不出貨。請稍候。</translation>
    </message>
    <message>
        <source>Import Tracking Events</source>
        <translation>匯入物流追蹤</translation>
    </message>
    <message>
        <source>A carrier&apos;s export of tracking events, one event per row under the header %1. The time carries its zone (2026-12-05T10:00:00+08:00); the status &quot;delivered&quot; marks the parcel delivered. Events already recorded are not added again. Nothing is imported until every row reads without a problem.</source>
        <translation>貨運公司匯出的物流事件檔案，標題列為 %1，每列一個事件。時間帶時區（2026-12-05T10:00:00+08:00）；狀態「delivered」會把包裹標記為已送達。已記錄的事件不會重複新增。只要還有一列有問題，就不匯入任何內容。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Tracking files (*.csv *.txt);;All files (*)</source>
        <translation>物流追蹤檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>無法匯入該檔案：%1</translation>
    </message>
    <message>
        <source>Recorded already; not added again.</source>
        <translation>已記錄，不再重複新增。</translation>
    </message>
    <message>
        <source>Marks the parcel delivered.</source>
        <translation>將包裹標記為已送達。</translation>
    </message>
    <message>
        <source>The file holds no tracking events.</source>
        <translation>檔案中沒有物流事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking event(s) in the file, no problems.</source>
        <translation>
            <numerusform>檔案中有 %n 個物流事件，沒有問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are recorded already.</source>
        <translation>全部都已記錄。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them will be added.</source>
        <translation>
            <numerusform>其中 %n 個將被新增。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (in red below); nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n 列有問題（下方紅色顯示）；在檔案中修正之前無法匯入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not record tracking events.</source>
        <translation>您的角色不能記錄物流事件。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n tracking event(s)…</source>
        <translation>
            <numerusform>正在匯入 %n 個物流事件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何內容：%1</translation>
    </message>
    <message>
        <source>The file is being imported; it goes in whole or not at all. Please wait.</source>
        <translation>正在匯入檔案；要麼全部匯入，要麼全不匯入。請稍候。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
</context>
<context>
    <name>docket::ShopListEditor</name>
    <message>
        <source>No pattern: any tracking number is accepted.</source>
        <translation>沒有格式：接受任何追蹤編號。</translation>
    </message>
    <message>
        <source>A tracking number must match %1.</source>
        <translation>追蹤編號必須符合 %1。</translation>
    </message>
    <message>
        <source>Not a valid pattern: %1 (at character %2).</source>
        <translation>不是有效的格式：%1（第 %2 個字元處）。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Label shown to clerks</source>
        <translation>店員看到的名稱</translation>
    </message>
    <message>
        <source>Paid on delivery</source>
        <translation>貨到付款</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; stored with each payment</source>
        <translation>小寫字母、數字和 _；隨每筆付款儲存</translation>
    </message>
    <message>
        <source>Empty: the built-in name, in each clerk&apos;s language (grey)</source>
        <translation>留空：使用內建名稱，依各店員的語言顯示（灰色）</translation>
    </message>
    <message>
        <source>Cash on delivery: the order may ship before it is paid</source>
        <translation>貨到付款：訂單可在付款前出貨</translation>
    </message>
    <message>
        <source>Offered for new payments; an inactive method still names the payments made with it</source>
        <translation>可用於新的付款；停用的方式仍會顯示在用它付過的款項上</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Add Method</source>
        <translation>新增方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Tracking number pattern</source>
        <translation>追蹤編號格式</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>查詢連結</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; stored with each shipment</source>
        <translation>小寫字母、數字和 _；隨每個包裹儲存</translation>
    </message>
    <message>
        <source>A regular expression a tracking number must match, such as JD[0-9A-Z]{11,18}; empty: any number</source>
        <translation>追蹤編號必須符合的正規表示式，例如 JD[0-9A-Z]{11,18}；留空：任何編號</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking page, with {number} where the number goes</source>
        <translation>貨運公司的查詢頁面，用 {number} 表示追蹤編號的位置</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>貨運公司</translation>
    </message>
    <message>
        <source>Add Carrier</source>
        <translation>新增貨運公司</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
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
        <translation>開始盤點</translation>
    </message>
    <message>
        <source>Empty: every product stocked there</source>
        <translation>為空：該倉庫中有庫存的所有商品</translation>
    </message>
    <message>
        <source>SKUs separated by commas or spaces, to count only those</source>
        <translation>用逗號或空格分隔的 SKU，僅盤點這些</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>倉庫(&amp;W)：</translation>
    </message>
    <message>
        <source>Only these &amp;SKUs:</source>
        <translation>僅這些 SKU(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Start Count</source>
        <translation>開始盤點</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>請選擇一個倉庫。</translation>
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
        <translation>庫存價值最高</translation>
    </message>
    <message>
        <source>Fewest days of cover</source>
        <translation>可供天數最少</translation>
    </message>
    <message>
        <source>Most lost to backorders</source>
        <translation>缺貨損失最多</translation>
    </message>
    <message>
        <source>Most shipped</source>
        <translation>出貨最多</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按商品</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按通路</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;roducts:</source>
        <translation>商品(&amp;R)：</translation>
    </message>
    <message>
        <source>Ret&amp;urns:</source>
        <translation>退貨(&amp;U)：</translation>
    </message>
    <message>
        <source>Stock at cost</source>
        <translation>庫存成本價值</translation>
    </message>
    <message>
        <source>Shipped at cost</source>
        <translation>已出貨成本</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>週轉率</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>可供天數</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>現有庫存</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>成本價值</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Lost units</source>
        <translation>缺貨件數</translation>
    </message>
    <message>
        <source>Product or channel</source>
        <translation>商品或通路</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退貨率</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Stock value and units on hand are now; the rest is the chosen period, from the ledger&apos;s daily summaries (&quot;docketctl stock verify&quot; proves them equal to the ledger). Days of cover: the units on hand at the period&apos;s shipping rate.</source>
        <translation>庫存價值和現有件數為目前資料；其餘為所選期間的資料，取自庫存帳的每日彙總（「docketctl stock verify」可證明其與庫存帳一致）。可供天數：依該期間的出貨速度，現有庫存可維持的天數。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) on hand</source>
        <translation>
            <numerusform>現有 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) shipped</source>
        <translation>
            <numerusform>已出貨 %Ln 件</numerusform>
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
        <translation>按商品的庫存：%L2 項中的前 %L1 項</translation>
    </message>
    <message>
        <source>Stock by product (%L1)</source>
        <translation>按商品的庫存（%L1）</translation>
    </message>
    <message>
        <source>Returns by product, highest rate first</source>
        <translation>按商品的退貨，退貨率最高者在前</translation>
    </message>
    <message>
        <source>Returns by channel, highest rate first</source>
        <translation>按通路的退貨，退貨率最高者在前</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
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
        <translation>期間內出貨的成本，除以目前庫存的成本價值</translation>
    </message>
    <message>
        <source>How many days the units on hand last at the period&apos;s shipping rate</source>
        <translation>依該期間的出貨速度，現有庫存可維持的天數</translation>
    </message>
    <message>
        <source>cost ÷ value</source>
        <translation>成本÷價值</translation>
    </message>
    <message>
        <source>at this pace</source>
        <translation>依此速度</translation>
    </message>
    <message>
        <source>Lost to backorders, at cost</source>
        <translation>缺貨損失（按成本）</translation>
    </message>
    <message>
        <source>Lost at cost</source>
        <translation>損失（按成本）</translation>
    </message>
</context>
<context>
    <name>docket::StockChangeDialog</name>
    <message>
        <source>Receive %1</source>
        <translation>入庫 %1</translation>
    </message>
    <message>
        <source>Correct the Stock of %1</source>
        <translation>更正 %1 的庫存</translation>
    </message>
    <message>
        <source>Write Off %1</source>
        <translation>報損 %1</translation>
    </message>
    <message>
        <source>Delivery note or purchase order</source>
        <translation>送貨單或採購單</translation>
    </message>
    <message>
        <source>Why the stock is corrected</source>
        <translation>更正庫存的原因</translation>
    </message>
    <message>
        <source>Damaged, lost, expired…</source>
        <translation>損壞、丟失、過期…</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>倉庫(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;On hand is now:</source>
        <translation>現有數量更正為(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>數量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>入庫</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Write Off</source>
        <translation>報損</translation>
    </message>
    <message>
        <source>There is no active warehouse yet: add one under Warehouses.</source>
        <translation>還沒有啟用的倉庫：請在「倉庫」中新增。</translation>
    </message>
    <message>
        <source>%L1 on hand, %L2 reserved, %L3 available</source>
        <translation>現有 %L1，預留 %L2，可用 %L3</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>請選擇一個倉庫。</translation>
    </message>
</context>
<context>
    <name>docket::StockPage</name>
    <message>
        <source>&amp;Stocktakes</source>
        <translation>盤點(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>調撥(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>臺帳(&amp;L)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>倉庫</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已盤點</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期</translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation>此後變動</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Units that came in or went out since the line was counted (or, uncounted, since the count started): they are not a variance</source>
        <translation>該行盤點後（若未盤點，則自盤點開始後）入庫或出庫的數量：它們不算差異</translation>
    </message>
    <message>
        <source>Find a SKU on the count</source>
        <translation>在盤點中查詢 SKU</translation>
    </message>
    <message>
        <source>Start &amp;Count…</source>
        <translation>開始盤點(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import Scanner File…</source>
        <translation>匯入掃描檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save Counts</source>
        <translation>儲存盤點數量(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Post Variances</source>
        <translation>過帳差異(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel Count</source>
        <translation>取消盤點</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <source>No stocktake yet. Start a count for a warehouse: enter what is on the shelves by hand or import a scanner&apos;s file, then post the variances.</source>
        <translation>還沒有盤點。為某個倉庫開始盤點：手工錄入貨架上的數量或匯入掃描器檔案，然後過帳差異。</translation>
    </message>
    <message>
        <source>Type what is on the shelf</source>
        <translation>輸入貨架上的數量</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 — %3. %L4 of %L5 lines counted.</source>
        <translation>%2 的盤點 %1 — %3。已盤點 %L4 / %L5 行。</translation>
    </message>
    <message>
        <source>Posting adds %L1 and takes away %L2 units.</source>
        <translation>過帳將增加 %L1 件、減少 %L2 件。</translation>
    </message>
    <message>
        <source>%1 by %2 on %3.</source>
        <translation>%1，由 %2 於 %3。</translation>
    </message>
    <message>
        <source>Unsaved Counts</source>
        <translation>未儲存的盤點數量</translation>
    </message>
    <message>
        <source>Some counts you typed are not saved yet. Save them first?</source>
        <translation>有些輸入的盤點數量尚未儲存。先儲存嗎？</translation>
    </message>
    <message>
        <source>Stocktake %1 started.</source>
        <translation>盤點 %1 已開始。</translation>
    </message>
    <message>
        <source>Cannot Save the Counts</source>
        <translation>無法儲存盤點數量</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of at least 0.</source>
        <translation>%1：「%2」不是大於等於 0 的整數。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln count(s).</source>
        <translation>
            <numerusform>已儲存 %Ln 個盤點數量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Counted Quantities</source>
        <translation>匯入盤點數量</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot Import the Counts</source>
        <translation>無法匯入盤點數量</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln count(s).</source>
        <translation>
            <numerusform>已匯入 %Ln 個盤點數量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the Stocktake</source>
        <translation>過帳盤點</translation>
    </message>
    <message>
        <source>Post the variances of stocktake %1 to the stock? Each counted line becomes a movement; lines not counted stay as they are. This cannot be undone, only corrected by another count.</source>
        <translation>將盤點 %1 的差異過帳到庫存？每個已盤點的行會成為一條庫存變動；未盤點的行保持不變。此操作無法撤銷，只能透過再次盤點更正。</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: %Ln line(s) changed the stock.</source>
        <translation>
            <numerusform>盤點 %1 已過帳：%Ln 行改變了庫存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Post the Stocktake</source>
        <translation>無法過帳盤點</translation>
    </message>
    <message>
        <source>Cancel the Count</source>
        <translation>取消盤點</translation>
    </message>
    <message>
        <source>Cancel stocktake %1? Its counts are kept for reference but never posted.</source>
        <translation>取消盤點 %1？其盤點數量會保留以供參考，但永遠不會過帳。</translation>
    </message>
    <message>
        <source>Cannot Cancel the Count</source>
        <translation>無法取消盤點</translation>
    </message>
    <message>
        <source>From</source>
        <translation>調出</translation>
    </message>
    <message>
        <source>To</source>
        <translation>調入</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
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
        <translation>新建調撥(&amp;N)…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>發出(&amp;D)</translation>
    </message>
    <message>
        <source>The units leave the source warehouse</source>
        <translation>貨物離開調出倉庫</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>接收(&amp;R)</translation>
    </message>
    <message>
        <source>The units arrive; type in Received what did, if not all</source>
        <translation>貨物到達；如未全部到達，請在「已接收」中填寫實際數量</translation>
    </message>
    <message>
        <source>Cancel Draft</source>
        <translation>取消草稿</translation>
    </message>
    <message>
        <source>No transfer yet. A transfer moves stock between warehouses: draft, sent (the units leave), received.</source>
        <translation>還沒有調撥。調撥在倉庫之間移動庫存：草稿、發出（貨物離開）、接收。</translation>
    </message>
    <message>
        <source>Transfer %1: %L2 units from %3 to %4 — %5.</source>
        <translation>調撥 %1：%L2 件，從 %3 到 %4 — %5。</translation>
    </message>
    <message>
        <source>Sent by %1 on %2.</source>
        <translation>由 %1 於 %2 發出。</translation>
    </message>
    <message>
        <source>Received by %1 on %2.</source>
        <translation>由 %1 於 %2 接收。</translation>
    </message>
    <message>
        <source>Transfer %1 drafted; send it when the goods leave.</source>
        <translation>調撥 %1 已建立草稿；貨物發出時請點擊發出。</translation>
    </message>
    <message>
        <source>Transfer %1 is in transit.</source>
        <translation>調撥 %1 在途中。</translation>
    </message>
    <message>
        <source>Cannot Send the Transfer</source>
        <translation>無法發出調撥</translation>
    </message>
    <message>
        <source>Cannot Receive the Transfer</source>
        <translation>無法接收調撥</translation>
    </message>
    <message>
        <source>Transfer %1 received.</source>
        <translation>調撥 %1 已接收。</translation>
    </message>
    <message>
        <source>Cannot Cancel the Transfer</source>
        <translation>無法取消調撥</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有型別</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>現有</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>預留</translation>
    </message>
    <message>
        <source>For</source>
        <translation>關聯</translation>
    </message>
    <message>
        <source>Every change of stock is a row here; the figures on the catalogue page are their sums. The latest 500 are shown.</source>
        <translation>每次庫存變化都是這裡的一行；商品目錄頁上的數字是它們的合計。顯示最近 500 條。</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>沒有 SKU 為 %1 的商品。</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>stocktake %1</source>
        <translation>盤點 %1</translation>
    </message>
    <message>
        <source>transfer %1</source>
        <translation>調撥 %1</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>退貨 %1</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>成本價值</translation>
    </message>
</context>
<context>
    <name>docket::TrackingEventDialog</name>
    <message>
        <source>Add a tracking event</source>
        <translation>新增物流事件</translation>
    </message>
    <message>
        <source>What the carrier says, e.g. &quot;Out for delivery&quot;</source>
        <translation>貨運公司的狀態，例如「配送中」</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地點(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
</context>
<context>
    <name>docket::UndoConflictDialog</name>
    <message numerus="yes">
        <source>%Ln Order(s) Changed Since</source>
        <translation>
            <numerusform>%Ln 筆訂單此後已被變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo “%1”: %Ln of the %2 orders were changed since. Taking them back would overwrite those changes.</source>
        <translation>
            <numerusform>復原「%1」：%2 筆訂單中有 %Ln 筆此後已被變更。復原它們會覆寫這些變更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders changed since</source>
        <translation>此後已被變更的訂單</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>變更者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the others to take back the %Ln order(s) nobody changed and leave these as they are now. Undo Nothing changes nothing, and the step leaves the undo list.</source>
        <translation>
            <numerusform>「復原其他」會復原無人變更的 %Ln 筆訂單，上列訂單維持現狀。「不復原」不做任何變更，此步驟將從復原清單中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the &amp;Other %Ln</source>
        <translation>
            <numerusform>復原其他 %Ln 筆(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Nothing</source>
        <translation>不復原(&amp;N)</translation>
    </message>
    <message>
        <source>None of the orders is still as the step left it, so nothing can be taken back. Nothing was changed, and the step leaves the undo list.</source>
        <translation>沒有任何訂單仍維持此步驟完成時的狀態，因此無法復原。未做任何變更，此步驟將從復原清單中移除。</translation>
    </message>
    <message numerus="yes">
        <source>Redo “%1”: %Ln of the %2 orders were changed since. Doing it again would overwrite those changes.</source>
        <translation>
            <numerusform>重做「%1」：%2 筆訂單中有 %Ln 筆此後已被變更。重做會覆寫這些變更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redo the others to do it again for the %Ln order(s) nobody changed and leave these as they are now. Redo Nothing changes nothing, and the step leaves the redo list.</source>
        <translation>
            <numerusform>「重做其他」會對無人變更的 %Ln 筆訂單重做此步驟，上列訂單維持現狀。「不重做」不做任何變更，此步驟將從重做清單中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redo the &amp;Other %Ln</source>
        <translation>
            <numerusform>重做其他 %Ln 筆(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo &amp;Nothing</source>
        <translation>不重做(&amp;N)</translation>
    </message>
    <message>
        <source>None of the orders is still as the undo left it, so nothing can be done again. Nothing was changed, and the step leaves the redo list.</source>
        <translation>沒有任何訂單仍維持復原後的狀態，因此無法重做。未做任何變更，此步驟將從重做清單中移除。</translation>
    </message>
</context>
<context>
    <name>docket::ViewsPanel</name>
    <message>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已儲存的檢視</translation>
    </message>
    <message>
        <source>Click a view to show it; Ctrl+1 to Ctrl+9 show the first nine.</source>
        <translation>點選檢視即可顯示；Ctrl+1 到 Ctrl+9 顯示前九個。</translation>
    </message>
    <message>
        <source>Save Vie&amp;w…</source>
        <translation>儲存檢視(&amp;W)…</translation>
    </message>
    <message>
        <source>Keep the list&apos;s filter, sort and columns under a name</source>
        <translation>以一個名稱儲存清單的篩選、排序與欄位</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Share with a Role…</source>
        <translation>共用給角色(&amp;S)…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More view actions</source>
        <translation>更多檢視操作</translation>
    </message>
    <message>
        <source>%1, shared with the role %2 by %3</source>
        <translation>%1，由 %3 共用給角色「%2」</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <source>Name of the view (an existing view of yours with this name is replaced):</source>
        <translation>檢視名稱（您已有的同名檢視將被取代）：</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>檢視「%1」已儲存。</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重新命名檢視</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>刪除檢視</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? The orders stay as they are.</source>
        <translation>刪除檢視「%1」？訂單本身不受影響。</translation>
    </message>
    <message>
        <source>Share View</source>
        <translation>共用檢視</translation>
    </message>
    <message>
        <source>Nobody (only me)</source>
        <translation>不共用（僅自己）</translation>
    </message>
    <message>
        <source>Everyone with this role sees &quot;%1&quot; in their views:</source>
        <translation>擁有此角色的每個人都會在其檢視中看到「%1」：</translation>
    </message>
</context>
<context>
    <name>docket::WarehouseDialog</name>
    <message>
        <source>Edit Warehouse %1</source>
        <translation>編輯倉庫 %1</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>新建倉庫</translation>
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
        <translation>程式碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>啟用：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Add Warehouse</source>
        <translation>新增倉庫</translation>
    </message>
</context>
<context>
    <name>docket::WarehousesDialog</name>
    <message>
        <source>Warehouses</source>
        <translation>倉庫</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;New Warehouse…</source>
        <translation>新建倉庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where each sales channel&apos;s orders reserve and ship from&lt;/b&gt;</source>
        <translation>&lt;b&gt;各銷售通路的訂單從哪個倉庫預留和發貨&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A channel without a warehouse does not track stock: its orders reserve nothing and are never backordered.</source>
        <translation>沒有倉庫的通路不追蹤庫存：其訂單不預留任何庫存，也永遠不會缺貨待補。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No stock tracking</source>
        <translation>不追蹤庫存</translation>
    </message>
</context>
<context>
    <name>docket::WebhookLogView</name>
    <message>
        <source>Pending</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Failed (gave up)</source>
        <translation>失敗（已放棄）</translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation>Webhook 訂閱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>投遞</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最後回應</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次嘗試</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>重新整理(&amp;S)</translation>
    </message>
    <message>
        <source>docket-gateway sends each event to the addresses subscribed to it, signed, and tries again with growing pauses when an address does not answer. Subscriptions are added with docketctl webhook add.</source>
        <translation>docket-gateway 將每個事件簽章後傳送到訂閱它的位址，位址無回應時會以逐漸增加的間隔重試。訂閱透過 docketctl webhook add 新增。</translation>
    </message>
    <message>
        <source>Deliveries of the selected subscription, newest first:</source>
        <translation>所選訂閱的投遞記錄，最新的在前：</translation>
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
        <translation>還沒有訂閱。</translation>
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
            <numerusform>%n 個使用者</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一個值。</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;.</source>
        <translation>--sort：未知的欄「%1」。</translation>
    </message>
    <message>
        <source>Rebuilt the analytics summaries from %L1 orders in %L2 s.</source>
        <translation>已根據 %L1 筆訂單重建分析彙總，耗時 %L2 秒。</translation>
    </message>
    <message>
        <source>The analytics summaries match the orders.</source>
        <translation>分析彙總與訂單一致。</translation>
    </message>
    <message>
        <source>Run &quot;docketctl analytics rebuild&quot; to repair them.</source>
        <translation>請執行「docketctl analytics rebuild」進行修復。</translation>
    </message>
    <message>
        <source>Unknown command &quot;analytics %1&quot;; use rebuild or verify.</source>
        <translation>未知的命令「analytics %1」；請使用 rebuild 或 verify。</translation>
    </message>
    <message>
        <source>report needs --from and --to (YYYY-MM-DD).</source>
        <translation>report 需要 --from 和 --to（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--tz: &quot;%1&quot; is not a time zone; use an IANA name such as Asia/Shanghai or UTC.</source>
        <translation>--tz：「%1」不是時區；請使用 IANA 名稱，例如 Asia/Taipei 或 UTC。</translation>
    </message>
    <message>
        <source>--granularity: use day, week or month, not &quot;%1&quot;.</source>
        <translation>--granularity：請使用 day、week 或 month，而非「%1」。</translation>
    </message>
    <message>
        <source>--compare: use previous, last-year or none, not &quot;%1&quot;.</source>
        <translation>--compare：請使用 previous、last-year 或 none，而非「%1」。</translation>
    </message>
    <message>
        <source>--format: use csv or json, not &quot;%1&quot;.</source>
        <translation>--format：請使用 csv 或 json，而非「%1」。</translation>
    </message>
    <message>
        <source>--section: &quot;%1&quot; is not one of all, %2.</source>
        <translation>--section：「%1」不是 all、%2 之一。</translation>
    </message>
    <message>
        <source>No password was given: set DOCKET_PASSWORD or run docketctl on a terminal.</source>
        <translation>未提供密碼：請設定 DOCKET_PASSWORD，或在終端機中執行 docketctl。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次輸入新密碼：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>兩次輸入的密碼不一致；未做任何變更。</translation>
    </message>
    <message>
        <source>The database %1 has no users yet, so nobody may read or change its orders. Create the first administrator with: docketctl user add NAME --admin</source>
        <translation>資料庫 %1 還沒有使用者，因此任何人都不能讀取或變更其中的訂單。請用以下命令建立第一個管理員：docketctl user add NAME --admin</translation>
    </message>
    <message>
        <source>This database has user accounts: sign in with --user NAME (the password comes from DOCKET_PASSWORD or a prompt).</source>
        <translation>此資料庫有使用者帳戶：請使用 --user NAME 登入（密碼取自 DOCKET_PASSWORD 或提示輸入）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>鎖定至 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Unknown command &quot;role %1&quot;; use &quot;role list&quot;.</source>
        <translation>未知的命令「role %1」；請使用「role list」。</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>內建</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2.</source>
        <translation>--kind：「%1」不是 %2 之一。</translation>
    </message>
    <message>
        <source>Name the new user: docketctl user add NAME --role ROLE.</source>
        <translation>請指定新使用者：docketctl user add NAME --role ROLE。</translation>
    </message>
    <message>
        <source>--admin and --role %1 contradict each other.</source>
        <translation>--admin 與 --role %1 互相矛盾。</translation>
    </message>
    <message>
        <source>The first user must be an administrator: add --admin.</source>
        <translation>第一個使用者必須是管理員：請加上 --admin。</translation>
    </message>
    <message>
        <source>The first administrator sees all orders; leave out --scope.</source>
        <translation>第一個管理員可以看到所有訂單；請省略 --scope。</translation>
    </message>
    <message>
        <source>Created the first administrator %1. Sign in with --user %1.</source>
        <translation>已建立第一個管理員 %1。請使用 --user %1 登入。</translation>
    </message>
    <message>
        <source>Give the new user a role with --role ROLE (see &quot;docketctl role list&quot;) or --admin.</source>
        <translation>請用 --role ROLE（參見「docketctl role list」）或 --admin 為新使用者指定角色。</translation>
    </message>
    <message>
        <source>Added %1 with the role %2; sees: %3.</source>
        <translation>已新增 %1，角色為 %2；可見範圍：%3。</translation>
    </message>
    <message>
        <source>Sign in with --user NAME to change your password.</source>
        <translation>請使用 --user NAME 登入後再變更密碼。</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已變更 %1 的密碼。</translation>
    </message>
    <message>
        <source>Name the user: docketctl user %1 NAME.</source>
        <translation>請指定使用者：docketctl user %1 NAME。</translation>
    </message>
    <message>
        <source>--role and --scope go with &quot;user set&quot;.</source>
        <translation>--role 和 --scope 應與「user set」一起使用。</translation>
    </message>
    <message>
        <source>Say what to set: --role ROLE and/or --scope SCOPE.</source>
        <translation>請指明要設定的內容：--role ROLE 和/或 --scope SCOPE。</translation>
    </message>
    <message>
        <source>%1 now has the role %2; sees: %3.</source>
        <translation>%1 現在的角色為 %2；可見範圍：%3。</translation>
    </message>
    <message>
        <source>Disabled %1; the account can no longer sign in.</source>
        <translation>已停用 %1；該帳戶無法再登入。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已啟用 %1。</translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation>已解鎖 %1。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已為 %1 設定新密碼。</translation>
    </message>
    <message>
        <source>Name a user command: add, list, set, disable, enable, unlock, reset-password or passwd.</source>
        <translation>請指定 user 子命令：add、list、set、disable、enable、unlock、reset-password 或 passwd。</translation>
    </message>
    <message>
        <source>Unknown command &quot;user %1&quot;.</source>
        <translation>未知的命令「user %1」。</translation>
    </message>
    <message>
        <source>Name the backup file: docketctl backup PATH.</source>
        <translation>請指定備份檔案：docketctl backup PATH。</translation>
    </message>
    <message>
        <source>Name the backup to restore: docketctl restore PATH.</source>
        <translation>請指定要還原的備份：docketctl restore PATH。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在備份</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在還原</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 orders, schema version %4, %5).</source>
        <translation>已將 %1 備份到 %2（%3 筆訂單，架構版本 %4，%5）。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已將 %1 還原到 %2。</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>之前的資料庫已保留為 %1。</translation>
    </message>
    <message>
        <source>Created the Docket schema (version %1) in %2.</source>
        <translation>已在 %2 中建立 Docket 架構（版本 %1）。</translation>
    </message>
    <message>
        <source>%2 already holds a Docket database (schema version %1).</source>
        <translation>%2 中已有 Docket 資料庫（架構版本 %1）。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>架構版本：%1（最新 %2）</translation>
    </message>
    <message>
        <source>Orders: %1 (%2 invalid, %3 new)</source>
        <translation>訂單：%1（%2 筆無效，%3 筆新訂單）</translation>
    </message>
    <message>
        <source>Schema version %1.</source>
        <translation>架構版本 %1。</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>正在產生資料</translation>
    </message>
    <message>
        <source>Added %1 orders with %2 lines, %3 customers and %4 products in %5 s.</source>
        <translation>已新增 %1 筆訂單，含 %2 筆訂單明細、%3 位客戶和 %4 項商品，耗時 %5 秒。</translation>
    </message>
    <message>
        <source>Name the order number to show.</source>
        <translation>請指定要顯示的訂單編號。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>Customer: %1 &lt;%2&gt; %3</source>
        <translation>客戶：%1 &lt;%2&gt; %3</translation>
    </message>
    <message>
        <source>Ship to: %1, %2 %3, %4</source>
        <translation>收件地址：%1，%2 %3，%4</translation>
    </message>
    <message>
        <source>Status: %1   Channel: %2   Created: %3</source>
        <translation>狀態：%1   通路：%2   建立時間：%3</translation>
    </message>
    <message>
        <source>INVALID: %1 (by %2)</source>
        <translation>無效：%1（由 %2 標記）</translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation>總額：%1 %2</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>歷史記錄：</translation>
    </message>
    <message>
        <source>Give the reason with --reason TEXT.</source>
        <translation>請用 --reason TEXT 說明原因。</translation>
    </message>
    <message>
        <source>Invalidating</source>
        <translation>正在標記為無效</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在刪除</translation>
    </message>
    <message>
        <source>Unknown command &quot;orders %1&quot;.</source>
        <translation>未知的命令「orders %1」。</translation>
    </message>
    <message>
        <source>Name at least one archive id (see &quot;archive list&quot;).</source>
        <translation>請至少指定一個封存 ID（參見「archive list」）。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已還原 %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;archive %1&quot;.</source>
        <translation>未知的命令「archive %1」。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>請指定一個命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知的命令「%1」。</translation>
    </message>
    <message>
        <source>docketctl: %1</source>
        <translation>docketctl：%1</translation>
    </message>
    <message>
        <source>Run &quot;docketctl --help&quot; for usage.</source>
        <translation>執行「docketctl --help」檢視用法。</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) seen.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單標記為已檢視。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) invalid.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單標記為無效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) valid again.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單重新標記為有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln invalid order(s) to the archive.</source>
        <translation>
            <numerusform>已將 %Ln 筆無效訂單移入封存。</numerusform>
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
           [--display-name TEXT] 新增使用者（密碼取自 DOCKET_NEW_PASSWORD
                                 或提示輸入）
  user add NAME --admin          新增管理員；在沒有使用者的資料庫中，
                                 即第一個管理員（也可使用 DOCKET_PASSWORD）
</translation>
    </message>
    <message>
        <source>  user list                      users with role, scope and state
</source>
        <translation>  user list                      使用者及其角色、範圍和狀態
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
        <translation>  user reset-password NAME       為他人設定新密碼
</translation>
    </message>
    <message>
        <source>  user passwd                    change your own password
</source>
        <translation>  user passwd                    變更您自己的密碼
</translation>
    </message>
    <message>
        <source>  role list                      roles and their permissions
</source>
        <translation>  role list                      角色及其權限
</translation>
    </message>
    <message>
        <source>  security-log [--about NAME] [--kind KIND] [--from DATE] [--to DATE] [--limit N]
                                 sign-ins, lockouts and changes of rights
</source>
        <translation>  security-log [--about NAME] [--kind KIND] [--from DATE] [--to DATE] [--limit N]
                                 登入、鎖定和權限變更
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
                                 銷售數據（與分析頁面相同）
</translation>
    </message>
    <message>
        <source>  analytics rebuild | verify     rebuild or check the analytics summaries
</source>
        <translation>  analytics rebuild | verify     重建或檢查分析彙總
</translation>
    </message>
    <message>
        <source>  archive restore ID...          put archived orders back
</source>
        <translation>  archive restore ID...          還原已封存的訂單
</translation>
    </message>
    <message>
        <source>  backup PATH                    consistent copy of the live SQLite database
</source>
        <translation>  backup PATH                    目前 SQLite 資料庫的一致副本
</translation>
    </message>
    <message>
        <source>  restore PATH                   check a backup, keep the database as .bak,
                                 and replace it with the backup
</source>
        <translation>  restore PATH                   檢查備份，將資料庫保留為 .bak，
                                 再用備份取代它
</translation>
    </message>
    <message>
        <source>  db info                        schema version and counts
</source>
        <translation>  db info                        架構版本和數量統計
</translation>
    </message>
    <message>
        <source>  db init                        create the schema in a new SQLite file or an
                                 empty PostgreSQL database
</source>
        <translation>  db init                        在新的 SQLite 檔案或空的
                                 PostgreSQL 資料庫中建立架構
</translation>
    </message>
    <message>
        <source>  db migrate                     apply pending migrations
</source>
        <translation>  db migrate                     套用待執行的移轉
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
        <translation>  orders show NUMBER [--json]    一筆訂單及其訂單明細和稽核記錄
</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（預設）</translation>
    </message>
    <message>
        <source>Name one setting: settings get KEY (see &quot;settings list&quot;).</source>
        <translation>請指定一項設定：settings get KEY（參見「settings list」）。</translation>
    </message>
    <message>
        <source>Give keys and values in pairs: settings set KEY VALUE [KEY VALUE...]. Write a line break in an address as \n.</source>
        <translation>請成對給出鍵和值：settings set KEY VALUE [KEY VALUE...]。地址中的換行寫作 \n。</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) changed.</source>
        <translation>
            <numerusform>已變更 %n 項設定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the settings to reset: settings reset KEY...</source>
        <translation>請指定要重設的設定：settings reset KEY...</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) back to the default.</source>
        <translation>
            <numerusform>已將 %n 項設定恢復為預設值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;settings %1&quot;.</source>
        <translation>未知的命令「settings %1」。</translation>
    </message>
    <message>
        <source>  settings list [--json]          the shop settings (every desk uses the same)
</source>
        <translation>  settings list [--json]          商店設定（所有工作台共用）
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
        <translation>  settings set KEY VALUE...       需要「變更設定」權限；會記錄稽核
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
        <translation>沒有名為「%1」的商店設定；現有設定為：%2。</translation>
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
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <source>Role: standby (read-only, in recovery)</source>
        <translation>角色：備援伺服器（唯讀，復原中）</translation>
    </message>
    <message>
        <source>Replay delay: %1 since the last replayed commit</source>
        <translation>重播延遲：距上次重播的提交已過 %1</translation>
    </message>
    <message>
        <source>Role: primary</source>
        <translation>角色：主伺服器</translation>
    </message>
    <message>
        <source>Standbys: none streaming</source>
        <translation>備援伺服器：沒有正在串流複寫的備援伺服器</translation>
    </message>
    <message>
        <source>Standby %1 at %2: %3, replay lag %4, %5 behind</source>
        <translation>備援伺服器 %1（%2）：%3，重播延遲 %4，落後 %5</translation>
    </message>
    <message>
        <source>Database size: %1</source>
        <translation>資料庫大小：%1</translation>
    </message>
    <message>
        <source>File size: %1 (%2 pages of %3 bytes, %4 free); write-ahead log %5</source>
        <translation>檔案大小：%1（%2 頁，每頁 %3 位元組，%4 頁閒置）；預寫日誌 %5</translation>
    </message>
    <message>
        <source>Largest tables:</source>
        <translation>最大的資料表：</translation>
    </message>
    <message>
        <source>  %1: %2 rows (estimated), %3</source>
        <translation>  %1：%2 列（估計），%3</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1：%2 列</translation>
    </message>
    <message>
        <source>Partitions: none (no partitioned tables)</source>
        <translation>分割區：無（沒有分割資料表）</translation>
    </message>
    <message>
        <source>Partitions: %1 has %2</source>
        <translation>分割區：%1 有 %2 個</translation>
    </message>
    <message>
        <source>WAL archiving: archive_mode %1</source>
        <translation>WAL 封存：archive_mode %1</translation>
    </message>
    <message>
        <source>, last segment %1 at %2</source>
        <translation>，最後封存的區段 %1，時間 %2</translation>
    </message>
    <message>
        <source>, %1 failures</source>
        <translation>，失敗 %1 次</translation>
    </message>
    <message>
        <source>Last backup: unknown (name the backup folder with --backups DIR)</source>
        <translation>上次備份：未知（請用 --backups DIR 指定備份資料夾）</translation>
    </message>
    <message>
        <source>Last backup: none in %1</source>
        <translation>上次備份：%1 中沒有備份</translation>
    </message>
    <message>
        <source>Last backup: %1, %2</source>
        <translation>上次備份：%1，%2</translation>
    </message>
    <message>
        <source>  db status [--backups DIR] [--tables N]
                                 primary or standby, replication lag, sizes,
                                 partitions, WAL archiving, last backup
</source>
        <translation>  db status [--backups DIR] [--tables N]
                                 主伺服器或備援、複寫延遲、大小、
                                 分割區、WAL 封存、上次備份
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>非預期的參數 %1。</translation>
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

  --read-only      以唯讀方式開啟 SQLite 檔案（Docket 無法寫入的檔案本來就會
                   以唯讀方式開啟；讀取命令可以正常使用）
  --wait SECONDS   變更操作等待另一個正在寫入的 Docket 的時長
                   （預設 10 秒），逾時後以結束碼 5 放棄
  --verbose        失敗時的技術細節（驅動程式的原文、陳述式）

命令：
</translation>
    </message>
    <message>
        <source>To create a Docket database there, run: docketctl --database %1 db init</source>
        <translation>要在那裡建立 Docket 資料庫，請執行：docketctl --database %1 db init</translation>
    </message>
    <message>
        <source>Opened read-only: %1.</source>
        <translation>以唯讀方式開啟：%1。</translation>
    </message>
    <message>
        <source>give an order number or its beginning.</source>
        <translation>請給出訂單編號或其開頭部分。</translation>
    </message>
    <message>
        <source>status codes</source>
        <translation>狀態代碼</translation>
    </message>
    <message>
        <source>channel codes</source>
        <translation>通路代碼</translation>
    </message>
    <message>
        <source>--keyword: %1</source>
        <translation>--keyword：%1</translation>
    </message>
    <message>
        <source>give a word to search for.</source>
        <translation>請給出要搜尋的詞。</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2.</source>
        <translation>無法讀取檔案 %1：%2。</translation>
    </message>
    <message>
        <source>%1, line %L2</source>
        <translation>%1，第 %L2 行</translation>
    </message>
    <message>
        <source>Name the orders: order numbers, --from-file FILE, or filters (see FILTERS).</source>
        <translation>請指定訂單：訂單編號、--from-file FILE 或篩選條件（見 FILTERS）。</translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) seen; nothing was changed (dry run).</source>
        <translation>
            <numerusform>將把 %Ln 筆訂單標記為已檢視；未做任何變更（試執行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) invalid; nothing was changed (dry run).</source>
        <translation>
            <numerusform>將把 %Ln 筆訂單標記為無效；未做任何變更（試執行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) valid again; nothing was changed (dry run).</source>
        <translation>
            <numerusform>將把 %Ln 筆訂單重新標記為有效；未做任何變更（試執行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revalidating</source>
        <translation>正在重新標記為有效</translation>
    </message>
    <message>
        <source>%L1 of the %L2 orders are not marked invalid: the delete would refuse them all (dry run).</source>
        <translation>%L2 筆訂單中有 %L1 筆未標記為無效：刪除操作會全部拒絕（試執行）。</translation>
    </message>
    <message numerus="yes">
        <source>Would move %Ln invalid order(s) to the archive; nothing was changed (dry run).</source>
        <translation>
            <numerusform>將把 %Ln 筆無效訂單移入封存；未做任何變更（試執行）。</numerusform>
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
        <translation>  orders delete ORDERS [--dry-run]  僅限無效訂單；將其移入封存
  orders delete --all-invalid    範圍內的所有無效訂單
    ORDERS：訂單編號，和/或 --from-file FILE（每行一個訂單編號，- 表示
    標準輸入），和/或 FILTERS（篩選出的所有訂單；與訂單編號同時給出時，
    為這些訂單中符合篩選條件的）。--dry-run 顯示將會變更多少筆訂單。
</translation>
    </message>
    <message>
        <source>docketctl: log: %1</source>
        <translation>docketctl：日誌：%1</translation>
    </message>
    <message>
        <source>docketctl: %1 (giving up after %L2 s)</source>
        <translation>docketctl：%1（%L2 秒後放棄）</translation>
    </message>
    <message>
        <source>docketctl: details: %1</source>
        <translation>docketctl：細節：%1</translation>
    </message>
    <message>
        <source>Name the new status with --to STATUS.</source>
        <translation>請用 --to STATUS 指定新狀態。</translation>
    </message>
    <message>
        <source>--to: unknown status &quot;%1&quot; (one of: %2).</source>
        <translation>--to：未知狀態「%1」（可選：%2）。</translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation>正在變更狀態</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單轉為「%1」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the user with --to USER, or unassign with --nobody.</source>
        <translation>請用 --to USER 指定使用者，或用 --nobody 取消指派。</translation>
    </message>
    <message>
        <source>--to: name a user (or unassign with --nobody).</source>
        <translation>--to：請指定使用者（或用 --nobody 取消指派）。</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>正在指派</translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %Ln order(s).</source>
        <translation>
            <numerusform>已取消指派 %Ln 筆訂單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln order(s) to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆訂單指派給 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>  orders status NUMBER... --to STATUS [--note TEXT]
                                 through the workflow; all or nothing
</source>
        <translation>  orders status 訂單號... --to 狀態 [--note 文字]
                                 依工作流程；全部成功或全部不變
</translation>
    </message>
    <message>
        <source>  orders assign NUMBER... --to USER | --nobody
</source>
        <translation>  orders assign 訂單號... --to 使用者 | --nobody
</translation>
    </message>
    <message>
        <source>Name the key and its role: docketctl apikey create NAME --role ROLE [--scope all|own|channels:web,...] [--rate N].</source>
        <translation>請指定金鑰及其角色：docketctl apikey create NAME --role ROLE [--scope all|own|channels:web,...] [--rate N]。</translation>
    </message>
    <message>
        <source>Created the API key %1 (role %2, scope %3, %4 calls a minute). It is shown this once; keep it where the other system keeps its secrets:</source>
        <translation>已建立 API 金鑰 %1（角色 %2，範圍 %3，每分鐘 %4 次呼叫）。它只顯示這一次；請把它儲存在另一系統儲存機密的地方：</translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation>由 %2 吊銷於 %1</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>最後使用於 %1</translation>
    </message>
    <message>
        <source>Name the key to revoke: docketctl apikey revoke NAME.</source>
        <translation>請指定要吊銷的金鑰：docketctl apikey revoke NAME。</translation>
    </message>
    <message>
        <source>Revoked the API key %1; the gateway refuses it within seconds.</source>
        <translation>已吊銷 API 金鑰 %1；閘道器將在幾秒內拒絕它。</translation>
    </message>
    <message>
        <source>unknown SKUs: %1</source>
        <translation>未知 SKU：%1</translation>
    </message>
    <message>
        <source>Name the channel: docketctl intake channel set CHANNEL [--secret TEXT | --generate-secret] [--unknown-sku refuse|unlinked].</source>
        <translation>請指定通路：docketctl intake channel set CHANNEL [--secret TEXT | --generate-secret] [--unknown-sku refuse|unlinked]。</translation>
    </message>
    <message>
        <source>Give --secret or --generate-secret, not both.</source>
        <translation>請給出 --secret 或 --generate-secret，不能同時給出。</translation>
    </message>
    <message>
        <source>The channel %1 takes signed WooCommerce webhooks at /webhooks/woocommerce/%1 (unknown SKUs: %2).</source>
        <translation>通路 %1 在 /webhooks/woocommerce/%1 接收已簽名的 WooCommerce Webhook（未知 SKU：%2）。</translation>
    </message>
    <message>
        <source>Its secret, shown this once (paste it into WooCommerce&apos;s webhook settings):</source>
        <translation>它的金鑰，只顯示這一次（請貼上到 WooCommerce 的 Webhook 設定中）：</translation>
    </message>
    <message>
        <source>The channel %1 takes no webhooks any more.</source>
        <translation>通路 %1 不再接收 Webhook。</translation>
    </message>
    <message>
        <source>docketctl intake channel set|list|remove ...</source>
        <translation>docketctl intake channel set|list|remove ...</translation>
    </message>
    <message>
        <source>Give the receiver&apos;s address: docketctl webhook add URL [--events KIND,...] [--secret TEXT].</source>
        <translation>請給出接收方地址：docketctl webhook add URL [--events KIND,...] [--secret TEXT]。</translation>
    </message>
    <message>
        <source>Webhook %1: %2 gets %3.</source>
        <translation>Webhook %1：%2 接收 %3。</translation>
    </message>
    <message>
        <source>Its signing secret, shown this once (X-Docket-Signature is sha256=HMAC-SHA256 of the body with it):</source>
        <translation>它的簽名金鑰，只顯示這一次（X-Docket-Signature 為 sha256=用它對正文計算的 HMAC-SHA256）：</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>%1 pending, %2 delivered, %3 failed</source>
        <translation>%1 待發送，%2 已送達，%3 失敗</translation>
    </message>
    <message>
        <source>Give the webhook&apos;s number (see docketctl webhook list).</source>
        <translation>請給出 Webhook 的編號（參見 docketctl webhook list）。</translation>
    </message>
    <message>
        <source>Webhook %1 removed; what it had not received is given up.</source>
        <translation>已移除 Webhook %1；它尚未收到的內容將被放棄。</translation>
    </message>
    <message>
        <source>Name the account: docketctl service-account create NAME (its password from $DOCKET_NEW_PASSWORD or typed twice).</source>
        <translation>請指定帳戶：docketctl service-account create NAME（密碼取自 $DOCKET_NEW_PASSWORD 或輸入兩次）。</translation>
    </message>
    <message>
        <source>Created the service account %1. Start the gateway with --database postgresql://%1@HOST/DB (its password in $DOCKET_DATABASE_PASSWORD).</source>
        <translation>已建立服務帳戶 %1。請用 --database postgresql://%1@HOST/DB 啟動閘道器（密碼放在 $DOCKET_DATABASE_PASSWORD 中）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>未知命令「%1 %2」。</translation>
    </message>
    <message>
        <source>  apikey create NAME --role ROLE [--scope SCOPE] [--rate N]
                                  an API key for the gateway (shown once)
</source>
        <translation>  apikey create NAME --role ROLE [--scope SCOPE] [--rate N]
                                  閘道器的 API 金鑰（只顯示一次）
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
         [--unknown-sku refuse|unlinked]   通路的 Webhook 金鑰
  intake channel list | remove CHANNEL
</translation>
    </message>
    <message>
        <source>  intake log [--channel C] [--limit N]   refused orders
</source>
        <translation>  intake log [--channel C] [--limit N]   被拒收的訂單
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
        <translation>  service-account create NAME     PostgreSQL：閘道器自己的登入
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 個問題；沒有匯入任何內容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) read from %1, no problems (nothing imported: --dry-run).</source>
        <translation>
            <numerusform>已從 %1 讀取 %n 個訂單，沒有問題（未匯入：--dry-run）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 left alone.</source>
        <translation>已匯入 %1：新增 %2 個，更新 %3 個，未變 %4 個，未處理 %5 個。</translation>
    </message>
    <message>
        <source>Name the file and its channel: docketctl import orders FILE --channel CHANNEL [--unknown-sku refuse|unlinked] [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...] [--dry-run].</source>
        <translation>請指定檔案及其通路：docketctl import orders FILE --channel CHANNEL [--unknown-sku refuse|unlinked] [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...] [--dry-run]。</translation>
    </message>
    <message>
        <source>  import orders FILE --channel C [--unknown-sku refuse|unlinked]
         [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...]
         [--dry-run]   orders from a CSV export or a JSON list, all or nothing
</source>
        <translation>  import orders FILE --channel C [--unknown-sku refuse|unlinked]
         [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...]
         [--dry-run]   從 CSV 匯出檔案或 JSON 列表匯入訂單，全部成功或全部不匯入
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
        <translation>%1：「%2」不是 1 到 1,000,000 之間的整數。</translation>
    </message>
    <message>
        <source>Return %1 requested for order %2.</source>
        <translation>已為訂單 %2 申請退貨 %1。</translation>
    </message>
    <message>
        <source>returns approve ID</source>
        <translation>returns approve ID</translation>
    </message>
    <message>
        <source>Return %1 approved.</source>
        <translation>退貨 %1 已批准。</translation>
    </message>
    <message>
        <source>returns reject ID --reason TEXT</source>
        <translation>returns reject ID --reason TEXT</translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation>退貨 %1 已拒絕。</translation>
    </message>
    <message>
        <source>returns receive ID --restock CODE [--write-off LINE,...]</source>
        <translation>returns receive ID --restock CODE [--write-off LINE,...]</translation>
    </message>
    <message>
        <source>There is no warehouse with the code %1.</source>
        <translation>沒有程式碼為 %1 的倉庫。</translation>
    </message>
    <message>
        <source>Name the warehouse the goods go back to: --restock CODE (or write every line off with --write-off).</source>
        <translation>請指定貨物退回的倉庫：--restock CODE（或用 --write-off 將每行報損）。</translation>
    </message>
    <message>
        <source>Return %1 received: %2 of %3 line(s) restocked.</source>
        <translation>退貨 %1 已收貨：%3 行中有 %2 行重新入庫。</translation>
    </message>
    <message>
        <source>returns close ID --refund AMOUNT | --exchange | --repair --note TEXT</source>
        <translation>returns close ID --refund AMOUNT | --exchange | --repair --note TEXT</translation>
    </message>
    <message>
        <source>Choose one resolution: --refund AMOUNT, --exchange or --repair.</source>
        <translation>請選擇一種處理方式：--refund AMOUNT、--exchange 或 --repair。</translation>
    </message>
    <message>
        <source>Return %1 closed: replacement order %2.</source>
        <translation>退貨 %1 已關閉：替換訂單 %2。</translation>
    </message>
    <message>
        <source>Return %1 closed: repaired.</source>
        <translation>退貨 %1 已關閉：已維修。</translation>
    </message>
    <message>
        <source>--refund: &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation>--refund：「%1」不是像 12.50 這樣的金額。</translation>
    </message>
    <message>
        <source>Return %1 closed: %2 refunded.</source>
        <translation>退貨 %1 已關閉：已退款 %2。</translation>
    </message>
    <message>
        <source>feedback add ORDER_NUMBER --rating 1-5 COMMENT | --note TEXT</source>
        <translation>feedback add ORDER_NUMBER --rating 1-5 COMMENT | --note TEXT</translation>
    </message>
    <message>
        <source>--rating: a whole number from 1 to 5.</source>
        <translation>--rating：1 到 5 之間的整數。</translation>
    </message>
    <message>
        <source>Added to order %1.</source>
        <translation>已新增到訂單 %1。</translation>
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
        <translation>無法讀取標準輸入。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %L3 to %L4.</source>
        <translation>%1：「%2」不是 %L3 到 %L4 之間的整數。</translation>
    </message>
    <message>
        <source>Name the warehouse: %1 CODE (see &quot;warehouses list&quot;).</source>
        <translation>請指定倉庫：%1 CODE（見「warehouses list」）。</translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation>沒有 SKU 為 %1 的商品。</translation>
    </message>
    <message>
        <source>Give SKUs and quantities in pairs: SKU QTY [SKU QTY...].</source>
        <translation>請成對給出 SKU 和數量：SKU QTY [SKU QTY...]。</translation>
    </message>
    <message>
        <source>	%1 days</source>
        <translation>	%1 天</translation>
    </message>
    <message>
        <source>	[low]</source>
        <translation>	[低庫存]</translation>
    </message>
    <message>
        <source>	[inactive]</source>
        <translation>	[已停用]</translation>
    </message>
    <message>
        <source>%L1 of %L2 products shown.</source>
        <translation>顯示了 %L2 個商品中的 %L1 個。</translation>
    </message>
    <message>
        <source>Name one file: products import FILE.csv (&quot;-&quot; reads standard input).</source>
        <translation>請指定一個檔案：products import FILE.csv（「-」表示讀取標準輸入）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n 行有問題；未匯入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Would add %L1 products and change %L2 (%L3 unchanged); nothing was written.</source>
        <translation>將新增 %L1 個商品、修改 %L2 個（%L3 個不變）；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Added %L1 products and changed %L2 (%L3 unchanged).</source>
        <translation>已新增 %L1 個商品、修改 %L2 個（%L3 個不變）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
    <message>
        <source>--price: &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation>--price：「%1」不是像 12.50 這樣的金額。</translation>
    </message>
    <message>
        <source>--cost: &quot;%1&quot; is not an amount such as 7.25.</source>
        <translation>--cost：「%1」不是像 7.25 這樣的金額。</translation>
    </message>
    <message>
        <source>products add SKU NAME [--price P] [--cost C] [--safety-stock N]</source>
        <translation>products add SKU NAME [--price P] [--cost C] [--safety-stock N]</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>warehouses add CODE NAME [--address TEXT]</source>
        <translation>warehouses add CODE NAME [--address TEXT]</translation>
    </message>
    <message>
        <source>Added warehouse %1.</source>
        <translation>已新增倉庫 %1。</translation>
    </message>
    <message>
        <source>warehouses channel CHANNEL CODE (&quot;none&quot;: the channel stops tracking stock)</source>
        <translation>warehouses channel CHANNEL CODE（「none」：該通路停止追蹤庫存）</translation>
    </message>
    <message>
        <source>Orders of %1 reserve in %2.</source>
        <translation>%1 的訂單在 %2 預留。</translation>
    </message>
    <message>
        <source>Orders of %1 no longer track stock.</source>
        <translation>%1 的訂單不再追蹤庫存。</translation>
    </message>
    <message>
        <source>SKU	on hand	reserved	available	backordered</source>
        <translation>SKU	現有	預留	可用	缺貨待補</translation>
    </message>
    <message>
        <source>%L1 products below their safety stock.</source>
        <translation>%L1 個商品低於安全庫存。</translation>
    </message>
    <message>
        <source>Received %L1 units into %2.</source>
        <translation>已向 %2 入庫 %L1 件。</translation>
    </message>
    <message>
        <source>Give the reason: --reason TEXT.</source>
        <translation>請給出原因：--reason TEXT。</translation>
    </message>
    <message>
        <source>stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT</source>
        <translation>stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT</translation>
    </message>
    <message>
        <source>%1 in %2: %L3 on hand.</source>
        <translation>%1 在 %2：現有 %L3。</translation>
    </message>
    <message>
        <source>stock adjust --warehouse CODE SKU ON_HAND --reason TEXT</source>
        <translation>stock adjust --warehouse CODE SKU ON_HAND --reason TEXT</translation>
    </message>
    <message>
        <source>%1 in %2: %L3 on hand (%4).</source>
        <translation>%1 在 %2：現有 %L3（%4）。</translation>
    </message>
    <message>
        <source>The stock figures equal the ledger: %L1 movements, %L2 stock rows.</source>
        <translation>庫存資料與臺帳一致：%L1 條變動，%L2 行庫存。</translation>
    </message>
    <message>
        <source>The stock figures differ from the ledger (see above). &quot;stock rebuild&quot;, run by an administrator, recomputes them from the ledger.</source>
        <translation>庫存資料與臺帳不一致（見上文）。由管理員執行「stock rebuild」可根據臺帳重新計算。</translation>
    </message>
    <message>
        <source>The stock figures were recomputed from the ledger.</source>
        <translation>已根據臺帳重新計算庫存資料。</translation>
    </message>
    <message>
        <source>Seeding stock</source>
        <translation>正在生成庫存</translation>
    </message>
    <message>
        <source>Added %L1 warehouses and %L2 products, gave %L3 products a cost, received %L4 units.</source>
        <translation>已新增 %L1 個倉庫和 %L2 個商品，為 %L3 個商品設定了成本，入庫 %L4 件。</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 started: %L3 lines to count.</source>
        <translation>%2 的盤點 %1 已開始：需盤點 %L3 行。</translation>
    </message>
    <message>
        <source>stocktake show ID [--all]</source>
        <translation>stocktake show ID [--all]</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2, %3: %L4 of %L5 lines counted.</source>
        <translation>%2 的盤點 %1，%3：已盤點 %L4 / %L5 行。</translation>
    </message>
    <message>
        <source>SKU	expected	counted	variance	moved since</source>
        <translation>SKU	預期	已盤點	差異	此後變動</translation>
    </message>
    <message>
        <source>stocktake import ID FILE.csv (&quot;sku,counted&quot;)</source>
        <translation>stocktake import ID FILE.csv（「sku,counted」）</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) counted.</source>
        <translation>
            <numerusform>已盤點 %n 行。</numerusform>
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
            <numerusform>盤點 %1 已過帳：%n 行改變了庫存。</numerusform>
        </translation>
    </message>
    <message>
        <source>stocktake cancel ID</source>
        <translation>stocktake cancel ID</translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled.</source>
        <translation>盤點 %1 已取消。</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3 drafted.</source>
        <translation>已建立從 %2 到 %3 的調撥 %1 草稿。</translation>
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
        <translation>調撥 %1 在途中。</translation>
    </message>
    <message>
        <source>transfer receive ID [SKU RECEIVED...]</source>
        <translation>transfer receive ID [SKU RECEIVED...]</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1 received, %n unit(s) short.</source>
        <translation>
            <numerusform>調撥 %1 已接收，短缺 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer %1 received in full.</source>
        <translation>調撥 %1 已全部接收。</translation>
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
        <translation>  products import FILE.csv [--dry-run]  sku,name,price,cost,safety_stock,active；全部匯入或都不匯入
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
        <translation>  warehouses channel CHANNEL CODE|none  通路訂單在哪個倉庫預留
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
        <translation>  stock verify                    證明庫存資料與臺帳一致
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
        <translation>  stocktake import ID FILE.csv     掃描器的「sku,counted」檔案
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
        <translation>  transfer receive ID [SKU RECEIVED...]  未到達的部分記為短缺
</translation>
    </message>
    <message>
        <source>  seed --orders N [--seed S]     add N realistic demo orders; with
       [--fulfilment K]          --fulfilment K the youngest K get payments,
                                 shipments, refunds, and a few new ones
                                 wait in review
</source>
        <translation>  seed --orders N [--seed S]     新增 N 筆逼真的示範訂單；使用
       [--fulfilment K]          --fulfilment K 時最新的 K 筆帶有付款、
                                 出貨、退款，另有幾筆新訂單
                                 等待審核
</translation>
    </message>
    <message>
        <source>Name the order by its number.</source>
        <translation>請用訂單編號指定訂單。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 number.</source>
        <translation>「%1」不是有效的%2編號。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money such as 12.50.</source>
        <translation>「%1」不是金額（例如 12.50）。</translation>
    </message>
    <message>
        <source>--lines takes LINE:QUANTITY pairs such as 1:2,3:1; &quot;%1&quot; is not one.</source>
        <translation>--lines 需要「列:數量」對，例如 1:2,3:1；「%1」不是有效值。</translation>
    </message>
    <message>
        <source>--lines names no line.</source>
        <translation>--lines 沒有指定任何列。</translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation>訂單 %1 沒有第 %2 列。</translation>
    </message>
    <message>
        <source>payments add NUMBER METHOD AMOUNT [--reference REF] [--pending]</source>
        <translation>payments add 訂單編號 付款方式 金額 [--reference 參考號] [--pending]</translation>
    </message>
    <message>
        <source>Payment #%1 recorded; %2 of %3 paid.</source>
        <translation>已記錄付款 #%1；%3 中已付 %2。</translation>
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
        <translation>付款 #%1 現在是%2。</translation>
    </message>
    <message>
        <source>refund NUMBER PAYMENT (AMOUNT | --lines LINE:QTY,...) --reason TEXT</source>
        <translation>refund 訂單編號 付款編號 (金額 | --lines 列:數量,...) --reason 原因</translation>
    </message>
    <message>
        <source>Refund #%1 recorded; %2 of %3 paid now.</source>
        <translation>已記錄退款 #%1；現在 %3 中已付 %2。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was shipped.</source>
        <translation>
            <numerusform>%n 列有問題；未出貨任何商品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would ship.</source>
        <translation>
            <numerusform>將出貨 %n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) recorded.</source>
        <translation>
            <numerusform>已記錄 %n 次出貨。</numerusform>
        </translation>
    </message>
    <message>
        <source>ship NUMBER CARRIER [TRACKING] [--lines LINE:QTY,...] | ship --csv FILE [--dry-run]</source>
        <translation>ship 訂單編號 貨運公司 [追蹤編號] [--lines 列:數量,...] | ship --csv 檔案 [--dry-run]</translation>
    </message>
    <message>
        <source>Shipment #%1 recorded; order %2 is %3.</source>
        <translation>已記錄包裹 #%1；訂單 %2 現在是%3。</translation>
    </message>
    <message>
        <source>--at takes a time such as 2024-06-15T14:30 (local) or 2024-06-15T12:30Z.</source>
        <translation>--at 需要時間，例如 2024-06-15T14:30（本地時間）或 2024-06-15T12:30Z。</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Tracking event #%1 recorded.</source>
        <translation>已記錄物流事件 #%1。</translation>
    </message>
    <message>
        <source>Shipment #%1 is delivered.</source>
        <translation>包裹 #%1 已簽收。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) await review.</source>
        <translation>
            <numerusform>%n 筆訂單等待審核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one order number.</source>
        <translation>請至少指定一個訂單編號。</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n order(s).</source>
        <translation>
            <numerusform>已核准 %n 筆訂單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n order(s); they are marked invalid.</source>
        <translation>
            <numerusform>已拒絕 %n 筆訂單，並標記為無效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule set version %1</source>
        <translation>規則集版本 %1</translation>
    </message>
    <message>
        <source>rules set RULE on|off | RULE SETTING VALUE... [--note TEXT] (see &quot;rules list&quot;)</source>
        <translation>rules set 規則 on|off | 規則 設定項 值... [--note 備註]（參見「rules list」）</translation>
    </message>
    <message>
        <source>The review rules are at version %1.</source>
        <translation>審核規則現為版本 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n order(s) unpaid past their time limit.</source>
        <translation>
            <numerusform>已取消 %n 筆超過期限仍未付款的訂單。</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments, refunds and shipments agree with every order.</source>
        <translation>付款、退款和出貨記錄與所有訂單一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>發現 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>  payments add NUMBER METHOD AMOUNT [--reference REF] [--pending]
</source>
        <translation>  payments add 訂單編號 付款方式 金額 [--reference 參考號] [--pending]
</translation>
    </message>
    <message>
        <source>  payments list NUMBER [--json]
</source>
        <translation>  payments list 訂單編號 [--json]
</translation>
    </message>
    <message>
        <source>  payments capture|fail|void PAYMENT   a pending payment
</source>
        <translation>  payments capture|fail|void 付款編號   處理一筆待處理付款
</translation>
    </message>
    <message>
        <source>  refund NUMBER PAYMENT AMOUNT|--lines LINE:QTY,... --reason TEXT
</source>
        <translation>  refund 訂單編號 付款編號 金額|--lines 列:數量,... --reason 原因
</translation>
    </message>
    <message>
        <source>  ship NUMBER CARRIER [TRACKING] [--lines LINE:QTY,...]
  ship --csv FILE [--dry-run]    number,carrier,tracking a row; all or nothing
</source>
        <translation>  ship 訂單編號 貨運公司 [追蹤編號] [--lines 列:數量,...]
  ship --csv 檔案 [--dry-run]    每列：訂單編號,貨運公司,追蹤編號；全部成功或全部不做
</translation>
    </message>
    <message>
        <source>  review list [--limit N] [--json]
</source>
        <translation>  review list [--limit 數量] [--json]
</translation>
    </message>
    <message>
        <source>  review approve NUMBER...
</source>
        <translation>  review approve 訂單編號...
</translation>
    </message>
    <message>
        <source>  review reject NUMBER... --reason TEXT
</source>
        <translation>  review reject 訂單編號... --reason 原因
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
        <translation>  rules set 規則 on|off | 規則 設定項 值 [--note 備註]
</translation>
    </message>
    <message>
        <source>  jobs run                       cancels orders unpaid past their limit (when on)
</source>
        <translation>  jobs run                       取消超過期限仍未付款的訂單（如已開啟）
</translation>
    </message>
    <message>
        <source>  records verify                 paid and shipped figures against their records
</source>
        <translation>  records verify                 核對已付和已出貨數字與其記錄
</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is neither product nor channel.</source>
        <translation>--by：「%1」既不是 product 也不是 channel。</translation>
    </message>
    <message>
        <source>Stock at cost: %1 (%L2 units on hand).</source>
        <translation>庫存成本：%1（現有 %L2 件）。</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): %L1 units shipped, %2 at cost.</source>
        <translation>
            <numerusform>最近 %n 天：已出貨 %L1 件，成本 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnover: %L1.</source>
        <translation>週轉率：%L1。</translation>
    </message>
    <message>
        <source>Days of cover: %L1.</source>
        <translation>可供天數：%L1。</translation>
    </message>
    <message>
        <source>%L1 of %L2 returned</source>
        <translation>%L2 件中退回 %L1 件</translation>
    </message>
    <message>
        <source>  stock analytics [--days N] [--by product|channel] [--top N]  stock value, turnover, lost sales, return rates
</source>
        <translation>  stock analytics [--days N] [--by product|channel] [--top N]  庫存價值、週轉率、缺貨損失、退貨率
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
資料庫有使用者後，除「db migrate」外的每個命令都需要登入：
--user NAME（或 $DOCKET_USER），密碼取自 $DOCKET_PASSWORD 或提示輸入。
之後命令只能執行該使用者的角色和範圍所允許的操作。

FILTERS（篩選條件）：--number PREFIX | --exact NUMBER, --from YYYY-MM-DD, --to YYYY-MM-DD,
         --status CODE[,CODE], --channel CODE[,CODE], --keyword TEXT,
         --region COUNTRY/REGION[,...], --sku SKU[,SKU], --new, --overdue,
         --due overdue|soon, --invalid, --all-validity
COLUMN（排序欄）：number, customer, amount, created, status, channel, due

資料庫預設為 $DOCKET_DATABASE，否則為 %1。
結束代碼：0 完成，1 失敗，2 用法或輸入錯誤，3 找不到，4 不允許，
5 衝突。
</translation>
    </message>
    <message>
        <source>--due: &quot;%1&quot; is neither &quot;overdue&quot; (past the deadline of the step) nor &quot;soon&quot; (due within 24 h).</source>
        <translation>--due：「%1」既不是「overdue」（已過該步驟的期限）也不是「soon」（24 小時內到期）。</translation>
    </message>
    <message>
        <source>Lines: %1 %2</source>
        <translation>商品：%1 %2</translation>
    </message>
    <message>
        <source>Shipping: %1 %2</source>
        <translation>運費：%1 %2</translation>
    </message>
    <message>
        <source>Tax (%1%): %2 %3</source>
        <translation>稅（%1%）：%2 %3</translation>
    </message>
    <message>
        <source>Lost to backorders: %L1 units, %2 at cost.</source>
        <translation>因缺貨損失：%L1 件，按成本計 %2。</translation>
    </message>
    <message>
        <source>  archive list [--number PREFIX] [--keyword TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
                                 customer words and order dates as in orders list
</source>
        <translation>  archive list [--number PREFIX] [--keyword TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
                                 客戶的詞與下單日期，規則同 orders list
</translation>
    </message>
    <message>
        <source>Added %L1 returns (%L2 open past their deadline) and feedback on %L3 orders.</source>
        <translation>已新增 %L1 筆退貨（其中 %L2 筆已逾期仍未處理），並為 %L3 筆訂單新增了評價。</translation>
    </message>
    <message>
        <source>  stock seed [--products N] [--warehouses W] [--seed S]  demo warehouses, products and stock,
             [--returns N] [--feedback N]  returns in every state, feedback
</source>
        <translation>  stock seed [--products N] [--warehouses W] [--seed S]  示範用的倉庫、商品和庫存，
             [--returns N] [--feedback N]  各種狀態的退貨和客戶評價
</translation>
    </message>
    <message>
        <source>track add SHIPMENT|CARRIER TRACKING --text STATUS [--place PLACE] [--at TIME]</source>
        <translation>track add 包裹編號|貨運公司 追蹤編號 --text 狀態 [--place 地點] [--at 時間]</translation>
    </message>
    <message>
        <source>track delivered SHIPMENT|CARRIER TRACKING [--at TIME]</source>
        <translation>track delivered 包裹編號|貨運公司 追蹤編號 [--at 時間]</translation>
    </message>
    <message>
        <source>track import FILE [--dry-run] [--json]</source>
        <translation>track import 檔案 [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>  track add SHIPMENT|CARRIER TRACKING --text STATUS [--place PLACE] [--at TIME]
</source>
        <translation>  track add 包裹編號|貨運公司 追蹤編號 --text 狀態 [--place 地點] [--at 時間]
</translation>
    </message>
    <message>
        <source>  track delivered SHIPMENT|CARRIER TRACKING [--at TIME]
</source>
        <translation>  track delivered 包裹編號|貨運公司 追蹤編號 [--at 時間]
</translation>
    </message>
    <message>
        <source>  track import FILE [--dry-run] [--json]   a carrier&apos;s CSV: carrier,tracking_number,time,place,status
</source>
        <translation>  track import 檔案 [--dry-run] [--json]   貨運公司的 CSV：carrier,tracking_number,time,place,status
</translation>
    </message>
    <message>
        <source>Version %1	%2	%3</source>
        <translation>版本 %1	%2	%3</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>The first version of the rules.</source>
        <translation>規則的第一個版本。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>沒有變更。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>  rules history [--limit N] [--json]   every version, with what it changed
</source>
        <translation>  rules history [--limit N] [--json]   每個版本及其變更內容
</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking event(s)</source>
        <translation>
            <numerusform>%n 個物流事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 個包裹</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be added, %L2 there already, %3 delivered.</source>
        <translation>將新增 %1，%L2 個已存在，%3已送達。</translation>
    </message>
    <message>
        <source>%1 added, %L2 there already, %3 delivered.</source>
        <translation>已新增 %1，%L2 個已存在，%3已送達。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Docket order desk</source>
        <translation>Docket 訂單工作台</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>SQLite 檔案或 postgresql:// URL。</translation>
    </message>
    <message>
        <source>Language: en, zh_CN, zh_TW.</source>
        <translation>語言：en、zh_CN、zh_TW。</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new one?</source>
        <translation>%1 處沒有資料庫。要新增一個嗎？</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Cannot Sign In</source>
        <translation>無法登入</translation>
    </message>
    <message>
        <source>Open a SQLite file read-only (nothing can be changed).</source>
        <translation>以唯讀方式開啟 SQLite 檔案（無法進行任何變更）。</translation>
    </message>
</context>
</TS>
