<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalyticsQuery</name>
    <message>
        <source>The period needs a first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period needs a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is longer than 30 years; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of top products must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsStore</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees only part of the orders and so cannot rebuild the analytics summaries, which cover all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows missing or wrong, %3 rows extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key&apos;s name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit: &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit is a number of calls per minute from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key called &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key &quot;%1&quot; is revoked already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The database cannot take the copy (its page size differs or it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: back it up on the server (pg_dump); Docket backs up SQLite database files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it is not a SQLite database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (integrity check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it has no Docket tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Docket backup (it records no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Docket (schema %2; this version knows up to %3). Update Docket to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings for the daily backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message numerus="yes">
        <source>Invalidating %Ln Order(s)</source>
        <translation>
            <numerusform>Invalidating %Ln Order</numerusform>
            <numerusform>Invalidating %Ln Orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %Ln Order(s) Valid</source>
        <translation>
            <numerusform>Marking %Ln Order Valid</numerusform>
            <numerusform>Marking %Ln Orders Valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln Order(s)</source>
        <translation>
            <numerusform>Deleting %Ln Order</numerusform>
            <numerusform>Deleting %Ln Orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status Change of %Ln Order(s)</source>
        <translation>
            <numerusform>Status Change of %Ln Order</numerusform>
            <numerusform>Status Change of %Ln Orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning %Ln Order(s)</source>
        <translation>
            <numerusform>Assigning %Ln Order</numerusform>
            <numerusform>Assigning %Ln Orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %Ln Order(s) Seen</source>
        <translation>
            <numerusform>Marking %Ln Order Seen</numerusform>
            <numerusform>Marking %Ln Orders Seen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restoring %Ln Order(s)</source>
        <translation>
            <numerusform>Restoring %Ln Order</numerusform>
            <numerusform>Restoring %Ln Orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Redo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not have the right “%1”, which this needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step stays in the undo list: undo it again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step stays in the redo list: redo it again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, and the step leaves the undo list: it can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, and the step leaves the redo list: it can no longer be redone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueStore</name>
    <message>
        <source>There is no warehouse with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a warehouse code: use 1 to 16 letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 was changed by someone else meanwhile; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warehouse with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 still serves a sales channel: choose another warehouse for that channel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU: use 1 to 64 letters, digits, - _ . and /, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost price is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue prices are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety stock must be a whole number from 0 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else meanwhile; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product with the SKU %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than 200,000 products; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) instead of 6.</source>
        <translation>
            <numerusform>%n field instead of 6.</numerusform>
            <numerusform>%n fields instead of 6.</numerusform>
        </translation>
    </message>
    <message>
        <source>the price &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost &quot;%1&quot; is not an amount such as 7.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safety stock &quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active must be yes or no, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SKU %1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a product with the SKU %2 was added meanwhile; nothing was imported. Preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: product %2 was changed meanwhile; nothing was imported. Preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse &quot;%1&quot; (the warehouses: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor is not one this list gave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices are in %1 now; nothing was saved. Look at the product again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 must be the header &quot;%1&quot;; the file has &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerKey</name>
    <message>
        <source>by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Docket database (it is not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was created by a newer version of Docket (schema %2; this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was changed. Docket reconnects by itself: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Docket reconnects by itself: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving; the server did not keep the change, so nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving, and the server cannot be reached to find out whether the change was kept. Check the order&apos;s history once the connection is back before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for a password and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not accept this user from this computer for this database (its pg_hba.conf has no entry for it); ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no database named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing answers at %1, port %2: the server is not running there, or the port is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: the computer is off or unreachable, or a firewall is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer TLS, and this connection requires it (TLS mode &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no free connections; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is starting up or shutting down; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty: it holds no Docket database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket cannot write next to %1: its folder %2 is read-only. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Docket database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket cannot create a database in %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and has changes in %2 that were never merged into it; Docket cannot read them without writing next to it (%3). Copy both files to a folder you can write in and open the copy there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Docket database (it holds other tables). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket could not create a database in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of Docket (schema %2; this version needs %3) and is open read-only (%4), so it cannot be brought up to date. Open a copy Docket can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket could not bring %1 up to date (step %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another Docket, or another program, is changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket cannot write next to %1: its folder %2 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket cannot write to %1 or next to it: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket could not read or write %1: the disk or the network share reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its contents are not what Docket wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket cannot open %1: the file, or a file it needs next to it, cannot be read or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket ran out of memory working on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation on %1 was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is too large to be stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change clashes with what %1 already holds (a duplicate, or a reference to something missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket could not complete the operation on the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the database server %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: someone else holds the data this needs, or it took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 accepts no changes at the moment (it is read-only, e.g. a standby).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 is short of resources (memory or connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another Docket to finish writing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stayed locked by another Docket, or another program, for %L2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the servers %1 takes changes now: the primary is down and no standby has been promoted yet (or is still starting); try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 stopped taking changes; Docket now works with %2, the new primary. Nothing that was saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and charts read from the standby %1 (%2 s behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and charts read from the primary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no standby answers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby %1 was promoted to primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby %1 is %2 s behind (the limit is %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby %1 has not yet replayed the last change made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving %1, and the server cannot be reached to find out whether the change was kept. Look at %1 once the connection is back before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLogin</name>
    <message>
        <source>The database user %1 has no active Docket account: it was disabled or removed. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit of Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fulfilment</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMS / China Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (lower-case letters, digits and _, at most 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a flag; the only one is on_delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carrier is &quot;code | name | pattern | link&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link must say where the number goes: {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override is &quot;channel step hours&quot;, e.g. &quot;marketplace shipping 24&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step; the steps are review, payment, shipping and delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours from 1 to 8760.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid in full by payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded in full by refund #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every line shipped, the last in shipment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every shipment delivered, the last #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid within the time limit (cancelled automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot; | &quot;, which separates the fields; write the bar without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment method is &quot;code | label | on_delivery | inactive&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; write inactive, or nothing for active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfilmentForm</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfilmentStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; nothing is recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2; nothing more is recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shipment with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is recorded as pending or captured, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s payment methods (Settings, Payments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment&apos;s amount must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is in %1 but order %2 is in %3; Docket does not mix currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 owes nothing more: %2 of %3 is paid or on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 still owed on order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 payment with the reference %2 is recorded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 was changed by someone else meanwhile; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no payment #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is %2; only captured money is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 left to refund on payment #%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is in %1 but order %2 is in %3; Docket does not mix currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lines to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to refund (or it is listed twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 cannot be refunded; %4 of %5 are left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those lines cost nothing; there is nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is awaiting review; it ships once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is delivered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not paid yet (%2 of %3); it ships once it is paid, or record a cash-on-delivery payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a parcel with the tracking number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of order %1 has shipped already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no line %2 to ship (or it is listed twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 cannot ship; %4 of %5 are left to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment #%1 of order %2 is delivered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parcel is delivered after it shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking event needs the carrier&apos;s status text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking event comes from the desk, a file or the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking event is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is order number, carrier, tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is outside your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is marked invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is awaiting review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has shipped already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is on line %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number %1 is in the file twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: paid %2 and refunded %3 cached, but the records say %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: more refunded than paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1: its refunds do not add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, line %2: more shipped than ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2, but its records say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in use for new payments (Settings, Payments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel of carrier %1 has the tracking number %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>docket-gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, such as 127.0.0.1:8080; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 (make one with docketctl db init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is at schema %2; this gateway needs %3. Run docketctl db migrate as the database&apos;s owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the access log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at %1 (the API is described at /api/v1/openapi.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many look-ups from your address; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many look-ups from your address; try again in %n second.</numerusform>
            <numerusform>Too many look-ups from your address; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs an API key: send it as &quot;Authorization: Bearer KEY&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not valid (unknown, mistyped or revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key %1 may make %2 calls a minute; try again in %n second(s).</source>
        <translation>
            <numerusform>The key %1 may make %2 calls a minute; try again in %n second.</numerusform>
            <numerusform>The key %1 may make %2 calls a minute; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong in the gateway; it is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;; the list takes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exact&quot; is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date such as 2026-12-05 (UTC days); &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;validity&quot; is valid, invalid or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;updated_since&quot; is a time with its zone, such as 2026-12-05T10:00:00Z, or seconds since 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sort&quot; is created or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;limit&quot; is a number from 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a status change (status, note, version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is the order&apos;s version number, as read with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;note&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; takes no webhooks (an administrator sets its secret with: docketctl intake channel set %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-WC-Webhook-Signature header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-WC-Webhook-Signature does not match the body: the secret differs from the channel&apos;s, or the body was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket takes order.created and order.updated; &quot;%1&quot; is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is in %2; &quot;currency&quot; %3 does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lines&quot; is a list of {&quot;line&quot;, &quot;quantity&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is {&quot;line&quot;: its number on the order, &quot;quantity&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is recorded &quot;captured&quot; or &quot;pending&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund is either an &quot;amount&quot; or &quot;lines&quot; (one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;amount&quot; is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipment in the path is its id, a whole number from 1; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown query parameter &quot;%1&quot;; the stock list takes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes from 1 to 100 values, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One SKU&apos;s stock takes no query parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the SKU &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (--tls-cert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM RSA or EC private key (--tls-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docket-gateway %1: listening on %2:%3 (%4), database %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>docket-gateway: stopping; %n request(s) in flight finish first.</source>
        <translation>
            <numerusform>docket-gateway: stopping; %n request in flight finishes first.</numerusform>
            <numerusform>docket-gateway: stopping; %n requests in flight finish first.</numerusform>
        </translation>
    </message>
    <message>
        <source>docket-gateway: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--intake-writers takes a number from 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdempotencyStore</name>
    <message>
        <source>The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID, for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; was already used for another request (%2, or another body); send a new key for a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; is in use by another request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount as decimal text, such as &quot;12.50&quot; (a JSON number may not be exact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: &quot;%2&quot; (write it like &quot;12.50&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an order (see /api/v1/openapi.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;channel&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;; the channels are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status &quot;%1&quot;; the statuses are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;created_at&quot; must be a time such as &quot;2026-12-05T10:00:00Z&quot; (with Z or an offset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lines&quot; must be a list of at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order may have at most 1000 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines add up to more than Docket can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total %1 does not match the lines, which add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s &quot;id&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WooCommerce status &quot;%1&quot; is not one Docket knows (pending, on-hold, failed, processing, completed, cancelled, refunded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce status &quot;%1&quot;: not an order to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;date_created_gmt&quot; is not a time: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order names no customer (billing first and last name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping and tax cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative fee (a discount given as a fee) cannot be taken: Docket&apos;s lines are never negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total %1 does not match the order&apos;s items, shipping, fees and tax, which add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeStore</name>
    <message>
        <source>Line %1: the SKU &quot;%2&quot; is not in the catalogue, and the channel &quot;%3&quot; refuses orders with unknown SKUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order from outside needs its external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not take orders for the channel &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was deleted in Docket; the resend was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is marked invalid in Docket; the resend was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status stays &quot;%1&quot;: the workflow has no way from there to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sales channel &quot;%1&quot;; the channels are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown SKU is either refused (&quot;refuse&quot;) or taken as an unlinked line (&quot;unlinked&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook secret has 16 to 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has no webhook secret yet: give one (or let Docket make one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; takes no webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryAnalytics</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>Your role may not issue invoice numbers (it needs &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no invoice number was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Cannot combine %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderBatch</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 paid; %3 still owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded; %2 paid after the refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for review; it is “%2” until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step “%1”: due %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEvent</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made new again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV separator must be a comma, a semicolon or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderFeed</name>
    <message>
        <source>The cursor is not one this list gave out (or it was for another sort order).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderField</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderFilter</name>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region: write the country, a slash and the region (&quot;DE/Bayern&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product filter has an empty SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid and invalid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of statuses, regions, ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer filter names no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the deadline of their step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n hour(s)</source>
        <translation>
            <numerusform>Due within %n hour</numerusform>
            <numerusform>Due within %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>A quoted field goes on after its closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file of orders is a list: [ {...}, ... ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no orders (a header row, then one row per line item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column for %1 (a header such as &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column for the customer&apos;s name (a header such as &quot;Customer Name&quot; or &quot;Billing First Name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 (line %2) was refused, so nothing was imported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping takes %1 from the column &quot;%2&quot;, which this file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an order; the fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docket status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPrinting</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID — this order is marked invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the contents against this slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packing-slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the PDF as %1: choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued when printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Order %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sales channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the SKU is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the product name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order with the number %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; mark it valid again before editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is marked invalid; its status cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot move from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else meanwhile; its status was not changed. Look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 orders no longer exist or are outside your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for marking the orders invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invalid orders can be deleted: %1 of the %2 selected orders are not marked invalid (or no longer exist). Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archived order with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived copy of %1 is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be restored: another order has that number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of the %L2 order numbers are no orders you can see (%3%4). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders no longer exist.</source>
        <translation>
            <numerusform>%Ln of the orders no longer exists.</numerusform>
            <numerusform>%Ln of the orders no longer exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders were changed by someone else since (%1).</source>
        <translation>
            <numerusform>%Ln of the orders was changed by someone else since (%1).</numerusform>
            <numerusform>%Ln of the orders were changed by someone else since (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on would overwrite their changes, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked invalid again (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> and %Ln more</numerusform>
            <numerusform> and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (marked invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the orders cannot move to “%2”: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the orders are marked invalid and cannot be assigned: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order with the number &quot;%1&quot; among the orders you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no shipping address: nothing can be sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create orders for the channel &quot;%1&quot;: you work with the orders of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not move orders to the channel &quot;%1&quot;: you work with the orders of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment holds at most %L1 characters; this one has %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its payments and shipments decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (money received or goods shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 becomes paid when its payments reach its total: record a payment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 becomes shipped when every line is in a shipment: record a shipment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 becomes delivered when every shipment is delivered: mark its shipments delivered instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 becomes refunded when everything paid is refunded: record a refund instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 does not move to &quot;%2&quot; by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 holds %2 of the customer&apos;s money; refund it before cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of order %1 has shipped; it is not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has payments or shipments; its lines no longer change. Refund or ship what differs instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (“%2” is no step back from “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (taking back “%2” needs the right “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the orders cannot go back to their status: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping: &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate: &quot;%1&quot; is not a percentage from 0 to 100 with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping of %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping is in %1 but the order is in %2: both must be in the order&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate must be from 0% to 100%; %1% is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has payments or shipments; its shipping and tax no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) were marked seen again since (%1); none was made new again.</source>
        <translation>
            <numerusform>%Ln order was marked seen again since (%1); none was made new again.</numerusform>
            <numerusform>%Ln orders were marked seen again since (%1); none was made new again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the orders are no longer in the archive: restored or purged since (%1).</source>
        <translation>
            <numerusform>%Ln of the orders is no longer in the archive: restored or purged since (%1).</numerusform>
            <numerusform>%Ln of the orders are no longer in the archive: restored or purged since (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server created %1 of %2 orders; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database cannot search the archive by customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n new order</numerusform>
            <numerusform>%n new orders</numerusform>
        </translation>
    </message>
    <message>
        <source>the new order for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <source>%1 is not an order number: order numbers have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an order number: use letters, digits and - _ # / . only, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: there is no such day in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day %1 comes before the first day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a period: write FIRST..LAST with days as YYYY-MM-DD, e.g. 2026-01-01..2026-01-31 (either end may be left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3: write digits only, without a sign, spaces or leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an id: ids are whole numbers from 1, written with digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text is too long: %L1 characters, at most %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words need at least two letters or digits (%1 has one; punctuation is not searched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text %1 has no letters or digits to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has %L1 words; at most %L2 can be searched at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of %2: an item is empty; separate the items with single commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of %2: write the items separated by commas, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>View orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark orders seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalidate orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete invalid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the catalogue and warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock (receipts, stocktakes, transfers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle returns and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage review rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>%1 is open read-only (%2): nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Return</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return needs at least one line: a product and how many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return has at most 100 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has not been shipped: only a shipped or delivered order can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 shipped and %L3 already returned, so at most %L4 can come back, not %L5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 is %2; only a return that is %3 can be %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the return is rejected: the customer reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 was received already: its lines were restocked or written off once and are not again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 is %2; only an approved return can be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the return is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what becomes of line %1 (%2): restock or write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is not a catalogue product and cannot be restocked; write it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is no active warehouse with the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the repair in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a refund gives money back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an exchange links a replacement order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund must be more than nothing and at most %1, the returned lines&apos; value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the replacement order of the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That order replaces another return already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange for return %1 of order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no return with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating must be a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is in %1 but order %2 is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1&apos;s payments can give back only %2 of the %3 to refund; record the payment first or refund less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Amount above a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order of a new customer above a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping country differs from billing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many orders from one email or phone in a short time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked email domain, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line quantity above a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the rule &quot;%1&quot; are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;; the rules are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 takes a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threshold is a currency and an amount, e.g. &quot;threshold EUR 1500.00&quot;; &quot;%1 %2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the value to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of the rule %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 orders within %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 email domains, %2 phones, %3 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 of one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the %2 review threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer&apos;s first order of %1 is above the %2 threshold for first orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order ships to %1 but is billed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placed %2 orders within %3 minutes (more than %4 is held).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email domain %1 is on the blocklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone %1 is on the blocklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is on the blocklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) asks for %3 pieces; more than %4 is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipping address is incomplete: no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in %3 (e.g. %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from one customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest quantity of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email domain (e.g. example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (at least 5 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address (street, postcode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked email domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked email domains added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked email domains removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked phones added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked phones removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked addresses added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked addresses removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for rejecting: it becomes the reason the order is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rejected by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen orders no longer exist or are outside your scope; nothing was decided.</source>
        <translation>
            <numerusform>%n of the chosen orders no longer exists or is outside your scope; nothing was decided.</numerusform>
            <numerusform>%n of the chosen orders no longer exist or are outside your scope; nothing was decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone decided meanwhile: %1 no longer awaits review. Nothing was decided; look at the queue again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone decided some of these orders meanwhile. Nothing was decided; look at the queue again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Give the view a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view&apos;s name holds at most %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That view is not yours, or it was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s columns cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a view named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That role no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The number of orders must be between 0 and 100,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be generated into a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seeder writes to PostgreSQL databases only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceAccount</name>
    <message>
        <source>The database user is unknown to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a superuser of the database server. The gateway runs as a service account (docketctl service-account create NAME), never as a superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns Docket&apos;s tables. The gateway runs as a service account (docketctl service-account create NAME), never as the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Docket user&apos;s login. The gateway runs as a service account (docketctl service-account create NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a service account (a member of docket_service): create one with docketctl service-account create NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service accounts exist on a PostgreSQL server only; on SQLite the gateway opens the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service account&apos;s name is 3 to 63 lower-case letters, digits or underscores, starting with a letter, and does not start with pg_ or docket_: &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service account&apos;s password has at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a role called %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 may not do this: &quot;%2&quot; is not among the permissions of their role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Docket Demo Shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>one line of at most %n characters</source>
        <translation>
            <numerusform>one line of at most %n character</numerusform>
            <numerusform>one line of at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of at most %n characters</source>
        <translation>
            <numerusform>text of at most %n character</numerusform>
            <numerusform>text of at most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>an email address, or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not acceptable: %4; expected %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order look-ups per minute and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway logs kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review: time limit (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment: time limit (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to shipped: time limit (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped to delivered: time limit (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel orders unpaid past their time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one carrier a line: code | name | pattern | link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one override a line: channel step hours (steps: review, payment, shipping, delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one payment method a line: code | label | on_delivery | inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 4217 currency code such as EUR, USD or CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue currency (prices, costs, stock value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSettingsStore</name>
    <message>
        <source>There is no shop setting called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices, costs and stock values are in %1. Docket does not convert amounts, so the catalogue&apos;s currency can change only while they are all zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockMovement</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockStore</name>
    <message>
        <source>There is no order with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number from 1 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is no product with the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is no active warehouse with the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such product or active warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity on hand must be a whole number from 0 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the write-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %L1 of %2 are on hand in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like it.</source>
        <translation>
            <numerusform>… and %n more like it.</numerusform>
            <numerusform>… and %n more like it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily summary of product %1 in warehouse %2 on day %3 (%4) differs from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1: its totals (on hand, reserved, backordered, value or low-stock mark) differ from its warehouses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 in warehouse %2: %3 reserved, but the orders hold %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 holds %3 of product %2, but its movements add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the stock figures needs a user who sees every order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stocktake with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active warehouse with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 is under way already; post or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SKU: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no counts to enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 is %2; counts can no longer be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the count must be a whole number from 0 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s) instead of 2.</source>
        <translation>
            <numerusform>Line %1: %n field instead of 2.</numerusform>
            <numerusform>Line %1: %n fields instead of 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: unknown SKU %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the count &quot;%2&quot; is not a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has problems; nothing was counted.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 was %2 by %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 is %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transfer with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer goes from one warehouse to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the product is on the transfer twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a draft is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %L1 of %2 are available in %3 (%L4 on hand, %L5 reserved); the transfer wants %L6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a transfer in transit is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: between 0 and %L2 units can arrive, not %L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 is %2; only a draft is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock movement is valued at cost in %1, not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: the stock table says %3 on hand and %4 reserved, the ledger %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on transfer %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackPage</name>
    <message>
        <source>Where is my order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address or phone number on the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We found no order with this number and this email address or phone number. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingFile</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n field(s) instead of 5.</source>
        <translation>
            <numerusform>Line %1: %n field instead of 5.</numerusform>
            <numerusform>Line %1: %n fields instead of 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>the carrier is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tracking number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its zone, such as 2026-12-05T10:00:00+08:00 or 2026-12-05T02:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parcel is delivered after it shipped; parcel %1 shipped at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel %1 of %2 belongs to an order outside your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parcel of carrier %1 has the tracking number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %L1 tracking events; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingIntake</name>
    <message>
        <source>&quot;events&quot; is a list of tracking events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tracking events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 tracking events at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking event is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a tracking event (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;at&quot; is a time with its zone, such as 2026-12-05T10:00:00Z; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the shop&apos;s carriers (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipment of carrier %1 has the tracking number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no shipment %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoConflicts</name>
    <message>
        <source>No longer exists, or is no longer among the orders you can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked seen by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another order has this number now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the archive (purged), or no longer among the orders you can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an edit and the field it changed (Edited: City)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the changes listed for one order</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works orders through their workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk, plus invalidates, deletes and restores orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every order and the analytics; changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including users, settings and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role permissions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a sales channel (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: name at least one sales channel after &quot;channels:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a scope; write all, own or channels:CODE,CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may hold only letters, digits and . _ @ - (at most 64, no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The password is too short: use at least %n character.</numerusform>
            <numerusform>The password is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long (at most 1024 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: choose at least one sales channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: &quot;%1&quot; is not a sales channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer manage users: the account was disabled or its role changed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change would leave no active account that can manage users. Give another account that right first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2. Try again then, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account %1 is locked until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users; an administrator adds new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in role &quot;administrator&quot; is missing from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Docket account whose password could change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled or was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; may hold only letters, digits, spaces and . _ - (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in role &quot;%1&quot; cannot be changed; make a custom role instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in role &quot;%1&quot; cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The role &quot;%1&quot; still belongs to %n user(s); give them another role first.</source>
        <translation>
            <numerusform>The role &quot;%1&quot; still belongs to %n user; give them another role first.</numerusform>
            <numerusform>The role &quot;%1&quot; still belongs to %n users; give them another role first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1; sees: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrong password (%n in a row)</source>
        <translation>
            <numerusform>wrong password (%n in a row)</numerusform>
            <numerusform>wrong password (%n in a row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row</source>
        <translation>
            <numerusform>%n wrong password in a row</numerusform>
            <numerusform>%n wrong passwords in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret of a channel set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook intake of a channel removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound webhook added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound webhook removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rules changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookStore</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook secret has 16 to 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; the events are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active webhook with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native desktop back office for e-commerce orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::AdminPage</name>
    <message>
        <source>Users and Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a lockout after too many wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of role or scope takes effect when the user next signs in. Every change is written to the security log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column is a role, each row a permission. The built-in roles are fixed; create a custom role to choose its permissions. A change takes effect when its users next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected custom role (only when nobody has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rights of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the account %1; it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roles cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the permissions of the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a role; choose its permissions in its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::AfterSalesPage</name>
    <message>
        <source>Restocked in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ★ %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 of order %2 — %3, %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a return to see its lines and the order&apos;s feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Approve the Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the return rejected? The customer reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reject the Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Receive the Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Close the Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1 through the order&apos;s payments; order %2 now has %3 paid of %4 (%5 refunded in all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::AnalyticsCharts</name>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1; the first or last point covers a shorter time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 valid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no revenue in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping address; the top %L1 of %L2 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::AnalyticsFilterBar</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of the time charts: days, weeks or months. Automatic picks days up to two months, weeks up to a year and a half, months beyond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::AnalyticsPage</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid orders created in the period, any status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered orders as a share of all valid orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders marked invalid as a share of all orders (valid and invalid; deleted orders are gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 10 products by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 10 products by quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of your own orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: %1 · Statuses: %2 · Time zone: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes against %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shipments recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open these orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: %1 (%L2 orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 orders, total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: %1 from %L2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold: %L1 on %L2 order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Sales Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the orders with this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales: gross sales less refunds. Gross sales are the totals of the valid orders placed in the period that are paid, processing, shipped, delivered or refunded since, on the day they were placed; refunds are the amounts refunded in the period, each on the day it was made. Pending, cancelled, invalid and deleted orders never count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross sales divided by the orders that make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time from an order&apos;s creation to its first shipment, over the period&apos;s orders that have one recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts refunded in the period, each on the day it was made, whichever day its order was placed; their number and their share of gross sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the period&apos;s orders has a recorded shipment (orders shipped by a status change alone have none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln refund</numerusform>
            <numerusform>%Ln refunds</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of gross sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds: %1 (%L2 made)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ApiKeysView</name>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Ke&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other systems (an ERP, a CRM, a web shop) call docket-gateway with a key. Each key acts with its role&apos;s rights on the orders its scope allows, and every call is logged under its name. A key is shown once, when it is made; Docket keeps only its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the API key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the API key %1? The gateway refuses it within seconds; a system still using it stops working. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the API key %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ArchivePage</name>
    <message>
        <source>Archive of deleted orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive by order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected orders back, with their lines and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it was invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted order(s). Restoring puts an order back with its lines and history.</source>
        <translation>
            <numerusform>%Ln deleted order. Restoring puts an order back with its lines and history.</numerusform>
            <numerusform>%Ln deleted orders. Restoring puts an order back with its lines and history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln order(s).</source>
        <translation>
            <numerusform>Restored %Ln order.</numerusform>
            <numerusform>Restored %Ln orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Orders Were Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the customer&apos;s name, email or phone, as in the order list&apos;s search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders placed on these days (your local days, both inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %L1 most recently deleted orders; search by number, customer or order date to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;dered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::BackupDialog</name>
    <message>
        <source>Back Up the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a complete, consistent copy of %1. Everyone can keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-backup-%2.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not back up the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: back it up on the server with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no backup file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::CataloguePage</name>
    <message>
        <source>Search SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or inactive products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the products whose available stock is below their safety stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the products that open orders are waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock per warehouse&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest movements&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low on stock</source>
        <translation>
            <numerusform>%Ln low on stock</numerusform>
            <numerusform>%Ln low on stock</numerusform>
        </translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product to see its stock in each warehouse and what moved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1, cost %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety stock %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stocktake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Edit the Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s).</source>
        <translation>
            <numerusform>Imported %Ln product.</numerusform>
            <numerusform>Imported %Ln products.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the products to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export of the products is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the products to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ChangePasswordDialog</name>
    <message>
        <source>Change Your Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them the new password; a lockout ends with the reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the new password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ChangeWatcher</name>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image or its figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::CloseReturnDialog</name>
    <message>
        <source>Close Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 19.90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange creates a replacement order with the returned products at no charge; it reserves stock like any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has %2 paid of %3. A refund goes back through its payments, the newest first, and shows in its balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ColumnChooserDialog</name>
    <message>
        <source>Choose Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns the order list shows; drag them, or use the buttons, to put them in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns a new list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number always shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ConnectionDialog</name>
    <message>
        <source>The database is empty: Docket will create its tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds other tables, not Docket&apos;s: choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was made by a newer Docket (schema %1); update Docket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds Docket data (schema %1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Docket Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database. Enter where it is, or paste a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a recent connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered: Docket asks for it each time (or uses the PGPASSWORD variable or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;: use disable, prefer, require or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given: enter it above, or choose Connect to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, any certificate (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, verified certificate and host (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new Docket database in it? It holds nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: db2.example.com:5432, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming standbys of the server, as host:port separated by commas. When the server goes away and a standby is promoted, Docket carries on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand&amp;bys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read lists and charts from a standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, counts and charts are read from a standby while it is at most the given number of seconds behind; changes, and reading back what you just changed, always use the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest delay of a standby to read from, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::DeskActions</name>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every order matching the filter as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, theme, shop details, overdue thresholds and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Docket user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Docket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, Qt and SQLite, and the database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 orders to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Print the Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored; the previous database is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop settings of this computer were not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n shop setting(s) from this computer&apos;s settings into the database, for every desk (see the security log).</source>
        <translation>
            <numerusform>Imported %n shop setting from this computer&apos;s settings into the database, for every desk (see the security log).</numerusform>
            <numerusform>Imported %n shop settings from this computer&apos;s settings into the database, for every desk (see the security log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n shop setting(s) from an older Docket that the database does not have yet; they are imported when someone with the right “%1” signs in here.</source>
        <translation>
            <numerusform>This computer has %n shop setting from an older Docket that the database does not have yet; it is imported when someone with the right “%1” signs in here.</numerusform>
            <numerusform>This computer has %n shop settings from an older Docket that the database does not have yet; they are imported when someone with the right “%1” signs in here.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected orders as invoices or packing slips, or save them as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid order(s) cancelled: past the time limit for payment.</source>
        <translation>
            <numerusform>%n unpaid order cancelled: past the time limit for payment.</numerusform>
            <numerusform>%n unpaid orders cancelled: past the time limit for payment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the orders unpaid past their time limit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ExportDialog</name>
    <message>
        <source>Export Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exports all %Ln order(s) matching the current filter, in the table&apos;s order — not only the rows loaded on screen.</source>
        <translation>
            <numerusform>Exports the %Ln order matching the current filter, in the table&apos;s order — not only the rows loaded on screen.</numerusform>
            <numerusform>Exports all %Ln orders matching the current filter, in the table&apos;s order — not only the rows loaded on screen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV (comma-separated text, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;Excel: add a byte-order mark and protect cells that start with =, +, - or @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the file is plain UTF-8 with every value exactly as stored, for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are written as plain numbers (1234.50) and times as local time (2024-06-15 14:30:00), so other programs read them the same in every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns to write; drag them into the order you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;lines: one row per line (CSV), a Lines sheet (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each order&apos;s SKUs, items, quantities and prices: in CSV the order&apos;s columns repeat on every line; in Excel the lines go on a sheet of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ten columns of a first export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of about %L2 orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::FilterBar</name>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number or its beginning, e.g. DK00123 or 123. Press Enter to open a complete number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer, email, phone, product or SKU (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show valid orders, only invalid ones (to review or delete), or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new orders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new orders only (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %L1 orders, counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), loading…</source>
        <translation>
            <numerusform>%Ln order, loading…</numerusform>
            <numerusform>%Ln orders, loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Ln selected</numerusform>
            <numerusform>%1 · %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>about %L1 orders, counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders past the deadline of their step, or due within a day (time limits in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show orders due within 24 h only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show orders past their deadline only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::FirstRunDialog</name>
    <message>
        <source>Create the First Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Docket.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The database %1 has no users yet. Create the first administrator: this account can add the other users, give them roles and choose which orders they see.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::FulfilmentPanel</name>
    <message>
        <source>The order&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel / event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped / when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents / status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected pending payment was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tracking event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tracking &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · pending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::HelpViewer</name>
    <message>
        <source>Docket User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ImportDialog</name>
    <message>
        <source>Import Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from a shop&apos;s CSV export (a header row, then one row per line item) or a JSON list of orders. Nothing is imported until the whole file reads without a problem; importing the same file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take them as unlinked lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unknown SKUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the file, no problems. Ready to import.</source>
        <translation>
            <numerusform>%n order in the file, no problems. Ready to import.</numerusform>
            <numerusform>%n orders in the file, no problems. Ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file (listed below); nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n problem in the file (listed below); nothing can be imported until it is fixed.</numerusform>
            <numerusform>%n problems in the file (listed below); nothing can be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not create orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lumns and Statuses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds which field, and what the file&apos;s statuses mean; remembered for the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ImportMappingDialog</name>
    <message>
        <source>Columns and Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(found by its usual header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s statuses show here once its order id and status columns are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as WooCommerce or Docket means it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds which field; the fields left as they are are found by their usual headers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ImportProductsDialog</name>
    <message>
        <source>Import Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file in UTF-8 with the header &lt;tt&gt;%1&lt;/tt&gt;. Prices like 12.50; active is yes or no. Existing SKUs are updated, new ones added — all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (in red); fix the file and choose it again. Nothing is imported while any row has one.</source>
        <translation>
            <numerusform>%n row has problems (in red); fix the file and choose it again. Nothing is imported while any row has one.</numerusform>
            <numerusform>%n rows have problems (in red); fix the file and choose it again. Nothing is imported while any row has one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 products to add, %L2 to change, %L3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::IntakeLogView</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that docket-gateway refused or left alone, newest first: nothing of them was written. The shop may send a refused order again once the problem is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused from the channel %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %L1 entries; docketctl intake log --limit N shows more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::LoaderThread</name>
    <message>
        <source>a read on the standby failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::LoginDialog</name>
    <message>
        <source>Sign In to Docket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to work with the orders in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Database unreachable — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;New Orders Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%L1 new) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch operation is still running. Quit anyway? It will be cancelled and nothing of it will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch operation is still running. Open the other database anyway? The operation will be cancelled and nothing of it will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Docket stays on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another Docket database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a team&apos;s shared PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed out; signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out / Switch User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take orders from a shop&apos;s CSV export or a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new order(s).</source>
        <translation>
            <numerusform>Imported %n new order.</numerusform>
            <numerusform>Imported %n new orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln low on stock</source>
        <translation>
            <numerusform>%Ln low on stock</numerusform>
            <numerusform>%Ln low on stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Products whose available stock is below their safety stock: click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads: primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lists and charts read from a standby once one is fit to read (at most %n s behind).</source>
        <translation>
            <numerusform>Lists and charts read from a standby once one is fit to read (at most %n s behind).</numerusform>
            <numerusform>Lists and charts read from a standby once one is fit to read (at most %n s behind).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads: standby %1 · %2 s behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Shipments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the orders of a warehouse&apos;s file of order numbers and tracking numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipped %n order(s) from the file.</source>
        <translation>
            <numerusform>Shipped %n order from the file.</numerusform>
            <numerusform>Shipped %n orders from the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;view Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the review rules on or off and tune them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review rules are at version %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Tracking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tracking events of a carrier&apos;s export file to their parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n tracking event(s) from the file.</source>
        <translation>
            <numerusform>Added %n tracking event from the file.</numerusform>
            <numerusform>Added %n tracking events from the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::MassActionDialog</name>
    <message>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This changes %Ln orders. To go on, type the number %1:</source>
        <translation>
            <numerusform>This changes %Ln order. To go on, type the number %1:</numerusform>
            <numerusform>This changes %Ln orders. To go on, type the number %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::NewApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. erp-sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls a minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key acts with the role&apos;s rights on the orders it sees, at most this many calls a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key %1 is made. Copy it now into the other system&apos;s settings: Docket does not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::NewRoleDialog</name>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new role&apos;s permissions in the matrix after creating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::NewTransferDialog</name>
    <message>
        <source>New Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes (a SKU and a quantity a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is no product with the SKU &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::OrderConflictDialog</name>
    <message>
        <source>Order %1 Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed order %2 on %3, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not changed by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both changed this field: re-applying keeps your value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not changed anything yet: reload to see their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applying keeps their changes and puts yours back on top: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you both changed a field (marked), your value replaces theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading shows their version and drops your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply &amp;My Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::OrderDialog</name>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked invalid by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else after you opened it. Save again to reload their version or re-apply your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the beginning of a SKU: the catalogue completes it and fills in the product and its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal comment for your colleagues (customers never see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the order list to this customer&apos;s orders (a chip you can remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order names no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s orders, found by the email address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s orders, found by the phone number %2 (the order has no email address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders under the name %1 (the order has no email address or phone number, so they may be several people&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln valid order(s)</source>
        <translation>
            <numerusform>%Ln valid order</numerusform>
            <numerusform>%Ln valid orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln marked invalid</source>
        <translation>
            <numerusform> and %Ln marked invalid</numerusform>
            <numerusform> and %Ln marked invalid</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first order %1, last order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Shipping Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the address now, or save the order without one (for an order collected in the shop, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Without Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shipping costs the customer, in the order&apos;s currency; empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tax rate for the order, in percent (20, 5.5): it applies to the lines and to shipping. Empty: no tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 + shipping %2 + tax %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue&apos;s price is %1; this order is in %2, so type its price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::OrderTableModel</name>
    <message>
        <source>%1 is new: nobody has opened it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked invalid (status: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked invalid: %2 (status: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is new (nobody has opened it yet) and overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;All Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Invalid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Valid Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Invalid Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected invalid orders to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show invalid orders first: only invalid orders can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) seen.</source>
        <translation>
            <numerusform>Marked %Ln order seen.</numerusform>
            <numerusform>Marked %Ln orders seen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot mark orders seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Orders Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Invalid Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln invalid order(s)?</source>
        <translation>
            <numerusform>Delete %Ln invalid order?</numerusform>
            <numerusform>Delete %Ln invalid orders?</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking %L1 orders invalid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking %L1 orders valid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %L1 orders to the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking %L1 orders seen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) invalid.</source>
        <translation>
            <numerusform>Marked %Ln order invalid.</numerusform>
            <numerusform>Marked %Ln orders invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) valid again.</source>
        <translation>
            <numerusform>Marked %Ln order valid again.</numerusform>
            <numerusform>Marked %Ln orders valid again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to the archive.</source>
        <translation>
            <numerusform>Moved %Ln order to the archive.</numerusform>
            <numerusform>Moved %Ln orders to the archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Order(s)</source>
        <translation>
            <numerusform>Delete %Ln Order</numerusform>
            <numerusform>Delete %Ln Orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Change S&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match these filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters (Ctrl+Shift+X) to see every order you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see only the orders you created or that are assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see only the orders of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That is every order the list shows (%Ln).</source>
        <translation>
            <numerusform>That is the only order the list shows (%Ln).</numerusform>
            <numerusform>That is every order the list shows (%Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Orders Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) seen, for everyone?</source>
        <translation>
            <numerusform>Mark %Ln order seen, for everyone?</numerusform>
            <numerusform>Mark %Ln orders seen, for everyone?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Seen</source>
        <translation>
            <numerusform>Mark %Ln Order Seen</numerusform>
            <numerusform>Mark %Ln Orders Seen</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop being new on every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no new orders to mark seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Orders Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark all %Ln new order(s) seen, for everyone?</source>
        <translation>
            <numerusform>Mark the %Ln new order seen, for everyone?</numerusform>
            <numerusform>Mark all %Ln new orders seen, for everyone?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every new order you can see stops being new on every desk, not only the ones the list shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) invalid?</source>
        <translation>
            <numerusform>Mark %Ln order invalid?</numerusform>
            <numerusform>Mark %Ln orders invalid?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Invalid</source>
        <translation>
            <numerusform>Mark %Ln Order Invalid</numerusform>
            <numerusform>Mark %Ln Orders Invalid</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They leave the list of valid orders; “Mark Valid” brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Orders Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln order(s) valid again?</source>
        <translation>
            <numerusform>Mark %Ln order valid again?</numerusform>
            <numerusform>Mark %Ln orders valid again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln Order(s) Valid</source>
        <translation>
            <numerusform>Mark %Ln Order Valid</numerusform>
            <numerusform>Mark %Ln Orders Valid</numerusform>
        </translation>
    </message>
    <message>
        <source>Their invalid reasons are cleared (the history keeps them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each order moves with its lines and history to the archive, where you (and everyone with the right “%1”) can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each order moves with its lines and history to the archive, where someone with the right “%1” can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln order(s)?</source>
        <translation>
            <numerusform>Change the status of %Ln order?</numerusform>
            <numerusform>Change the status of %Ln orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln Order(s)</source>
        <translation>
            <numerusform>Change %Ln Order</numerusform>
            <numerusform>Change %Ln Orders</numerusform>
        </translation>
    </message>
    <message>
        <source>New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order must be allowed to move there by the workflow, or none moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln order(s)?</source>
        <translation>
            <numerusform>Assign %Ln order?</numerusform>
            <numerusform>Assign %Ln orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln Order(s)</source>
        <translation>
            <numerusform>Assign %Ln Order</numerusform>
            <numerusform>Assign %Ln Orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each order shows the user&apos;s name as its assignee, and the history records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the status of %L1 orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning %L1 orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to “%1”.</source>
        <translation>
            <numerusform>Moved %Ln order to “%1”.</numerusform>
            <numerusform>Moved %Ln orders to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %Ln order(s).</source>
        <translation>
            <numerusform>Unassigned %Ln order.</numerusform>
            <numerusform>Unassigned %Ln orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln order(s) to %1.</source>
        <translation>
            <numerusform>Assigned %Ln order to %1.</numerusform>
            <numerusform>Assigned %Ln orders to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list cannot be sorted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which columns the list shows, and in which order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no view %1: save views with Save View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Saved &amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket uses it for this session only and never saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s transaction reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::PrintOrderDialog</name>
    <message>
        <source>Print Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print %Ln Order(s)</source>
        <translation>
            <numerusform>Print %Ln Order</numerusform>
            <numerusform>Print %Ln Orders</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the previous %L1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the next %L1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders %L1–%L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing invoice numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing %L1 orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %L1 orders as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ProductDialog</name>
    <message>
        <source>Edit Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SKU-10042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this many available units the product counts as low on stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered for new orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost price (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety s&amp;tock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cost price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ProductTableModel</name>
    <message>
        <source>%1: %L2 available, below the safety stock of %L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive: not offered for new orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand minus reserved: what new orders can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units ordered that could not be reserved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the available stock lasts at the last 30 days&apos; shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this many available units the product counts as low on stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ReceiveReturnDialog</name>
    <message>
        <source>Receive Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say for each line where it goes: back on a shelf, or written off when it cannot be sold again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 (%4 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the money goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no captured payment to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the contents of %1 with a backup. The backup is checked first; nothing changes if it fails a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone working on this database sees the restored orders at once; changes made since the backup are replaced. The current database is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: restore it on the server with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not restore backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket databases (*.db *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Checked: intact, schema version %1, %Ln order(s), %2, saved %3.</source>
        <translation>
            <numerusform>✔ Checked: intact, schema version %1, %Ln order, %2, saved %3.</numerusform>
            <numerusform>✔ Checked: intact, schema version %1, %Ln orders, %2, saved %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the database with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ReviewPage</name>
    <message>
        <source>Orders awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected orders go on to payment and shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected orders become invalid, with your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 orders wait; the oldest %L2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) wait for review.</source>
        <translation>
            <numerusform>%n order waits for review.</numerusform>
            <numerusform>%n orders wait for review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n order(s) rejected? They become invalid with this reason.</source>
        <translation>
            <numerusform>Why is this order rejected? It becomes invalid with this reason.</numerusform>
            <numerusform>Why are these %n orders rejected? They become invalid with this reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) approved.</source>
        <translation>
            <numerusform>%n order approved.</numerusform>
            <numerusform>%n orders approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) rejected.</source>
        <translation>
            <numerusform>%n order rejected.</numerusform>
            <numerusform>%n orders rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the review rules on or off and tune them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the right “%1”, which your role (%2) does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %L1 &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review rules are at version %L1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ReviewRulesDialog</name>
    <message>
        <source>Review Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order that trips a rule switched on waits for review, with the reasons in words; one that trips none is approved at once. Every change is saved as a new version of the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the rules needs the right “%1”, which your role (%2) does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold orders above (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a new customer&apos;s first order above (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from one customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold when more than this many orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…come from one email or phone within minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest quantity of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold when a line asks for more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds an order shipped to another country than the one it is billed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds an order whose shipping address lacks the street, postcode, city or country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One domain a line, e.g. spam.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked email domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One phone number a line, e.g. +86 138 0000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address a line: street, postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones (compared by their digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (compared without case and extra spaces):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rules change (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in rules are in force (no version saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %L1, set by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In other currencies (set with docketctl rules set): orders above %1; first orders above %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first version of the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %L1 versions are shown; docketctl rules history --limit N lists older ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::SalesReport</name>
    <message>
        <source>%1 — Sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ScopeEditor</name>
    <message>
        <source>Orders scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own orders (created by or assigned to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of these sales channels:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::SecurityLogView</name>
    <message>
        <source>Any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by or about this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %L1 events; narrow the filter to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln event.</numerusform>
            <numerusform>%Ln events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and numbers follow the language&apos;s conventions. Dialogs opened from now on use the new language at once; menus and pages already open switch after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the default database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street
Postcode and city
Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder, ideally on another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default database: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: %1 does not exist and cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own preferences on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s settings, the same for everyone who works on this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own preferences as %1 on this computer; other people who sign in here keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own preferences on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docket runs in %1 for this session because the command line asked for it (--lang); your own choice, used otherwise, is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s: a SQLite file or a postgresql:// address. Docket opens it at start when no other database is named on the command line or in DOCKET_DATABASE; empty means the standard file shown. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this computer writes the daily backups, named docket-YYYYMMDD-HHMMSS.db. Whether they are made and how many are kept are shop settings. File → Back Up… makes one any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: the shop settings are in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only. These settings are the same for everyone who works on %1. Changing them needs the right “%2”, which your role (%3) does not have; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are the same for everyone who works on %1 and for docketctl. Each change is recorded in the security log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: choose a folder for the daily backups on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s currency (%1) until the first price is entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ShipDialog</name>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put at least one line in the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ShipmentFileDialog</name>
    <message>
        <source>Import Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file a warehouse hands back: one row per parcel with the order number, the carrier and the tracking number (a header row is optional). Each order ships every line it has left. Nothing ships until every row reads without a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be shipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) in the file, no problems. Ready to ship.</source>
        <translation>
            <numerusform>%n parcel in the file, no problems. Ready to ship.</numerusform>
            <numerusform>%n parcels in the file, no problems. Ready to ship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (in red below); nothing can be shipped until they are fixed in the file.</source>
        <translation>
            <numerusform>%n row with a problem (in red below); nothing can be shipped until it is fixed in the file.</numerusform>
            <numerusform>%n rows with a problem (in red below); nothing can be shipped until they are fixed in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not ship orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shipping %n order(s)…</source>
        <translation>
            <numerusform>Shipping %n order…</numerusform>
            <numerusform>Shipping %n orders…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was shipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is shipping; it ships whole or not at all. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Tracking Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier&apos;s export of tracking events, one event per row under the header %1. The time carries its zone (2026-12-05T10:00:00+08:00); the status &quot;delivered&quot; marks the parcel delivered. Events already recorded are not added again. Nothing is imported until every row reads without a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded already; not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the parcel delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no tracking events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tracking event(s) in the file, no problems.</source>
        <translation>
            <numerusform>%n tracking event in the file, no problems.</numerusform>
            <numerusform>%n tracking events in the file, no problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are recorded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them will be added.</source>
        <translation>
            <numerusform>%n of them will be added.</numerusform>
            <numerusform>%n of them will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem (in red below); nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n row with a problem (in red below); nothing can be imported until it is fixed in the file.</numerusform>
            <numerusform>%n rows with a problem (in red below); nothing can be imported until they are fixed in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not record tracking events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n tracking event(s)…</source>
        <translation>
            <numerusform>Importing %n tracking event…</numerusform>
            <numerusform>Importing %n tracking events…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is being imported; it goes in whole or not at all. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ShopListEditor</name>
    <message>
        <source>No pattern: any tracking number is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking number must match %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid pattern: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label shown to clerks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; stored with each payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the built-in name, in each clerk&apos;s language (grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery: the order may ship before it is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered for new payments; an inactive method still names the payments made with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; stored with each shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression a tracking number must match, such as JD[0-9A-Z]{11,18}; empty: any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking page, with {number} where the number goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::StartStocktakeDialog</name>
    <message>
        <source>Start a Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: every product stocked there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs separated by commas or spaces, to count only those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these &amp;SKUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::StockAnalyticsView</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest days of cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most lost to backorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roducts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret&amp;urns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock value and units on hand are now; the rest is the chosen period, from the ledger&apos;s daily summaries (&quot;docketctl stock verify&quot; proves them equal to the ledger). Days of cover: the units on hand at the period&apos;s shipping rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) on hand</source>
        <translation>
            <numerusform>%Ln unit on hand</numerusform>
            <numerusform>%Ln units on hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) shipped</source>
        <translation>
            <numerusform>%Ln unit shipped</numerusform>
            <numerusform>%Ln units shipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) short</source>
        <translation>
            <numerusform>%Ln unit short</numerusform>
            <numerusform>%Ln units short</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock by product: the first %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by product (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns by product, highest rate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns by channel, highest rate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln unit(s))</source>
        <translation>
            <numerusform>%1 (%Ln unit)</numerusform>
            <numerusform>%1 (%Ln units)</numerusform>
        </translation>
    </message>
    <message>
        <source>What shipped in the period at cost, divided by the stock&apos;s value at cost now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days the units on hand last at the period&apos;s shipping rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost ÷ value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at this pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost to backorders, at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost at cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::StockChangeDialog</name>
    <message>
        <source>Receive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the Stock of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note or purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the stock is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged, lost, expired…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On hand is now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active warehouse yet: add one under Warehouses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 on hand, %L2 reserved, %L3 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::StockPage</name>
    <message>
        <source>&amp;Stocktakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units that came in or went out since the line was counted (or, uncounted, since the count started): they are not a variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a SKU on the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Scanner File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post Variances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stocktake yet. Start a count for a warehouse: enter what is on the shelves by hand or import a scanner&apos;s file, then post the variances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what is on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 — %3. %L4 of %L5 lines counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting adds %L1 and takes away %L2 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some counts you typed are not saved yet. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln count(s).</source>
        <translation>
            <numerusform>Saved %Ln count.</numerusform>
            <numerusform>Saved %Ln counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Counted Quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import the Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln count(s).</source>
        <translation>
            <numerusform>Imported %Ln count.</numerusform>
            <numerusform>Imported %Ln counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the variances of stocktake %1 to the stock? Each counted line becomes a movement; lines not counted stay as they are. This cannot be undone, only corrected by another count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: %Ln line(s) changed the stock.</source>
        <translation>
            <numerusform>Stocktake %1 posted: %Ln line changed the stock.</numerusform>
            <numerusform>Stocktake %1 posted: %Ln lines changed the stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Post the Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stocktake %1? Its counts are kept for reference but never posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Cancel the Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units leave the source warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units arrive; type in Received what did, if not all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer yet. A transfer moves stock between warehouses: draft, sent (the units leave), received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1: %L2 units from %3 to %4 — %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 drafted; send it when the goods leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 is in transit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Send the Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Receive the Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Cancel the Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of stock is a row here; the figures on the catalogue page are their sums. The latest 500 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stocktake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::TrackingEventDialog</name>
    <message>
        <source>Add a tracking event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the carrier says, e.g. &quot;Out for delivery&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::UndoConflictDialog</name>
    <message numerus="yes">
        <source>%Ln Order(s) Changed Since</source>
        <translation>
            <numerusform>%Ln Order Changed Since</numerusform>
            <numerusform>%Ln Orders Changed Since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo “%1”: %Ln of the %2 orders were changed since. Taking them back would overwrite those changes.</source>
        <translation>
            <numerusform>Undo “%1”: %Ln of the %2 orders was changed since. Taking it back would overwrite that change.</numerusform>
            <numerusform>Undo “%1”: %Ln of the %2 orders were changed since. Taking them back would overwrite those changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the others to take back the %Ln order(s) nobody changed and leave these as they are now. Undo Nothing changes nothing, and the step leaves the undo list.</source>
        <translation>
            <numerusform>Undo the others to take back the %Ln order nobody changed and leave these as they are now. Undo Nothing changes nothing, and the step leaves the undo list.</numerusform>
            <numerusform>Undo the others to take back the %Ln orders nobody changed and leave these as they are now. Undo Nothing changes nothing, and the step leaves the undo list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the &amp;Other %Ln</source>
        <translation>
            <numerusform>Undo the &amp;Other %Ln</numerusform>
            <numerusform>Undo the &amp;Other %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the orders is still as the step left it, so nothing can be taken back. Nothing was changed, and the step leaves the undo list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redo “%1”: %Ln of the %2 orders were changed since. Doing it again would overwrite those changes.</source>
        <translation>
            <numerusform>Redo “%1”: %Ln of the %2 orders was changed since. Doing it again would overwrite that change.</numerusform>
            <numerusform>Redo “%1”: %Ln of the %2 orders were changed since. Doing it again would overwrite those changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redo the others to do it again for the %Ln order(s) nobody changed and leave these as they are now. Redo Nothing changes nothing, and the step leaves the redo list.</source>
        <translation>
            <numerusform>Redo the others to do it again for the %Ln order nobody changed and leave these as they are now. Redo Nothing changes nothing, and the step leaves the redo list.</numerusform>
            <numerusform>Redo the others to do it again for the %Ln orders nobody changed and leave these as they are now. Redo Nothing changes nothing, and the step leaves the redo list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redo the &amp;Other %Ln</source>
        <translation>
            <numerusform>Redo the &amp;Other %Ln</numerusform>
            <numerusform>Redo the &amp;Other %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo &amp;Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the orders is still as the undo left it, so nothing can be done again. Nothing was changed, and the step leaves the redo list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::ViewsPanel</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a view to show it; Ctrl+1 to Ctrl+9 show the first nine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Vie&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the list&apos;s filter, sort and columns under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with a Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More view actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, shared with the role %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view (an existing view of yours with this name is replaced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;? The orders stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (only me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with this role sees &quot;%1&quot; in their views:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::WarehouseDialog</name>
    <message>
        <source>Edit Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::WarehousesDialog</name>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where each sales channel&apos;s orders reserve and ship from&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel without a warehouse does not track stock: its orders reserve nothing and are never backordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock tracking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docket::WebhookLogView</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (gave up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docket-gateway sends each event to the addresses subscribed to it, signed, and tries again with growing pauses when an address does not answer. Subscriptions are added with docketctl webhook add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of the selected subscription, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docketctl</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt the analytics summaries from %L1 orders in %L2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics summaries match the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;docketctl analytics rebuild&quot; to repair them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;analytics %1&quot;; use rebuild or verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --from and --to (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tz: &quot;%1&quot; is not a time zone; use an IANA name such as Asia/Shanghai or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--granularity: use day, week or month, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare: use previous, last-year or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: use csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--section: &quot;%1&quot; is not one of all, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given: set DOCKET_PASSWORD or run docketctl on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no users yet, so nobody may read or change its orders. Create the first administrator with: docketctl user add NAME --admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has user accounts: sign in with --user NAME (the password comes from DOCKET_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;role %1&quot;; use &quot;role list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new user: docketctl user add NAME --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin and --role %1 contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user must be an administrator: add --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator sees all orders; leave out --scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the first administrator %1. Sign in with --user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new user a role with --role ROLE (see &quot;docketctl role list&quot;) or --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 with the role %2; sees: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user NAME to change your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user: docketctl user %1 NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role and --scope go with &quot;user set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to set: --role ROLE and/or --scope SCOPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the role %2; sees: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1; the account can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a user command: add, list, set, disable, enable, unlock, reset-password or passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;user %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file: docketctl backup PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup to restore: docketctl restore PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 orders, schema version %4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the Docket schema (version %1) in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 already holds a Docket database (schema version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: %1 (%2 invalid, %3 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 orders with %2 lines, %3 customers and %4 products in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the order number to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 &lt;%2&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to: %1, %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1   Channel: %2   Created: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: %1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason with --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalidating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;orders %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one archive id (see &quot;archive list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;archive %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docketctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;docketctl --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) seen.</source>
        <translation>
            <numerusform>Marked %Ln order seen.</numerusform>
            <numerusform>Marked %Ln orders seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) invalid.</source>
        <translation>
            <numerusform>Marked %Ln order invalid.</numerusform>
            <numerusform>Marked %Ln orders invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln order(s) valid again.</source>
        <translation>
            <numerusform>Marked %Ln order valid again.</numerusform>
            <numerusform>Marked %Ln orders valid again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln invalid order(s) to the archive.</source>
        <translation>
            <numerusform>Moved %Ln invalid order to the archive.</numerusform>
            <numerusform>Moved %Ln invalid orders to the archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>  user add NAME --role ROLE [--scope all|own|channels:CODE,CODE]
           [--display-name TEXT] add a user (password from DOCKET_NEW_PASSWORD
                                 or a prompt)
  user add NAME --admin          an administrator; on a database without users,
                                 the first one (DOCKET_PASSWORD also works)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user list                      users with role, scope and state
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user set NAME [--role ROLE] [--scope SCOPE]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user disable NAME | user enable NAME | user unlock NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user reset-password NAME       set a new password for someone else
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user passwd                    change your own password
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  role list                      roles and their permissions
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  security-log [--about NAME] [--kind KIND] [--from DATE] [--to DATE] [--limit N]
                                 sign-ins, lockouts and changes of rights
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report --from YYYY-MM-DD --to YYYY-MM-DD [--granularity day|week|month]
         [--format csv|json] [--tz ZONE] [--compare previous|last-year|none]
         [--channel CODE[,CODE]] [--status CODE[,CODE]] [--section NAME|all]
                                 sales figures (the analytics page&apos;s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  analytics rebuild | verify     rebuild or check the analytics summaries
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  archive restore ID...          put archived orders back
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  backup PATH                    consistent copy of the live SQLite database
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  restore PATH                   check a backup, keep the database as .bak,
                                 and replace it with the backup
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  db info                        schema version and counts
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  db init                        create the schema in a new SQLite file or an
                                 empty PostgreSQL database
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  db migrate                     apply pending migrations
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orders list [FILTERS] [--limit N] [--sort COLUMN] [--asc|--desc] [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orders count [FILTERS]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orders show NUMBER [--json]    one order with lines and its audit trail
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one setting: settings get KEY (see &quot;settings list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give keys and values in pairs: settings set KEY VALUE [KEY VALUE...]. Write a line break in an address as \n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) changed.</source>
        <translation>
            <numerusform>%n setting changed.</numerusform>
            <numerusform>%n settings changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the settings to reset: settings reset KEY...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) back to the default.</source>
        <translation>
            <numerusform>%n setting back to the default.</numerusform>
            <numerusform>%n settings back to the default.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;settings %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  settings list [--json]          the shop settings (every desk uses the same)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  settings get KEY
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  settings set KEY VALUE...       needs &quot;change settings&quot;; audited
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  settings reset KEY...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shop setting called &quot;%1&quot;; the settings are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: standby (read-only, in recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay delay: %1 since the last replayed commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standbys: none streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby %1 at %2: %3, replay lag %4, %5 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size: %1 (%2 pages of %3 bytes, %4 free); write-ahead log %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 rows (estimated), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions: none (no partitioned tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions: %1 has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL archiving: archive_mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last segment %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: unknown (name the backup folder with --backups DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: none in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  db status [--backups DIR] [--tables N]
                                 primary or standby, replication lag, sizes,
                                 partitions, WAL archiving, last backup
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create a Docket database there, run: docketctl --database %1 db init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an order number or its beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keyword: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the orders: order numbers, --from-file FILE, or filters (see FILTERS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) seen; nothing was changed (dry run).</source>
        <translation>
            <numerusform>Would mark %Ln order seen; nothing was changed (dry run).</numerusform>
            <numerusform>Would mark %Ln orders seen; nothing was changed (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) invalid; nothing was changed (dry run).</source>
        <translation>
            <numerusform>Would mark %Ln order invalid; nothing was changed (dry run).</numerusform>
            <numerusform>Would mark %Ln orders invalid; nothing was changed (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would mark %Ln order(s) valid again; nothing was changed (dry run).</source>
        <translation>
            <numerusform>Would mark %Ln order valid again; nothing was changed (dry run).</numerusform>
            <numerusform>Would mark %Ln orders valid again; nothing was changed (dry run).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revalidating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of the %L2 orders are not marked invalid: the delete would refuse them all (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would move %Ln invalid order(s) to the archive; nothing was changed (dry run).</source>
        <translation>
            <numerusform>Would move %Ln invalid order to the archive; nothing was changed (dry run).</numerusform>
            <numerusform>Would move %Ln invalid orders to the archive; nothing was changed (dry run).</numerusform>
        </translation>
    </message>
    <message>
        <source>  orders mark-seen ORDERS | --all [--dry-run]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orders invalidate ORDERS --reason TEXT [--dry-run]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orders revalidate ORDERS [--dry-run]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orders delete ORDERS [--dry-run]  only invalid orders; moves them to the archive
  orders delete --all-invalid    every invalid order in scope
    ORDERS: order numbers, and/or --from-file FILE (one number a line, - for
    standard input), and/or FILTERS (all the orders they select; with numbers,
    those of them the filters select). --dry-run prints how many would change.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docketctl: log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docketctl: %1 (giving up after %L2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docketctl: details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new status with --to STATUS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: unknown status &quot;%1&quot; (one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln order(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Moved %Ln order to &quot;%1&quot;.</numerusform>
            <numerusform>Moved %Ln orders to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the user with --to USER, or unassign with --nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: name a user (or unassign with --nobody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %Ln order(s).</source>
        <translation>
            <numerusform>Unassigned %Ln order.</numerusform>
            <numerusform>Unassigned %Ln orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln order(s) to %1.</source>
        <translation>
            <numerusform>Assigned %Ln order to %1.</numerusform>
            <numerusform>Assigned %Ln orders to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>  orders status NUMBER... --to STATUS [--note TEXT]
                                 through the workflow; all or nothing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orders assign NUMBER... --to USER | --nobody
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the key and its role: docketctl apikey create NAME --role ROLE [--scope all|own|channels:web,...] [--rate N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the API key %1 (role %2, scope %3, %4 calls a minute). It is shown this once; keep it where the other system keeps its secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the key to revoke: docketctl apikey revoke NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the API key %1; the gateway refuses it within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SKUs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the channel: docketctl intake channel set CHANNEL [--secret TEXT | --generate-secret] [--unknown-sku refuse|unlinked].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --secret or --generate-secret, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel %1 takes signed WooCommerce webhooks at /webhooks/woocommerce/%1 (unknown SKUs: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret, shown this once (paste it into WooCommerce&apos;s webhook settings):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel %1 takes no webhooks any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docketctl intake channel set|list|remove ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the receiver&apos;s address: docketctl webhook add URL [--events KIND,...] [--secret TEXT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1: %2 gets %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its signing secret, shown this once (X-Docket-Signature is sha256=HMAC-SHA256 of the body with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending, %2 delivered, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the webhook&apos;s number (see docketctl webhook list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 removed; what it had not received is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account: docketctl service-account create NAME (its password from $DOCKET_NEW_PASSWORD or typed twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the service account %1. Start the gateway with --database postgresql://%1@HOST/DB (its password in $DOCKET_DATABASE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  apikey create NAME --role ROLE [--scope SCOPE] [--rate N]
                                  an API key for the gateway (shown once)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  apikey list | revoke NAME | calls [NAME]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  intake channel set CHANNEL [--secret S|--generate-secret]
         [--unknown-sku refuse|unlinked]   a channel&apos;s webhook secret
  intake channel list | remove CHANNEL
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  intake log [--channel C] [--limit N]   refused orders
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  webhook add URL [--events KIND,...] [--secret S]
  webhook list [--all] | remove ID | log ID
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  service-account create NAME     PostgreSQL: the gateway&apos;s own login
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported.</numerusform>
            <numerusform>%n problems in %1; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) read from %1, no problems (nothing imported: --dry-run).</source>
        <translation>
            <numerusform>%n order read from %1, no problems (nothing imported: --dry-run).</numerusform>
            <numerusform>%n orders read from %1, no problems (nothing imported: --dry-run).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged, %5 left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file and its channel: docketctl import orders FILE --channel CHANNEL [--unknown-sku refuse|unlinked] [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...] [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import orders FILE --channel C [--unknown-sku refuse|unlinked]
         [--map FIELD=HEADER,...] [--status-map WORD=STATUS,...]
         [--dry-run]   orders from a CSV export or a JSON list, all or nothing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: one of requested, approved, rejected, received, closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	[overdue]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: one of defective, wrong_item, not_as_described, damaged, changed_mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns create ORDER_NUMBER SKU QTY [SKU QTY...] --reason REASON [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 requested for order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns approve ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns reject ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns receive ID --restock CODE [--write-off LINE,...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the warehouse the goods go back to: --restock CODE (or write every line off with --write-off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 received: %2 of %3 line(s) restocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns close ID --refund AMOUNT | --exchange | --repair --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one resolution: --refund AMOUNT, --exchange or --repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 closed: replacement order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 closed: repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refund: &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 closed: %2 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback add ORDER_NUMBER --rating 1-5 COMMENT | --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rating: a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  returns list [--open] [--overdue] [--state STATE] [--order NUMBER]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  returns create NUMBER SKU QTY [SKU QTY...] --reason REASON [--note TEXT]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  returns approve ID | reject ID --reason TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  returns receive ID --restock CODE [--write-off LINE,...]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  returns close ID --refund AMOUNT | --exchange | --repair --note TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  feedback add NUMBER --rating 1-5 COMMENT | --note TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %L3 to %L4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the warehouse: %1 CODE (see &quot;warehouses list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give SKUs and quantities in pairs: SKU QTY [SKU QTY...].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	[low]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	[inactive]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 products shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file: products import FILE.csv (&quot;-&quot; reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row has problems; nothing was imported.</numerusform>
            <numerusform>%n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would add %L1 products and change %L2 (%L3 unchanged); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %L1 products and changed %L2 (%L3 unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--price: &quot;%1&quot; is not an amount such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cost: &quot;%1&quot; is not an amount such as 7.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products add SKU NAME [--price P] [--cost C] [--safety-stock N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouses add CODE NAME [--address TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added warehouse %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouses channel CHANNEL CODE (&quot;none&quot;: the channel stops tracking stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of %1 reserve in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of %1 no longer track stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU	on hand	reserved	available	backordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 products below their safety stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %L1 units into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason: --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %L3 on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock adjust --warehouse CODE SKU ON_HAND --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %L3 on hand (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock figures equal the ledger: %L1 movements, %L2 stock rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock figures differ from the ledger (see above). &quot;stock rebuild&quot;, run by an administrator, recomputes them from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock figures were recomputed from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %L1 warehouses and %L2 products, gave %L3 products a cost, received %L4 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 started: %L3 lines to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stocktake show ID [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 of %2, %3: %L4 of %L5 lines counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU	expected	counted	variance	moved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stocktake import ID FILE.csv (&quot;sku,counted&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) counted.</source>
        <translation>
            <numerusform>%n line counted.</numerusform>
            <numerusform>%n lines counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>stocktake count ID SKU COUNTED [SKU COUNTED...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stocktake post ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 posted: %n line(s) changed the stock.</source>
        <translation>
            <numerusform>Stocktake %1 posted: %n line changed the stock.</numerusform>
            <numerusform>Stocktake %1 posted: %n lines changed the stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>stocktake cancel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3 drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer send ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 is in transit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer receive ID [SKU RECEIVED...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transfer %1 received, %n unit(s) short.</source>
        <translation>
            <numerusform>Transfer %1 received, %n unit short.</numerusform>
            <numerusform>Transfer %1 received, %n units short.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer %1 received in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  products list [--search TEXT] [--low] [--backordered] [--warehouse CODE]
                [--inactive|--all] [--limit N] [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  products add SKU NAME [--price P] [--cost C] [--safety-stock N]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  products import FILE.csv [--dry-run]  sku,name,price,cost,safety_stock,active; all or nothing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  products export [FILE.csv] [--search TEXT] [--low]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warehouses list
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warehouses add CODE NAME [--address TEXT]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warehouses channel CHANNEL CODE|none  where a channel&apos;s orders reserve
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stock list [--sku SKU | --warehouse CODE --low ...]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stock receive --warehouse CODE SKU QTY [SKU QTY...] [--note TEXT]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stock adjust --warehouse CODE SKU ON_HAND --reason TEXT
  stock adjust --warehouse CODE --write-off QTY SKU --reason TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stock movements [--sku SKU] [--warehouse CODE] [--limit N]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stock verify                    proves the stock figures equal the ledger
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stock rebuild
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stocktake start --warehouse CODE [--sku SKU,...] [--note TEXT]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stocktake list [--open]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stocktake show ID [--all]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stocktake count ID SKU COUNTED [SKU COUNTED...]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stocktake import ID FILE.csv     a scanner&apos;s &quot;sku,counted&quot; file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stocktake post ID | cancel ID
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  transfer create --from CODE --to CODE SKU QTY [SKU QTY...] [--note TEXT]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  transfer list [--open]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  transfer send ID
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  transfer receive ID [SKU RECEIVED...]  what did not arrive is recorded short
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  seed --orders N [--seed S]     add N realistic demo orders; with
       [--fulfilment K]          --fulfilment K the youngest K get payments,
                                 shipments, refunds, and a few new ones
                                 wait in review
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the order by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lines takes LINE:QUANTITY pairs such as 1:2,3:1; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lines names no line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments add NUMBER METHOD AMOUNT [--reference REF] [--pending]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 recorded; %2 of %3 paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund #%1	%2	-%3	to payment #%4	%5	%6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund NUMBER PAYMENT (AMOUNT | --lines LINE:QTY,...) --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund #%1 recorded; %2 of %3 paid now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was shipped.</source>
        <translation>
            <numerusform>%n row has problems; nothing was shipped.</numerusform>
            <numerusform>%n rows have problems; nothing was shipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would ship.</source>
        <translation>
            <numerusform>%n row would ship.</numerusform>
            <numerusform>%n rows would ship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) recorded.</source>
        <translation>
            <numerusform>%n shipment recorded.</numerusform>
            <numerusform>%n shipments recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>ship NUMBER CARRIER [TRACKING] [--lines LINE:QTY,...] | ship --csv FILE [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment #%1 recorded; order %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a time such as 2024-06-15T14:30 (local) or 2024-06-15T12:30Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking event #%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment #%1 is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) await review.</source>
        <translation>
            <numerusform>%n order awaits review.</numerusform>
            <numerusform>%n orders await review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %n order(s).</source>
        <translation>
            <numerusform>Approved %n order.</numerusform>
            <numerusform>Approved %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n order(s); they are marked invalid.</source>
        <translation>
            <numerusform>Rejected %n order; it is marked invalid.</numerusform>
            <numerusform>Rejected %n orders; they are marked invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule set version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules set RULE on|off | RULE SETTING VALUE... [--note TEXT] (see &quot;rules list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review rules are at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n order(s) unpaid past their time limit.</source>
        <translation>
            <numerusform>Cancelled %n order unpaid past its time limit.</numerusform>
            <numerusform>Cancelled %n orders unpaid past their time limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments, refunds and shipments agree with every order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>  payments add NUMBER METHOD AMOUNT [--reference REF] [--pending]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  payments list NUMBER [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  payments capture|fail|void PAYMENT   a pending payment
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  refund NUMBER PAYMENT AMOUNT|--lines LINE:QTY,... --reason TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ship NUMBER CARRIER [TRACKING] [--lines LINE:QTY,...]
  ship --csv FILE [--dry-run]    number,carrier,tracking a row; all or nothing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  review list [--limit N] [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  review approve NUMBER...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  review reject NUMBER... --reason TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rules list [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rules set RULE on|off | RULE SETTING VALUE [--note TEXT]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  jobs run                       cancels orders unpaid past their limit (when on)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  records verify                 paid and shipped figures against their records
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is neither product nor channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at cost: %1 (%L2 units on hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): %L1 units shipped, %2 at cost.</source>
        <translation>
            <numerusform>Last %n day: %L1 units shipped, %2 at cost.</numerusform>
            <numerusform>Last %n days: %L1 units shipped, %2 at cost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnover: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of cover: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stock analytics [--days N] [--by product|channel] [--top N]  stock value, turnover, lost sales, return rates
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due: &quot;%1&quot; is neither &quot;overdue&quot; (past the deadline of the step) nor &quot;soon&quot; (due within 24 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax (%1%): %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost to backorders: %L1 units, %2 at cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  archive list [--number PREFIX] [--keyword TEXT] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
                                 customer words and order dates as in orders list
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %L1 returns (%L2 open past their deadline) and feedback on %L3 orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stock seed [--products N] [--warehouses W] [--seed S]  demo warehouses, products and stock,
             [--returns N] [--feedback N]  returns in every state, feedback
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track add SHIPMENT|CARRIER TRACKING --text STATUS [--place PLACE] [--at TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track delivered SHIPMENT|CARRIER TRACKING [--at TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track import FILE [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  track add SHIPMENT|CARRIER TRACKING --text STATUS [--place PLACE] [--at TIME]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  track delivered SHIPMENT|CARRIER TRACKING [--at TIME]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  track import FILE [--dry-run] [--json]   a carrier&apos;s CSV: carrier,tracking_number,time,place,status
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1	%2	%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first version of the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rules history [--limit N] [--json]   every version, with what it changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tracking event(s)</source>
        <translation>
            <numerusform>%n tracking event</numerusform>
            <numerusform>%n tracking events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be added, %L2 there already, %3 delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %L2 there already, %3 delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Docket order desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en, zh_CN, zh_TW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SQLite file read-only (nothing can be changed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
