<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a XinAn backup, or its header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of XinAn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is incomplete (it is shorter or longer than it says); it may have been cut off while being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its contents do not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup %1 failed: the device was removed. The database was not changed; nothing was left at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup %1 failed: %2. The database was not changed; nothing was left at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written to %1 did not read back correctly (%2), so it was deleted. Try another disk or USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key slots do not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the restored database at %1; the current database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The school database file (NAME.xinan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose password is asked (may be left out when there is only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the recovery key instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checked backup of the database to one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to create (for example on a USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 bytes of database). It opens with the recovery key or the password of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a database from a backup. The current database, if any, is kept aside, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to put the restored database (NAME.xinan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose password (as of the backup) is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 made on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup carries several accounts (%1); name one with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored and checked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database that was there before was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are those of the backup&apos;s accounts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database: SQLite&apos;s integrity check and XinAn&apos;s own checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged. Restore it from a backup (xinan-cli restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; print it or copy it by hand and lock it away).
It opens the database if every password is forgotten or the key file is lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, encrypted school database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小学, 初中, 高中, 九年一贯制, 完全中学, 十二年一贯制 or 中职.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city or prefecture (市/州).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county or district (县/区).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 with the account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts that can open a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;xinan-cli users add&quot; or &quot;xinan-cli users list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account with its own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing account that authorises the change (needed when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an account&apos;s password (the database itself is not rewritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account (may be left out when there is only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database with its recovery key and set a new password for an account. Works when the key file is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose password is set (may be left out when the key file names only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account whose password should be set with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 was missing or damaged and has been recreated; other accounts must be added again with &quot;xinan-cli users add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database filled with a synthetic demonstration school (no real person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many students (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default 2026); the same seed gives the same school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account&apos;s name (default demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demonstration database %1 with %2 synthetic students; account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XinAn %1, the school counselling office&apos;s encrypted records.
Usage: xinan-cli COMMAND [options]   (xinan-cli COMMAND --help shows a command&apos;s options)

Commands:
  init       create a new school database
  users      add or list accounts (users add, users list)
  passwd     change an account&apos;s password
  recover    set a new password with the recovery key
  backup     write a checked backup file
  restore    restore a database from a backup
  verify     check a database for damage
  demo       create a database with a synthetic demonstration school

Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong password or recovery key,
4 database damaged or not a XinAn database, 5 input rejected (nothing written).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Read passwords and keys from standard input, one per line, in the order they are asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;xinan-cli %1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;xinan-cli %2 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required. Run &quot;xinan-cli %2 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a XinAn database. XinAn refuses to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a XinAn database (the file is empty or too short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key could not be set on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XinAn build is not linked with SQLCipher; it refuses to write unencrypted data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with this key: the database is damaged or is not a XinAn database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another XinAn window or program; try again after closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused by the database&apos;s rules (%1); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write %1 (%2). Check that the disk or USB stick is still attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of demo students must be between 0 and 200000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>Not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name must be 1 to 32 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; contains a space or a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a XinAn key file. The database can still be opened with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of XinAn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this database. Accounts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 was written by a newer version of XinAn (schema %2; this version knows up to %3). Please update XinAn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>This is not a recovery key: it should be nine groups of five letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake (its check group does not match). Please compare it with the printed key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing. Open the database with its recovery key to set a new password (xinan-cli recover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has several accounts (%1); name one with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Open the database with its recovery key (xinan-cli recover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or does not belong to this key file (its header does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header does not match its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolRepository</name>
    <message>
        <source>The database %1 has no school record; it is damaged or not a XinAn database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown school type &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The two passwords do not match; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before &quot;%1&quot; was given (--password-stdin reads one secret per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for &quot;%1&quot;; pass secrets on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Student</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-parent family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan or de facto unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family financial hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number (学籍号) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number (学籍号) &quot;%1&quot; must be 6 to 30 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is longer than 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 is not a grade XinAn knows (primary 1 to vocational 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 is not plausible for a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; is longer than 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown special circumstances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 4 guardians can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian %1: name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian %1: phone number &quot;%2&quot; should contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentRepository</name>
    <message>
        <source>Student %1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number (学籍号) %1 is already used by another student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>File header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, header matches the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header does not match the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all references valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broken references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 students, %2 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file belongs to another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slots for unknown accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
