<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AutoBackup</name>
    <message>
        <source>The backup folder %1 is not there. If it is on a USB stick or a network drive, plug it in or connect it, then back up with File → Back up…; or choose another folder in File → Settings…</source>
        <translation>找不到备份文件夹 %1。如果它在 U 盘或网络驱动器上，请插好 U 盘或连接网络驱动器，再用“文件 → 备份…”备份；也可以在“文件 → 设置…”中另选一个文件夹。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. Choose another folder in File → Settings…</source>
        <translation>无法创建备份文件夹 %1。请在“文件 → 设置…”中另选一个文件夹。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a XinAn backup, or its header is damaged.</source>
        <translation>%1 不是心安备份文件，或其文件头已损坏。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of XinAn.</source>
        <translation>%1 由更高版本的心安生成。</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete (it is shorter or longer than it says); it may have been cut off while being written.</source>
        <translation>备份 %1 不完整（实际长度与其记录的长度不符），可能在写入时被中断。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its contents do not match its checksum.</source>
        <translation>备份 %1 已损坏：内容与校验和不符。</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>备份 %1 未通过校验：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 已存在，请为备份另取一个文件名。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Writing the backup %1 failed: the device was removed. The database was not changed; nothing was left at %1.</source>
        <translation>写入备份 %1 失败：设备已被拔出。数据库未作任何更改，%1 处也没有留下任何文件。</translation>
    </message>
    <message>
        <source>Writing the backup %1 failed: %2. The database was not changed; nothing was left at %1.</source>
        <translation>写入备份 %1 失败：%2。数据库未作任何更改，%1 处也没有留下任何文件。</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2. The database was not changed.</source>
        <translation>无法创建备份 %1：%2。数据库未作任何更改。</translation>
    </message>
    <message>
        <source>The backup written to %1 did not read back correctly (%2), so it was deleted. Try another disk or USB stick.</source>
        <translation>写入 %1 的备份回读校验失败（%2），已将其删除。请换一个磁盘或 U 盘再试。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to the backup %1.</source>
        <translation>此恢复密钥不属于备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key slots do not match it.</source>
        <translation>备份 %1 已损坏：其密钥槽与备份内容不符。</translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; nothing was changed.</source>
        <translation>无法将当前数据库 %1 移开保留，未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot put the restored database at %1; the current database was left as it was.</source>
        <translation>无法将恢复出的数据库放到 %1，当前数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The school database file (NAME.xinan).</source>
        <translation>学校数据库文件（NAME.xinan）。</translation>
    </message>
    <message>
        <source>The account whose password is asked (may be left out when there is only one).</source>
        <translation>要输入其密码的账户（只有一个账户时可省略）。</translation>
    </message>
    <message>
        <source>Ask for the recovery key instead of a password.</source>
        <translation>改用恢复密钥代替密码。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Write a checked backup of the database to one file.</source>
        <translation>将数据库写成一个经过校验的备份文件。</translation>
    </message>
    <message>
        <source>The backup file to create (for example on a USB stick).</source>
        <translation>要创建的备份文件（例如存到 U 盘上）。</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 bytes of database). It opens with the recovery key or the password of: %3.</source>
        <translation>备份已写入并通过校验：%1（数据库 %2 字节）。可用恢复密钥或以下账户的密码打开：%3。</translation>
    </message>
    <message>
        <source>Restore a database from a backup. The current database, if any, is kept aside, never deleted.</source>
        <translation>从备份恢复数据库。如已有当前数据库，会另行保留，绝不删除。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Where to put the restored database (NAME.xinan).</source>
        <translation>恢复出的数据库存放位置（NAME.xinan）。</translation>
    </message>
    <message>
        <source>The account whose password (as of the backup) is given.</source>
        <translation>所输入密码对应的账户（以备份时的账户和密码为准）。</translation>
    </message>
    <message>
        <source>Backup of %1 made on %2.</source>
        <translation>%1 的备份，创建于 %2。</translation>
    </message>
    <message>
        <source>Recovery key or password</source>
        <translation>恢复密钥或密码</translation>
    </message>
    <message>
        <source>The backup carries several accounts (%1); name one with --user.</source>
        <translation>该备份包含多个账户（%1），请用 --user 指定其中一个。</translation>
    </message>
    <message>
        <source>Restored and checked %1.</source>
        <translation>已从备份恢复 %1 并通过校验。</translation>
    </message>
    <message>
        <source>The database that was there before was kept as %1.</source>
        <translation>原有的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Passwords are those of the backup&apos;s accounts: %1.</source>
        <translation>密码以备份时各账户的密码为准：%1。</translation>
    </message>
    <message>
        <source>Check the database: SQLite&apos;s integrity check and XinAn&apos;s own checks.</source>
        <translation>校验数据库：SQLite 完整性检查以及心安自身的检查。</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>The database is damaged. Restore it from a backup (xinan-cli restore).</source>
        <translation>数据库已损坏。请从备份恢复（xinan-cli restore）。</translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation>%1 已存在；心安不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; print it or copy it by hand and lock it away).
It opens the database if every password is forgotten or the key file is lost:</source>
        <translation>恢复密钥（仅显示这一次；请打印或手抄下来，并锁好保管）。
即使忘记了所有密码或丢失了密钥文件，也能用它打开数据库：</translation>
    </message>
    <message>
        <source>Create a new, encrypted school database.</source>
        <translation>新建一个加密的学校数据库。</translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation>学校名称。</translation>
    </message>
    <message>
        <source>小学, 初中, 高中, 九年一贯制, 完全中学, 十二年一贯制 or 中职.</source>
        <translation>小学、初中、高中、九年一贯制、完全中学、十二年一贯制或中职。</translation>
    </message>
    <message>
        <source>The city or prefecture (市/州).</source>
        <translation>所在市/州。</translation>
    </message>
    <message>
        <source>The county or district (县/区).</source>
        <translation>所在县/区。</translation>
    </message>
    <message>
        <source>The first account&apos;s name.</source>
        <translation>第一个账户的名称。</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Created %1 for %2 with the account %3.</source>
        <translation>已为 %2 创建 %1，账户为 %3。</translation>
    </message>
    <message>
        <source>List the accounts that can open a database.</source>
        <translation>列出可以打开数据库的账户。</translation>
    </message>
    <message>
        <source>Use &quot;xinan-cli users add&quot; or &quot;xinan-cli users list&quot;.</source>
        <translation>请使用“xinan-cli users add”或“xinan-cli users list”。</translation>
    </message>
    <message>
        <source>Add an account with its own password.</source>
        <translation>添加一个有独立密码的账户。</translation>
    </message>
    <message>
        <source>The new account&apos;s name.</source>
        <translation>新账户的名称。</translation>
    </message>
    <message>
        <source>An existing account that authorises the change (needed when there are several).</source>
        <translation>授权此次更改的现有账户（有多个账户时必须指定）。</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>已添加账户 %1。</translation>
    </message>
    <message>
        <source>Change an account&apos;s password (the database itself is not rewritten).</source>
        <translation>修改账户密码（数据库本身不会重写）。</translation>
    </message>
    <message>
        <source>The account (may be left out when there is only one).</source>
        <translation>账户（只有一个账户时可省略）。</translation>
    </message>
    <message>
        <source>Current password for %1</source>
        <translation>%1 的当前密码</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Open a database with its recovery key and set a new password for an account. Works when the key file is lost.</source>
        <translation>用恢复密钥打开数据库，为某个账户设置新密码。密钥文件丢失时也可使用。</translation>
    </message>
    <message>
        <source>The account whose password is set (may be left out when the key file names only one).</source>
        <translation>要设置密码的账户（密钥文件中只有一个账户时可省略）。</translation>
    </message>
    <message>
        <source>Name the account whose password should be set with --user.</source>
        <translation>请用 --user 指定要设置密码的账户。</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>已设置 %1 的密码。</translation>
    </message>
    <message>
        <source>The key file %1 was missing or damaged and has been recreated; other accounts must be added again with &quot;xinan-cli users add&quot;.</source>
        <translation>密钥文件 %1 缺失或已损坏，现已重新创建；其他账户需用“xinan-cli users add”重新添加。</translation>
    </message>
    <message>
        <source>Create a new database filled with a synthetic demonstration school (no real person).</source>
        <translation>新建一个数据库，填入虚构的演示学校（不含任何真实人员）。</translation>
    </message>
    <message>
        <source>How many students (default 600).</source>
        <translation>学生人数（默认 600）。</translation>
    </message>
    <message>
        <source>Seed of the generator (default 2026); the same seed gives the same school.</source>
        <translation>生成器的随机种子（默认 2026）；相同的种子生成相同的学校。</translation>
    </message>
    <message>
        <source>The demo account&apos;s name (default demo).</source>
        <translation>演示账户的名称（默认 demo）。</translation>
    </message>
    <message>
        <source>Created the demonstration database %1 with %2 synthetic students; account %3.</source>
        <translation>已创建演示数据库 %1，含 %2 名虚构学生；账户为 %3。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Error: out of memory.</source>
        <translation>错误：内存不足。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>  %1  %2  %3 %4</source>
        <translation>  %1  %2  %3 %4</translation>
    </message>
    <message>
        <source>Import or update students from a roster (.xlsx, .csv or .txt from the student registry or a class list). Students are matched by their student number (学籍号). Usage: xinan-cli students import [options] ROSTER</source>
        <translation>从花名册导入或更新学生（学籍系统或班级名单导出的 .xlsx、.csv 或 .txt 文件）。按学籍号对应学生。用法：xinan-cli students import [options] ROSTER</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with problems (by default nothing is imported when any row has a problem).</source>
        <translation>只导入有效行，跳过有问题的行（默认只要有一行有问题，就什么都不导入）。</translation>
    </message>
    <message>
        <source>Only check the roster and show what would change; write nothing.</source>
        <translation>只检查花名册并显示将会有哪些变化，不写入任何内容。</translation>
    </message>
    <message>
        <source>Name exactly one roster file. Run &quot;xinan-cli students import --help&quot; for its options.</source>
        <translation>请指定且只指定一个花名册文件。运行“xinan-cli students import --help”查看选项。</translation>
    </message>
    <message numerus="yes">
        <source>Roster %1 (%2, %3): header on row %4, %n row(s) below it.</source>
        <translation>
            <numerusform>花名册 %1（%2，%3）：表头在第 %4 行，其下有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>  column %1 &quot;%2&quot;: %3</source>
        <translation>  第 %1 列“%2”：%3</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>New students: %1</source>
        <translation>新增学生：%1</translation>
    </message>
    <message>
        <source>Changed students: %1</source>
        <translation>有变化的学生：%1</translation>
    </message>
    <message>
        <source>Unchanged students: %1</source>
        <translation>无变化的学生：%1</translation>
    </message>
    <message>
        <source>Enrolled students missing from the roster (left as they are): %1</source>
        <translation>名单中没有的在读学生（保持不变）：%1</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … 另有 %1 名。</translation>
    </message>
    <message>
        <source>Rows with problems: %1</source>
        <translation>有问题的行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the roster have problems; nothing was imported. Correct them in the file, or use --skip-invalid to import only the valid rows.</source>
        <translation>
            <numerusform>花名册中有 %n 行有问题，未导入任何内容。请在文件中改正，或使用 --skip-invalid 只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 row(s) skipped.</source>
        <translation>导入完成：新增 %1 名，更新 %2 名，无变化 %3 名，跳过 %4 行。</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>特殊情况</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s).</source>
        <translation>
            <numerusform>共 %n 名学生。</numerusform>
        </translation>
    </message>
    <message>
        <source>List students, optionally filtered by a search (name, pinyin, pinyin initials or student number), a grade or a class.</source>
        <translation>列出学生，可按搜索内容（姓名、拼音、拼音首字母或学籍号）、年级或班级筛选。</translation>
    </message>
    <message>
        <source>Text to look for in the name, its pinyin or initials (zs for 张三), or the student number.</source>
        <translation>要在姓名、姓名拼音或首字母（如 zs 表示张三）或学籍号中查找的文字。</translation>
    </message>
    <message>
        <source>Only this grade: 1 to 15, or a name such as 三年级, 初一, 高二.</source>
        <translation>只列出此年级：1 到 15，或年级名称，如三年级、初一、高二。</translation>
    </message>
    <message>
        <source>Only this class, such as 3班.</source>
        <translation>只列出此班级，如 3班。</translation>
    </message>
    <message>
        <source>table (default), csv (UTF-8 with BOM, for Excel) or json.</source>
        <translation>table（默认）、csv（带 BOM 的 UTF-8，供 Excel 使用）或 json。</translation>
    </message>
    <message>
        <source>--grade must be a grade from 1 to 15 or a name such as 三年级, 初一 or 高二, not &quot;%1&quot;.</source>
        <translation>--grade 必须是 1 到 15 的年级或年级名称（如三年级、初一或高二），不能是“%1”。</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format 必须是 table、csv 或 json，不能是“%1”。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli students import [options] ROSTER
       xinan-cli students list [options]
(xinan-cli students import --help and xinan-cli students list --help show the options.)</source>
        <translation>用法：xinan-cli students import [options] ROSTER
      xinan-cli students list [options]
（xinan-cli students import --help 和 xinan-cli students list --help 显示各自的选项。）</translation>
    </message>
    <message>
        <source>Use &quot;students import&quot; or &quot;students list&quot;; run &quot;xinan-cli students --help&quot; for more.</source>
        <translation>请使用“students import”或“students list”；运行“xinan-cli students --help”了解更多。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>List the students at a risk level, most serious first (by default every student at yellow or above).</source>
        <translation>列出某一风险等级的学生，最严重的排在最前（默认列出黄色及以上的所有学生）。</translation>
    </message>
    <message>
        <source>Only the students at this level: red, orange or yellow.</source>
        <translation>只列出该等级的学生：red、orange 或 yellow。</translation>
    </message>
    <message>
        <source>--level must be red, orange or yellow, not &quot;%1&quot;.</source>
        <translation>--level 必须是 red、orange 或 yellow，不能是“%1”。</translation>
    </message>
    <message>
        <source>Change a student&apos;s risk level, with where the change comes from and why. A screening result never lowers a level: a counsellor confirms a lower level.</source>
        <translation>更改学生的风险等级，并注明变更来源和原因。心理测评结果不会降低风险等级：降级须由心理教师确认。</translation>
    </message>
    <message>
        <source>The student&apos;s student number (学籍号).</source>
        <translation>学生的学籍号。</translation>
    </message>
    <message>
        <source>The new level: green, yellow, orange or red.</source>
        <translation>新的风险等级：green、yellow、orange 或 red。</translation>
    </message>
    <message>
        <source>Where the change comes from: screening, session, teacher_report, parent, crisis, hospital or review.</source>
        <translation>变更来源：screening、session、teacher_report、parent、crisis、hospital 或 review。</translation>
    </message>
    <message>
        <source>Why: what was observed, and by whom.</source>
        <translation>原因：观察到了什么情况，由谁观察到。</translation>
    </message>
    <message>
        <source>--level must be green, yellow, orange or red, not &quot;%1&quot;.</source>
        <translation>--level 必须是 green、yellow、orange 或 red，不能是“%1”。</translation>
    </message>
    <message>
        <source>--source must be screening, session, teacher_report, parent, crisis, hospital or review, not &quot;%1&quot;.</source>
        <translation>--source 必须是 screening、session、teacher_report、parent、crisis、hospital 或 review，不能是“%1”。</translation>
    </message>
    <message>
        <source>The option --reason is required. Run &quot;xinan-cli risk set --help&quot; for its options.</source>
        <translation>必须提供 --reason 选项。运行“xinan-cli risk set --help”查看选项。</translation>
    </message>
    <message>
        <source>No student has the student number %1; nothing was changed.</source>
        <translation>没有学籍号为 %1 的学生，未做任何更改。</translation>
    </message>
    <message>
        <source>Risk level of %1 (%2): %3 → %4.</source>
        <translation>%1（%2）的风险等级：%3 → %4。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli risk list [options]
       xinan-cli risk set [options]
(xinan-cli risk list --help and xinan-cli risk set --help show the options.)</source>
        <translation>用法：xinan-cli risk list [options]
      xinan-cli risk set [options]
（xinan-cli risk list --help 和 xinan-cli risk set --help 显示各自的选项。）</translation>
    </message>
    <message>
        <source>Use &quot;risk list&quot; or &quot;risk set&quot;; run &quot;xinan-cli risk --help&quot; for more.</source>
        <translation>请使用“risk list”或“risk set”；运行“xinan-cli risk --help”了解更多。</translation>
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
  students   import a roster or list students (students import, students list)
  risk       list students by risk level or change a level (risk list, risk set)
  screening  import screening answers or list results (screening import, screening results)

Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong password or recovery key,
4 database damaged or not a XinAn database, 5 input rejected (nothing written).
</source>
        <translation>心安 %1：学校心理辅导室的加密档案。
用法：xinan-cli COMMAND [options]   （xinan-cli COMMAND --help 显示该命令的选项）

命令：
  init       新建学校数据库
  users      添加或列出账户（users add、users list）
  passwd     修改账户密码
  recover    用恢复密钥设置新密码
  backup     写入经过校验的备份文件
  restore    从备份恢复数据库
  verify     校验数据库是否损坏
  demo       新建一个含虚构演示学校的数据库
  students   导入花名册或列出学生（students import、students list）
  risk       按风险等级列出学生或更改风险等级（risk list、risk set）
  screening  导入测评作答或列出测评结果（screening import、screening results）

退出码：0 成功，1 其他错误，2 用法错误，3 密码或恢复密钥错误，
4 数据库已损坏或不是心安数据库，5 输入被拒绝（未写入任何内容）。
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>column %1 &quot;%2&quot;</source>
        <translation>第 %1 列“%2”</translation>
    </message>
    <message>
        <source>Import screening answers from a sheet exported by a survey tool (.xlsx or .csv, one row per student), score them and record them in a screening drive. Rows are matched by 学籍号, or by name and class. Usage: xinan-cli screening import [options] SHEET</source>
        <translation>从问卷工具导出的表格（.xlsx 或 .csv，每名学生一行）导入测评作答，计分后记入测评批次。按学籍号或姓名加班级匹配学生。用法：xinan-cli screening import [options] SHEET</translation>
    </message>
    <message>
        <source>The instrument the sheet answers: phq9 or gad7.</source>
        <translation>表格对应的测评工具：phq9 或 gad7。</translation>
    </message>
    <message>
        <source>The screening drive (created when new; default: the instrument and today&apos;s date).</source>
        <translation>测评批次（不存在时新建；默认为测评工具加今天的日期）。</translation>
    </message>
    <message>
        <source>The term of a new drive, for example 2026-2027-1.</source>
        <translation>新批次所属学期，例如 2026-2027-1。</translation>
    </message>
    <message>
        <source>Only check the sheet and show what would be recorded; write nothing.</source>
        <translation>只检查表格并显示将记录的内容，不写入任何数据。</translation>
    </message>
    <message>
        <source>Name exactly one sheet. Run &quot;xinan-cli screening import --help&quot; for its options.</source>
        <translation>请指定且只指定一个表格文件。运行“xinan-cli screening import --help”查看选项。</translation>
    </message>
    <message>
        <source>--instrument must be phq9 or gad7, not &quot;%1&quot;.</source>
        <translation>--instrument 必须是 phq9 或 gad7，不能是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1: header on row %2, %n row(s) below it.</source>
        <translation>
            <numerusform>表格 %1：表头在第 %2 行，其下共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>  学籍号: %1; name: %2; class: %3; grade: %4</source>
        <translation>  学籍号：%1；姓名：%2；班级：%3；年级：%4</translation>
    </message>
    <message>
        <source>  item %1: %2</source>
        <translation>  第 %1 题：%2</translation>
    </message>
    <message>
        <source>Screening drive: %1</source>
        <translation>测评批次：%1</translation>
    </message>
    <message>
        <source>Rows matched to students: %1</source>
        <translation>已匹配到学生的行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sheet have problems; nothing was imported. Correct them in the file, or use --skip-invalid to import only the valid rows.</source>
        <translation>
            <numerusform>表格中有 %n 行存在问题，未导入任何数据。请在文件中更正，或使用 --skip-invalid 只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 result(s), %2 row(s) skipped; %3 need a second-stage interview, %4 with a critical item (%5 raised to yellow).</source>
        <translation>已记录：%1 条结果，跳过 %2 行；%3 人需要二次评估，%4 人关键题阳性（%5 人升为黄色）。</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>测评工具</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键题</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>测评批次</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>共 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the scored screening results per student (of one drive, or of every drive).</source>
        <translation>按学生列出已计分的测评结果（某一批次或全部批次）。</translation>
    </message>
    <message>
        <source>Only the results of this screening drive.</source>
        <translation>只列出该测评批次的结果。</translation>
    </message>
    <message>
        <source>There is no screening drive called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的测评批次。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli screening import [options] SHEET
       xinan-cli screening results [options]
(xinan-cli screening import --help and xinan-cli screening results --help show the options.)</source>
        <translation>用法：xinan-cli screening import [options] SHEET
      xinan-cli screening results [options]
（xinan-cli screening import --help 和 xinan-cli screening results --help 显示选项。）</translation>
    </message>
    <message>
        <source>Use &quot;screening import&quot; or &quot;screening results&quot;; run &quot;xinan-cli screening --help&quot; for more.</source>
        <translation>请使用“screening import”或“screening results”；运行“xinan-cli screening --help”了解更多。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Read passwords and keys from standard input, one per line, in the order they are asked for.</source>
        <translation>从标准输入读取密码和密钥，每行一个，顺序与提示顺序一致。</translation>
    </message>
    <message>
        <source>Run &quot;xinan-cli %1 --help&quot; for its options.</source>
        <translation>运行“xinan-cli %1 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;xinan-cli %2 --help&quot; for its options.</source>
        <translation>无法识别的参数“%1”。运行“xinan-cli %2 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>The option --%1 is required. Run &quot;xinan-cli %2 --help&quot; for its options.</source>
        <translation>必须提供选项 --%1。运行“xinan-cli %2 --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Usage: xinan-cli %1 [options]</source>
        <translation>用法：xinan-cli %1 [选项]</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>无法初始化加密库。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a XinAn database. XinAn refuses to use it.</source>
        <translation>%1 是未加密的 SQLite 数据库，不是心安数据库。心安拒绝使用它。</translation>
    </message>
    <message>
        <source>%1 is not a XinAn database (the file is empty or too short).</source>
        <translation>%1 不是心安数据库（文件为空或过短）。</translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation>%1 已存在；心安不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The encryption key could not be set on %1.</source>
        <translation>无法为 %1 设置加密密钥。</translation>
    </message>
    <message>
        <source>This XinAn build is not linked with SQLCipher; it refuses to write unencrypted data.</source>
        <translation>此版本的心安未链接 SQLCipher，拒绝写入未加密的数据。</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted with this key: the database is damaged or is not a XinAn database.</source>
        <translation>无法用此密钥解密 %1：数据库已损坏，或不是心安数据库。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>数据库 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed in %1.</source>
        <translation>磁盘已满，%1 未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 是只读的，未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is in use by another XinAn window or program; try again after closing it.</source>
        <translation>%1 正被另一个心安窗口或其他程序使用，请将其关闭后重试。</translation>
    </message>
    <message>
        <source>The change was refused by the database&apos;s rules (%1); nothing was written.</source>
        <translation>此更改不符合数据库规则，已被拒绝（%1），未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read or write %1 (%2). Check that the disk or USB stick is still attached.</source>
        <translation>无法读写 %1（%2）。请检查磁盘或 U 盘是否仍连接在电脑上。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>数据库错误（操作：%1）：%2</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>复制数据库</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of demo students must be between 0 and 200000.</source>
        <translation>演示学生人数必须在 0 到 200000 之间。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>XinAn</source>
        <translation>心安</translation>
    </message>
    <message>
        <source>XinAn: a school counselling office&apos;s records, encrypted and offline.</source>
        <translation>心安：学校心理辅导室的档案，加密且离线。</translation>
    </message>
    <message>
        <source>The school database to open (NAME.xinan).</source>
        <translation>要打开的学校数据库（NAME.xinan）。</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>Instrument definition %1 is not valid: %2 Correct the definition and load it again.</source>
        <translation>测评工具定义文件 %1 无效：%2请修改定义文件后重新载入。</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot; (known fields: %3).</source>
        <translation>%1 含有未知字段“%2”（可用字段：%3）。</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 缺少“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be text in quotes.</source>
        <translation>%2 的“%1”必须是加引号的文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is empty.</source>
        <translation>%2 的“%1”为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is &quot;%3&quot;; use lower-case letters, digits and &apos;_&apos; only.</source>
        <translation>%2 的“%1”为“%3”；只能使用小写字母、数字和“_”。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2</source>
        <translation>%2 的“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be true or false.</source>
        <translation>%2 的“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be a list in [ ].</source>
        <translation>%2 的“%1”必须是用 [ ] 括起的列表。</translation>
    </message>
    <message>
        <source>%1 must be an object in { }.</source>
        <translation>%1 必须是用 { } 括起的对象。</translation>
    </message>
    <message>
        <source>%1 entry %2</source>
        <translation>%1 的第 %2 项</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>定义文件</translation>
    </message>
    <message>
        <source>&quot;options&quot; must list 2 to %1 answers; it lists %2.</source>
        <translation>“options”必须列出 2 到 %1 个选项，现在列出了 %2 个。</translation>
    </message>
    <message>
        <source>option value %1 appears twice; option values must be distinct.</source>
        <translation>选项分值 %1 出现了两次；各选项的分值不能相同。</translation>
    </message>
    <message>
        <source>option label &quot;%1&quot; appears twice; option labels must be distinct.</source>
        <translation>选项文字“%1”出现了两次；各选项的文字不能相同。</translation>
    </message>
    <message>
        <source>&quot;items&quot; must list 1 to %1 items; it lists %2.</source>
        <translation>“items”必须列出 1 到 %1 道题目，现在列出了 %2 道。</translation>
    </message>
    <message>
        <source>item number %1 appears twice.</source>
        <translation>题号 %1 出现了两次。</translation>
    </message>
    <message>
        <source>item number %1 is out of order: with %2 items, number them 1 to %2.</source>
        <translation>题号 %1 顺序不对：共 %2 道题目，应依次编为 1 到 %2。</translation>
    </message>
    <message>
        <source>reverse-scored items need symmetric option values, but option %1 has no mirror value %2.</source>
        <translation>反向计分题目要求选项分值对称，但选项 %1 没有对应的对称分值 %2。</translation>
    </message>
    <message>
        <source>&quot;scoring&quot;</source>
        <translation>“scoring”</translation>
    </message>
    <message>
        <source>scoring method &quot;%1&quot; is not supported; use &quot;sum&quot;.</source>
        <translation>不支持计分方式“%1”；请使用“sum”。</translation>
    </message>
    <message>
        <source>&quot;bands&quot; is empty; list the bands from %1 to %2.</source>
        <translation>“bands”为空；请列出从 %1 到 %2 的各个分级。</translation>
    </message>
    <message>
        <source>band &quot;%1&quot; runs from %2 to %3; &quot;from&quot; must not be above &quot;to&quot;.</source>
        <translation>分级“%1”的范围是 %2 到 %3；“from”不能大于“to”。</translation>
    </message>
    <message>
        <source>band code &quot;%1&quot; appears twice.</source>
        <translation>分级代码“%1”出现了两次。</translation>
    </message>
    <message>
        <source>the lowest band &quot;%1&quot; starts at %2, but the lowest possible total is %3.</source>
        <translation>最低分级“%1”从 %2 开始，但最低可能总分是 %3。</translation>
    </message>
    <message>
        <source>bands &quot;%1&quot; and &quot;%2&quot; overlap at totals %3 to %4.</source>
        <translation>分级“%1”和“%2”在总分 %3 到 %4 处重叠。</translation>
    </message>
    <message>
        <source>no band covers totals %1 to %2 (between &quot;%3&quot; and &quot;%4&quot;).</source>
        <translation>总分 %1 到 %2 没有对应的分级（位于“%3”和“%4”之间）。</translation>
    </message>
    <message>
        <source>the highest band &quot;%1&quot; ends at %2, but the highest possible total is %3.</source>
        <translation>最高分级“%1”到 %2 为止，但最高可能总分是 %3。</translation>
    </message>
    <message>
        <source>critical item %1 does not exist; the items are numbered 1 to %2.</source>
        <translation>危急题目第 %1 题不存在；题号范围为 1 到 %2。</translation>
    </message>
    <message>
        <source>critical item %1 triggers above %2, but answers run from %3 to %4; use a value from %3 to %5.</source>
        <translation>危急题目第 %1 题设定为高于 %2 时触发，但答案分值范围为 %3 到 %4；请使用 %3 到 %5 之间的值。</translation>
    </message>
    <message>
        <source>subscale code &quot;%1&quot; appears twice.</source>
        <translation>分量表代码“%1”出现了两次。</translation>
    </message>
    <message>
        <source>every item of subscale &quot;%1&quot;</source>
        <translation>分量表“%1”中的每个题号</translation>
    </message>
    <message>
        <source>subscale &quot;%1&quot; lists item %2, which does not exist; the items are numbered 1 to %3.</source>
        <translation>分量表“%1”列出了第 %2 题，但该题不存在；题号范围为 1 到 %3。</translation>
    </message>
    <message>
        <source>subscale &quot;%1&quot; lists item %2 twice.</source>
        <translation>分量表“%1”两次列出了第 %2 题。</translation>
    </message>
    <message>
        <source>item %1 belongs to subscale &quot;%2&quot;, which is not listed in &quot;subscales&quot;.</source>
        <translation>第 %1 题属于分量表“%2”，但“subscales”中没有列出该分量表。</translation>
    </message>
    <message>
        <source>subscale &quot;%1&quot; has no items.</source>
        <translation>分量表“%1”没有任何题目。</translation>
    </message>
    <message>
        <source>The built-in instrument %1 is missing from this copy of XinAn; reinstall XinAn.</source>
        <translation>此心安副本缺少内置测评工具 %1；请重新安装心安。</translation>
    </message>
    <message>
        <source>The built-in instrument %1 has the id &quot;%2&quot;; reinstall XinAn.</source>
        <translation>内置测评工具 %1 的 id 为“%2”；请重新安装心安。</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes.</source>
        <translation>文件超过 %1 字节。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>the definition must be one JSON object in { }.</source>
        <translation>定义文件必须是一个用 { } 括起的 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 has %2 items, but %3 answers were given.</source>
        <translation>%1 共有 %2 道题目，但提供了 %3 个答案。</translation>
    </message>
    <message>
        <source>%1 item %2: %3 is not one of the answers (%4).</source>
        <translation>%1 第 %2 题：%3 不是可选答案（%4）。</translation>
    </message>
    <message>
        <source>%1: no band covers the total %2; the instrument definition is damaged.</source>
        <translation>%1：总分 %2 没有对应的分级；测评工具定义文件已损坏。</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>Not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>内存不足，无法验证密码（Argon2id 需要 %1 MiB）。</translation>
    </message>
    <message>
        <source>The account name must be 1 to 32 characters long.</source>
        <translation>账户名长度必须为 1 到 32 个字符。</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; contains a space or a character that is not allowed.</source>
        <translation>账户名“%1”含有空格或不允许使用的字符。</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>密码太短：请至少使用 8 个字符。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a XinAn key file. The database can still be opened with the recovery key.</source>
        <translation>密钥文件 %1 已损坏，或不是心安密钥文件。仍可用恢复密钥打开数据库。</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of XinAn.</source>
        <translation>密钥文件 %1 由更高版本的心安生成。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this database. Accounts: %2</source>
        <translation>此数据库中没有账户“%1”。现有账户：%2</translation>
    </message>
    <message>
        <source>Wrong password for account &quot;%1&quot;.</source>
        <translation>账户“%1”的密码错误。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 was written by a newer version of XinAn (schema %2; this version knows up to %3). Please update XinAn.</source>
        <translation>%1 由更高版本的心安生成（数据结构版本 %2；当前版本最高支持 %3）。请升级心安。</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>The note is empty: write what happened.</source>
        <translation>记录是空的：请写下发生了什么。</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 fit. Shorten it or split it into two notes.</source>
        <translation>记录有 %1 个字，最多只能写 %2 个字。请删减，或分成两条记录。</translation>
    </message>
    <message>
        <source>The note has no date.</source>
        <translation>记录没有日期。</translation>
    </message>
    <message>
        <source>The note&apos;s date %1 is in the future.</source>
        <translation>记录日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The note no longer exists; it may have been deleted.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Risk level: %1 → %2</source>
        <translation>风险等级：%1 → %2</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1（来源：%2）</translation>
    </message>
    <message>
        <source>Total %1 (%2), screening drive &quot;%3&quot;</source>
        <translation>总分 %1（%2），测评批次“%3”</translation>
    </message>
    <message>
        <source>; critical item positive</source>
        <translation>；关键题阳性</translation>
    </message>
    <message>
        <source>; second-stage interview needed</source>
        <translation>；需要二次评估</translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation>心理测评：%1</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>This is not a recovery key: it should be nine groups of five letters and digits.</source>
        <translation>这不是恢复密钥：恢复密钥应为 9 组，每组 5 个字母或数字。</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake (its check group does not match). Please compare it with the printed key.</source>
        <translation>恢复密钥有输入错误（校验组不匹配）。请与打印出的密钥逐字核对。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>XinAn recovery key</source>
        <translation>心安恢复密钥</translation>
    </message>
    <message>
        <source>Keep this sheet in the school safe.</source>
        <translation>请将此页存放在学校保险柜中。</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>打印日期：</translation>
    </message>
    <message>
        <source>What the key is for</source>
        <translation>恢复密钥的用途</translation>
    </message>
    <message>
        <source>It opens the database %1 when every password is forgotten, or when the key file %2 is lost or damaged. It also opens every backup of this database.</source>
        <translation>忘记了所有密码，或密钥文件 %2 丢失、损坏时，可用它打开数据库 %1。它也能打开此数据库的所有备份。</translation>
    </message>
    <message>
        <source>To use it, choose &quot;%1&quot; in the window that asks for the password, type the key (capital or small letters), then choose the account and a new password.</source>
        <translation>使用方法：在要求输入密码的窗口中选择“%1”，输入恢复密钥（字母大小写均可），然后选择账户并设置新密码。</translation>
    </message>
    <message>
        <source>How to keep it</source>
        <translation>保管方法</translation>
    </message>
    <message>
        <source>Keep this sheet locked in the school safe, away from the computer and from the backups.</source>
        <translation>请将此页锁在学校保险柜中，不要和电脑或备份放在一起。</translation>
    </message>
    <message>
        <source>Do not photograph, scan or type the key into any computer, phone or chat.</source>
        <translation>不要拍照、扫描，也不要把密钥输入任何电脑、手机或聊天软件。</translation>
    </message>
    <message>
        <source>Anyone who has this key and a copy of the database can read every student&apos;s record.</source>
        <translation>任何人只要有这把密钥和一份数据库副本，就能查看所有学生的档案。</translation>
    </message>
    <message>
        <source>XinAn cannot show the key again. If this sheet is lost, tell the head of the counselling office at once.</source>
        <translation>心安无法再次显示这把密钥。如果此页丢失，请立即告知心理辅导室负责人。</translation>
    </message>
    <message>
        <source>Put in the safe by:</source>
        <translation>存放人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Yellow (watch)</source>
        <translation>黄色·三级一般关注</translation>
    </message>
    <message>
        <source>Orange (key student)</source>
        <translation>橙色·二级重点关注</translation>
    </message>
    <message>
        <source>Red (crisis)</source>
        <translation>红色·一级危机</translation>
    </message>
    <message>
        <source>Green (routine)</source>
        <translation>绿色·常规</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>Teacher report</source>
        <translation>教师反映</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长反映</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复评</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>个体辅导</translation>
    </message>
</context>
<context>
    <name>RiskRepository</name>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Give the reason for the change of risk level: what was observed, and by whom.</source>
        <translation>请填写更改风险等级的原因：观察到了什么情况，由谁观察到。</translation>
    </message>
    <message>
        <source>The reason has %1 characters; at most %2 fit. Shorten it and write the details in a note.</source>
        <translation>原因有 %1 个字，最多只能写 %2 个字。请删减，并把详细情况写在记录中。</translation>
    </message>
    <message>
        <source>The change&apos;s time %1 is in the future.</source>
        <translation>变更时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>The student is already at the level %1; nothing was changed.</source>
        <translation>该学生的风险等级已是 %1，未做任何更改。</translation>
    </message>
    <message>
        <source>A screening result cannot lower a risk level (from %1 to %2). A counsellor must confirm a lower level, for example after a session or at a review.</source>
        <translation>心理测评结果不能降低风险等级（从 %1 降到 %2）。降级须由心理教师确认，例如在个体辅导后或复评时。</translation>
    </message>
    <message>
        <source>The student&apos;s level was already changed after %1; record the change with a later time.</source>
        <translation>该学生的风险等级在 %1 之后已有变更；请用更晚的时间记录此次变更。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 has no header row: none of its first %2 rows names at least two columns XinAn knows (such as 学籍号, 姓名, 性别, 出生日期, 年级, 班级). Add a header row above the students.</source>
        <translation>%1 没有表头行：前 %2 行中没有一行含有至少两个心安能识别的列名（如学籍号、姓名、性别、出生日期、年级、班级）。请在学生数据上方加一行表头。</translation>
    </message>
    <message>
        <source>%1 has a header row (row %2) but no students below it.</source>
        <translation>%1 有表头行（第 %2 行），但其下没有学生。</translation>
    </message>
    <message>
        <source>The roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; XinAn does not import files that large.</source>
        <translation>%1 大于 %2 MB，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 is an old-style Excel file (.xls) or a password-protected workbook. Open it in Excel or WPS and save it as .xlsx or CSV without a password.</source>
        <translation>%1 是旧版 Excel 文件（.xls）或设有密码的工作簿。请用 Excel 或 WPS 打开，另存为不带密码的 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (.xlsx): it is not a zip package. Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
        <translation>无法将 %1 作为 Excel 工作簿（.xlsx）读取：它不是 zip 包。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS as CSV.</source>
        <translation>%1 不是文本表格：既不是 UTF-8 也不是 GB18030（GBK）编码的文本。请用 Excel 或 WPS 另存为 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>（忽略此列）</translation>
    </message>
    <message>
        <source>Student number (学籍号)</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name (姓名)</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender (性别)</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date (出生日期)</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Grade (年级)</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class (班级)</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Ethnic group (民族)</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Boarding (寄宿)</source>
        <translation>寄宿</translation>
    </message>
    <message>
        <source>Left-behind child (留守儿童)</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Single-parent family (单亲)</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <source>Orphan (孤儿)</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>Migrant child (随迁子女)</source>
        <translation>随迁子女</translation>
    </message>
    <message>
        <source>Disability (残疾)</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Family financial hardship (家庭经济困难)</source>
        <translation>家庭经济困难</translation>
    </message>
    <message>
        <source>Guardian&apos;s name (监护人)</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation (与学生关系)</source>
        <translation>监护人与学生关系</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone (联系电话)</source>
        <translation>监护人联系电话</translation>
    </message>
    <message>
        <source>Enrolment status (学籍状态)</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Row %1, %2, value &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2 中的“%3”：%4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… 另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1: choose the columns that hold the student number (学籍号) and the name (姓名); XinAn matches students by their student number.</source>
        <translation>%1：请选出学籍号列和姓名列；心安按学籍号对应学生。</translation>
    </message>
    <message>
        <source>the student number (学籍号) is missing.</source>
        <translation>缺少学籍号。</translation>
    </message>
    <message>
        <source>the same student number is also on row(s) %1; each student may appear only once.</source>
        <translation>第 %1 行也有相同的学籍号；每名学生只能出现一次。</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>the gender is not one XinAn knows (use 男 or 女).</source>
        <translation>无法识别性别（请填“男”或“女”）。</translation>
    </message>
    <message>
        <source>this is not a date (write it as 2013-05-01).</source>
        <translation>这不是日期（请写成 2013-05-01 的格式）。</translation>
    </message>
    <message>
        <source>the grade is not one XinAn knows (for example 三年级, 初一, 七年级, 高二 or 1 to 12).</source>
        <translation>无法识别年级（可填如三年级、初一、七年级、高二，或 1 到 12）。</translation>
    </message>
    <message>
        <source>the grade is missing.</source>
        <translation>缺少年级。</translation>
    </message>
    <message>
        <source>the status is not one XinAn knows (在读, 毕业, 转出 or 休学).</source>
        <translation>无法识别学籍状态（请填在读、毕业、转出或休学）。</translation>
    </message>
    <message>
        <source>write 是 or 否.</source>
        <translation>请填“是”或“否”。</translation>
    </message>
    <message>
        <source>the guardian&apos;s name is missing (a relation or phone number is given).</source>
        <translation>缺少监护人姓名（但填了关系或联系电话）。</translation>
    </message>
    <message>
        <source>this is not a phone number (11 digits for a mobile, or a landline with its area code).</source>
        <translation>这不是电话号码（手机为 11 位数字，座机需带区号）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the roster have problems; nothing was imported. Correct them in the file, or import only the valid rows.</source>
        <translation>
            <numerusform>花名册中有 %n 行有问题，未导入任何内容。请在文件中改正，或选择只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The import stopped and nothing was written: %1</source>
        <translation>导入已中止，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 rows skipped</source>
        <translation>%1：新增 %2 名，更新 %3 名，无变化 %4 名，跳过 %5 行</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>RosterReader</name>
    <message>
        <source>%1: row %2 has a cell longer than %3 characters; this is not a roster.</source>
        <translation>%1：第 %2 行有单元格超过 %3 个字符，这不是花名册。</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns; this is not a roster.</source>
        <translation>%1：第 %2 行超过 %3 列，这不是花名册。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; XinAn does not import files that large.</source>
        <translation>%1 超过 %2 行，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (.xlsx): %2. Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
        <translation>无法将 %1 作为 Excel 工作簿（.xlsx）读取：%2。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <source>it is not a zip package</source>
        <translation>它不是 zip 包</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation>无法解压其中的部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>部件 %1 已损坏</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; XinAn does not import files that large.</source>
        <translation>%1 解压后超过 %2 MB，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 has a cell longer than %2 characters; this is not a roster.</source>
        <translation>%1 有单元格超过 %2 个字符，这不是花名册。</translation>
    </message>
    <message>
        <source>%1 has too many different texts; XinAn does not import files that large.</source>
        <translation>%1 中不同的文字内容太多，心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>the shared strings are damaged (%1)</source>
        <translation>共享字符串已损坏（%1）</translation>
    </message>
    <message>
        <source>it has no workbook part</source>
        <translation>缺少工作簿部件</translation>
    </message>
    <message>
        <source>the workbook part is damaged (%1)</source>
        <translation>工作簿部件已损坏（%1）</translation>
    </message>
    <message>
        <source>its first worksheet is missing</source>
        <translation>缺少第一个工作表</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is malformed</source>
        <translation>单元格引用“%1”格式错误</translation>
    </message>
    <message>
        <source>%1 has more than %2 columns; this is not a roster.</source>
        <translation>%1 超过 %2 列，这不是花名册。</translation>
    </message>
    <message>
        <source>a cell refers to a shared text that does not exist</source>
        <translation>有单元格引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>the worksheet is damaged (%1)</source>
        <translation>工作表已损坏（%1）</translation>
    </message>
</context>
<context>
    <name>SchoolFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>缺少学校名称。</translation>
    </message>
    <message>
        <source>%1 already exists; XinAn does not overwrite an existing file.</source>
        <translation>%1 已存在；心安不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Open the database with its recovery key to set a new password (xinan-cli recover).</source>
        <translation>密钥文件 %1 不存在。请用恢复密钥打开数据库并设置新密码（xinan-cli recover）。</translation>
    </message>
    <message>
        <source>This database has several accounts (%1); name one with --user.</source>
        <translation>此数据库有多个账户（%1），请用 --user 指定其中一个。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Open the database with its recovery key (xinan-cli recover).</source>
        <translation>密钥文件 %1 已损坏。请用恢复密钥打开数据库（xinan-cli recover）。</translation>
    </message>
    <message>
        <source>%1 is damaged or does not belong to this key file (its header does not match).</source>
        <translation>%1 已损坏，或与此密钥文件不对应（文件头不匹配）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header does not match its recovery key.</source>
        <translation>%1 已损坏：文件头与恢复密钥不匹配。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to %1.</source>
        <translation>此恢复密钥不属于 %1。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation>账户“%1”已存在。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a XinAn database. XinAn refuses to use it.</source>
        <translation>%1 是未加密的 SQLite 数据库，不是心安数据库。心安拒绝使用它。</translation>
    </message>
</context>
<context>
    <name>SchoolRepository</name>
    <message>
        <source>The database %1 has no school record; it is damaged or not a XinAn database.</source>
        <translation>数据库 %1 中没有学校记录，它已损坏或不是心安数据库。</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>缺少学校名称。</translation>
    </message>
    <message>
        <source>Unknown school type &quot;%1&quot;; use one of: %2</source>
        <translation>未知的学校类型“%1”，请使用以下之一：%2</translation>
    </message>
</context>
<context>
    <name>ScreeningImport</name>
    <message>
        <source>%1 has no header row: none of its first %2 rows names a 学籍号 or 姓名 column. Add a header row above the answers.</source>
        <translation>%1 没有表头行：前 %2 行中没有一行含有“学籍号”或“姓名”列。请在作答数据上方加一行表头。</translation>
    </message>
    <message>
        <source>%1 has a header row (row %2) but no answers below it.</source>
        <translation>%1 有表头行（第 %2 行），但其下没有作答数据。</translation>
    </message>
    <message>
        <source>Row %1, item %2, value &quot;%3&quot;: %4</source>
        <translation>第 %1 行，第 %2 题，值“%3”：%4</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; XinAn does not import files that large.</source>
        <translation>%1 大于 %2 MB；心安不导入这么大的文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is not a text table: it is neither UTF-8 nor GB18030 (GBK) text. Save it from Excel or WPS as CSV.</source>
        <translation>%1 不是文本表格：既不是 UTF-8 也不是 GB18030（GBK）文本。请在 Excel 或 WPS 中另存为 CSV。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The sheet has neither a 学籍号 column nor 姓名 and 班级 columns; XinAn cannot tell whose answers each row holds.</source>
        <translation>表格既没有“学籍号”列，也没有“姓名”和“班级”列；心安无法判断每行是哪位学生的作答。</translation>
    </message>
    <message>
        <source>The sheet has %1 column(s) after the student&apos;s columns, but %2 has %3 items. Check that the sheet holds the answers of this instrument.</source>
        <translation>表格在学生信息列之后只有 %1 列，而 %2 有 %3 道题。请检查表格是否为该测评工具的作答。</translation>
    </message>
    <message>
        <source>no student has the 学籍号 %1</source>
        <translation>没有学籍号为 %1 的学生</translation>
    </message>
    <message>
        <source>no enrolled student called %1 in class %2</source>
        <translation>%2 没有名叫 %1 的在读学生</translation>
    </message>
    <message>
        <source>%1 enrolled students are called %2 in class %3; add the 学籍号 to this row</source>
        <translation>%3 有 %1 名在读学生都叫 %2；请在此行填写学籍号</translation>
    </message>
    <message>
        <source>the row has neither a 学籍号 nor a name and class</source>
        <translation>此行既没有学籍号，也没有姓名和班级</translation>
    </message>
    <message>
        <source>the answer is missing</source>
        <translation>缺少作答</translation>
    </message>
    <message>
        <source>not one of the options of %1</source>
        <translation>不是 %1 的选项之一</translation>
    </message>
    <message>
        <source>%1 (%2) already has a %3 result in the drive &quot;%4&quot;</source>
        <translation>%1（%2）在批次“%4”中已有 %3 结果</translation>
    </message>
    <message>
        <source>%1 (%2) is already on row %3</source>
        <translation>%1（%2）已出现在第 %3 行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sheet have problems; nothing was imported.</source>
        <translation>
            <numerusform>表格中有 %n 行存在问题，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more problem(s).</source>
        <translation>…另有 %1 个问题。</translation>
    </message>
</context>
<context>
    <name>ScreeningRepository</name>
    <message>
        <source>%1 (screening drive &quot;%2&quot;)</source>
        <translation>%1（测评批次“%2”）</translation>
    </message>
    <message>
        <source>The screening drive has no name.</source>
        <translation>测评批次没有名称。</translation>
    </message>
    <message>
        <source>XinAn does not know the instrument &quot;%1&quot;.</source>
        <translation>心安不认识测评工具“%1”。</translation>
    </message>
    <message>
        <source>A screening drive called &quot;%1&quot; exists already; choose another name.</source>
        <translation>名为“%1”的测评批次已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>Unknown source of screening results: %1.</source>
        <translation>未知的测评结果来源：%1。</translation>
    </message>
    <message>
        <source>A screening result needs the date it was taken, not in the future.</source>
        <translation>测评结果需要填写测评日期，且不能是将来的日期。</translation>
    </message>
    <message>
        <source>The student already has a %1 result in the screening drive &quot;%2&quot;; nothing was recorded.</source>
        <translation>该学生在测评批次“%2”中已有 %1 结果；未记录任何内容。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生档案已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>%1 critical item: %2</source>
        <translation>%1 危急题目：%2</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The two passwords do not match; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
    <message>
        <source>Standard input ended before &quot;%1&quot; was given (--password-stdin reads one secret per line).</source>
        <translation>标准输入在提供“%1”之前就已结束（--password-stdin 每行读取一个密码或密钥）。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for &quot;%1&quot;; pass secrets on standard input with --password-stdin.</source>
        <translation>没有可用于输入“%1”的终端；请使用 --password-stdin 通过标准输入传入密码或密钥。</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>Student</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Primary 1</source>
        <translation>一年级</translation>
    </message>
    <message>
        <source>Primary 2</source>
        <translation>二年级</translation>
    </message>
    <message>
        <source>Primary 3</source>
        <translation>三年级</translation>
    </message>
    <message>
        <source>Primary 4</source>
        <translation>四年级</translation>
    </message>
    <message>
        <source>Primary 5</source>
        <translation>五年级</translation>
    </message>
    <message>
        <source>Primary 6</source>
        <translation>六年级</translation>
    </message>
    <message>
        <source>Junior 1</source>
        <translation>初一</translation>
    </message>
    <message>
        <source>Junior 2</source>
        <translation>初二</translation>
    </message>
    <message>
        <source>Junior 3</source>
        <translation>初三</translation>
    </message>
    <message>
        <source>Senior 1</source>
        <translation>高一</translation>
    </message>
    <message>
        <source>Senior 2</source>
        <translation>高二</translation>
    </message>
    <message>
        <source>Senior 3</source>
        <translation>高三</translation>
    </message>
    <message>
        <source>Vocational 1</source>
        <translation>中职一年级</translation>
    </message>
    <message>
        <source>Vocational 2</source>
        <translation>中职二年级</translation>
    </message>
    <message>
        <source>Vocational 3</source>
        <translation>中职三年级</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1年级</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Single-parent family</source>
        <translation>单亲家庭</translation>
    </message>
    <message>
        <source>Orphan or de facto unsupported</source>
        <translation>孤儿或事实无人抚养儿童</translation>
    </message>
    <message>
        <source>Migrant child</source>
        <translation>随迁子女</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Family financial hardship</source>
        <translation>家庭经济困难</translation>
    </message>
    <message>
        <source>Student number (学籍号) is missing.</source>
        <translation>缺少学籍号。</translation>
    </message>
    <message>
        <source>Student number (学籍号) &quot;%1&quot; must be 6 to 30 letters or digits.</source>
        <translation>学籍号“%1”必须由 6 到 30 个字母或数字组成。</translation>
    </message>
    <message>
        <source>Name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is longer than 40 characters.</source>
        <translation>姓名“%1”超过 40 个字符。</translation>
    </message>
    <message>
        <source>Grade %1 is not a grade XinAn knows (primary 1 to vocational 3).</source>
        <translation>年级 %1 无效：心安只支持一年级到中职三年级。</translation>
    </message>
    <message>
        <source>Birth date %1 is not plausible for a student.</source>
        <translation>出生日期 %1 不像是学生的出生日期，请核对。</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; is longer than 20 characters.</source>
        <translation>班级“%1”超过 20 个字符。</translation>
    </message>
    <message>
        <source>Unknown special circumstances.</source>
        <translation>特殊情况中含有未知项。</translation>
    </message>
    <message>
        <source>At most 4 guardians can be recorded.</source>
        <translation>最多只能登记 4 位监护人。</translation>
    </message>
    <message>
        <source>Guardian %1: name is missing.</source>
        <translation>第 %1 位监护人：缺少姓名。</translation>
    </message>
    <message>
        <source>Guardian %1: phone number &quot;%2&quot; should contain only digits.</source>
        <translation>第 %1 位监护人：电话号码“%2”只能包含数字。</translation>
    </message>
    <message>
        <source>ID-card number (身份证号) %1 is not valid: it must be 17 digits and a digit or X, with the right check character.</source>
        <translation>身份证号 %1 无效：应为 17 位数字加 1 位数字或 X，且校验位正确。</translation>
    </message>
</context>
<context>
    <name>StudentRepository</name>
    <message>
        <source>Student %1 cannot be saved: %2</source>
        <translation>无法保存学生 %1：%2</translation>
    </message>
    <message>
        <source>Student number (学籍号) %1 is already used by another student.</source>
        <translation>学籍号 %1 已被其他学生使用。</translation>
    </message>
    <message>
        <source>The student record no longer exists; it may have been deleted.</source>
        <translation>该学生记录已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>File header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>encrypted, header matches the key</source>
        <translation>已加密，文件头与密钥匹配</translation>
    </message>
    <message>
        <source>the header does not match the key</source>
        <translation>文件头与密钥不匹配</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite 完整性检查</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>all references valid</source>
        <translation>所有引用均有效</translation>
    </message>
    <message>
        <source>%1 broken references</source>
        <translation>%1 处引用失效</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>version %1 (expected %2)</source>
        <translation>版本 %1（应为 %2）</translation>
    </message>
    <message>
        <source>School record</source>
        <translation>学校记录</translation>
    </message>
    <message>
        <source>Student records</source>
        <translation>学生记录</translation>
    </message>
    <message>
        <source>%1 students, %2 invalid</source>
        <translation>%1 名学生，其中 %2 名信息无效</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>the key file belongs to another database</source>
        <translation>该密钥文件属于另一个数据库</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>slots for unknown accounts: %1</source>
        <translation>存在未知账户的密钥槽：%1</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Import the student list from the student registry (学籍系统) or a class list, saved as an Excel workbook (.xlsx) or a CSV file. Nothing is written until you choose Import.</source>
        <translation>从学籍系统或班级名单导入学生名单，文件需保存为 Excel 工作簿（.xlsx）或 CSV 文件。在点击“导入”之前，不会写入任何内容。</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Roster file:</source>
        <translation>花名册文件：</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>花名册 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking every row against the database…</source>
        <translation>正在逐行与数据库核对…</translation>
    </message>
    <message>
        <source>Importing… Cancel stops the import and writes nothing.</source>
        <translation>正在导入…点击取消会中止导入，不写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged, %4 row(s) with problems skipped.</source>
        <translation>导入完成：新增 %1 名，有变化 %2 名，无变化 %3 名，跳过有问题的 %4 行。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>xinan::ui::ImportReportView</name>
    <message>
        <source>All or nothing: import only when every row is valid (recommended)</source>
        <translation>全部有效才导入：所有行都有效时才导入（推荐）</translation>
    </message>
    <message>
        <source>Import the valid rows only and skip the rows with problems</source>
        <translation>只导入有效行，跳过有问题的行</translation>
    </message>
    <message>
        <source>new students</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>enrolled but not in the file (left as they are)</source>
        <translation>在读但名单中没有（保持不变）</translation>
    </message>
    <message>
        <source>rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked against the database.</source>
        <translation>
            <numerusform>已将 %n 行与数据库核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has guardian columns: the guardians of imported students are replaced by those in the file.</source>
        <translation>文件中有监护人列：导入学生的监护人将被替换为文件中的监护人。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Correct them in the file and choose the file again, or import the valid rows only.</source>
        <translation>
            <numerusform>发现 %n 个问题。请在文件中改正后重新选择文件，或只导入有效行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xinan::ui::LockScreen</name>
    <message>
        <source>XinAn is locked</source>
        <translation>心安已锁定</translation>
    </message>
    <message>
        <source>The records are hidden and the database is closed. Enter the password to go on working.</source>
        <translation>档案已隐藏，数据库已关闭。输入密码即可继续工作。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Quit XinAn</source>
        <translation>退出心安</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
</context>
<context>
    <name>xinan::ui::MainWindow</name>
    <message>
        <source>The overview cannot be read</source>
        <translation>无法读取学校概况</translation>
    </message>
    <message>
        <source>XinAn — %1</source>
        <translation>心安 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify database</source>
        <translation>校验数据库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About XinAn</source>
        <translation>关于心安(&amp;A)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>The account that opened the database</source>
        <translation>打开此数据库所用的账户</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>XinAn backups (*.xinan-backup)</source>
        <translation>心安备份 (*.xinan-backup)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在校验数据库…</translation>
    </message>
    <message>
        <source>Verify database</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <source>About XinAn</source>
        <translation>关于心安</translation>
    </message>
    <message>
        <source>XinAn %1

Records of a school&apos;s psychological counselling office, kept encrypted and offline on this computer.</source>
        <translation>心安 %1

学校心理辅导室的档案，加密并离线保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>The backup %1 was written and checked.

It opens with the recovery key or with the password of any of these accounts: %2.

Keep it away from this computer, for example on a USB stick in a locked drawer.</source>
        <translation>备份 %1 已写入并通过校验。

可用恢复密钥或以下任一账户的密码打开：%2。

请把备份存放在这台电脑以外的地方，例如存到 U 盘里，锁进抽屉。</translation>
    </message>
    <message>
        <source>School overview</source>
        <translation>学校概况</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>XinAn — locked</source>
        <translation>心安 — 已锁定</translation>
    </message>
    <message>
        <source>Unlock XinAn</source>
        <translation>解锁心安</translation>
    </message>
    <message>
        <source>Quit XinAn?</source>
        <translation>退出心安？</translation>
    </message>
    <message>
        <source>XinAn stays locked until the password is entered. Quit XinAn now?</source>
        <translation>输入密码之前，心安会一直保持锁定。现在退出心安吗？</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>正在写入自动备份…</translation>
    </message>
    <message>
        <source>Old backups not deleted</source>
        <translation>旧备份未删除</translation>
    </message>
    <message>
        <source>The automatic backup %1 was written, but these older backups could not be deleted:

%2</source>
        <translation>自动备份 %1 已写入，但以下旧备份无法删除：

%2</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>XinAn closes anyway; the database itself is unchanged. Back up with File → Back up… when you next open it.</source>
        <translation>心安仍会关闭，数据库本身没有变化。下次打开时，请用“文件 → 备份…”进行备份。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::NewSchoolDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>New school database</source>
        <translation>新建学校数据库</translation>
    </message>
    <message>
        <source>Where the database file is kept</source>
        <translation>数据库文件的存放位置</translation>
    </message>
    <message>
        <source>For example wanglaoshi (no spaces)</source>
        <translation>例如 wanglaoshi（不能有空格）</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>School name:</source>
        <translation>学校名称：</translation>
    </message>
    <message>
        <source>School type:</source>
        <translation>学校类型：</translation>
    </message>
    <message>
        <source>City or prefecture:</source>
        <translation>市（州）：</translation>
    </message>
    <message>
        <source>County or district:</source>
        <translation>县（区）：</translation>
    </message>
    <message>
        <source>First account:</source>
        <translation>第一个账户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>XinAn databases (*.xinan)</source>
        <translation>心安数据库 (*.xinan)</translation>
    </message>
    <message>
        <source>Choose where the database file is kept.</source>
        <translation>请选择数据库文件的存放位置。</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>请输入学校名称。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Enter them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>%1 already exists. XinAn never overwrites a database; choose another name.</source>
        <translation>%1 已存在。心安绝不会覆盖已有的数据库，请另取一个名称。</translation>
    </message>
    <message>
        <source>The database is encrypted. Only the password of one of its accounts or its recovery key (shown once after creation) can open it.</source>
        <translation>数据库是加密的，只有其中任一账户的密码或恢复密钥（创建后只显示一次）才能打开。</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>What happened, what was said or agreed, what comes next</source>
        <translation>发生了什么，谈了什么或约定了什么，下一步怎么做</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>记录：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::OverviewPage</name>
    <message>
        <source>No enrolled students yet.</source>
        <translation>暂无在读学生。</translation>
    </message>
    <message>
        <source>Enrolled students</source>
        <translation>在读学生</translation>
    </message>
    <message>
        <source>Boarders</source>
        <translation>寄宿生</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Enrolled students per grade</source>
        <translation>各年级在读学生人数</translation>
    </message>
    <message>
        <source>Special circumstances (enrolled)</source>
        <translation>特殊情况（在读学生）</translation>
    </message>
    <message>
        <source>A student may have several.</source>
        <translation>一名学生可能同时有多种特殊情况。</translation>
    </message>
    <message>
        <source>Accounts that can open this database</source>
        <translation>可以打开此数据库的账户</translation>
    </message>
</context>
<context>
    <name>xinan::ui::PasswordChangeBox</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password of account %1</source>
        <translation>账户 %1 的密码</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Enter them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>The password of account %1 was changed. Use the new password from now on.</source>
        <translation>账户 %1 的密码已修改，今后请使用新密码。</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>当前密码错误，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::PasswordStrengthBar</name>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RecoveryKeyDialog</name>
    <message>
        <source>I have written down or printed the recovery key and will keep it locked away.</source>
        <translation>我已抄下或打印恢复密钥，并会把它锁好保管。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>This is the recovery key of the new database. It opens the database when every password is forgotten or the key file is lost. It is shown only now and is not stored anywhere.</source>
        <translation>这是新数据库的恢复密钥。即使忘记了所有密码或丢失了密钥文件，也能用它打开数据库。它只在此时显示这一次，不会保存在任何地方。</translation>
    </message>
    <message>
        <source>Print it or copy it by hand, and keep it somewhere locked, away from the computer. Anyone who has it can open the students&apos; records.</source>
        <translation>请把它打印出来或手抄下来，锁在远离电脑的地方。任何人拿到它都能打开学生档案。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RecoveryPage</name>
    <message>
        <source>Back to password</source>
        <translation>返回用密码打开</translation>
    </message>
    <message>
        <source>Nine groups of five letters or digits</source>
        <translation>共九组，每组五个字母或数字</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Enter them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RestoreDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Password of account</source>
        <translation>账户密码</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup file, for example from a USB stick. The backup is checked completely before anything is replaced.</source>
        <translation>请选择备份文件，例如 U 盘上的备份。在替换任何文件之前，会先完整校验备份。</translation>
    </message>
    <message>
        <source>No backup chosen yet</source>
        <translation>尚未选择备份</translation>
    </message>
    <message>
        <source>Where the restored database is kept</source>
        <translation>恢复出的数据库的存放位置</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>恢复到：</translation>
    </message>
    <message>
        <source>Open it with:</source>
        <translation>打开方式：</translation>
    </message>
    <message>
        <source>Choose another backup.</source>
        <translation>请选择其他备份。</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>学校：%1</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>备份时间：%1</translation>
    </message>
    <message>
        <source>It opens with the recovery key only.</source>
        <translation>此备份只能用恢复密钥打开。</translation>
    </message>
    <message>
        <source>It opens with the recovery key or with the password of any of these accounts: %1.</source>
        <translation>可用恢复密钥或以下任一账户的密码打开：%1。</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>XinAn backup (*.xinan-backup)</source>
        <translation>心安备份 (*.xinan-backup)</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Where the restored database goes</source>
        <translation>恢复出的数据库放在哪里</translation>
    </message>
    <message>
        <source>XinAn databases (*.xinan)</source>
        <translation>心安数据库 (*.xinan)</translation>
    </message>
    <message>
        <source>The current database %1 will be kept aside as %2, never deleted. The restored database takes its place.</source>
        <translation>现有数据库 %1 会改名保留为 %2，绝不会被删除。恢复出的数据库将取代它的位置。</translation>
    </message>
    <message>
        <source>&lt;date&gt;-&lt;time&gt;</source>
        <translation>&lt;日期&gt;-&lt;时间&gt;</translation>
    </message>
    <message>
        <source>A new database file is created here.</source>
        <translation>将在此处新建一个数据库文件。</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Nine groups of five letters or digits</source>
        <translation>共九组，每组五个字母或数字</translation>
    </message>
    <message>
        <source>The password the account had when the backup was made</source>
        <translation>制作备份时该账户使用的密码</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>请选择备份文件。</translation>
    </message>
    <message>
        <source>Choose where the restored database goes.</source>
        <translation>请选择恢复出的数据库的存放位置。</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The backup of %1 made on %2 was restored to %3.</source>
        <translation>已将 %1 于 %2 制作的备份恢复到 %3。</translation>
    </message>
    <message>
        <source>The database that was there before was kept as %1. It was not deleted; keep it until you are sure the restored database is complete.</source>
        <translation>原来的数据库已改名保留为 %1，没有被删除。请保留它，直到确认恢复出的数据库完整无误。</translation>
    </message>
    <message>
        <source>Open it with the password an account had when the backup was made, or with the recovery key.</source>
        <translation>请用制作备份时任一账户的密码或恢复密钥打开它。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <source>Wrong password for account %1. Enter the password it had when the backup was made.</source>
        <translation>账户 %1 的密码错误。请输入制作备份时该账户的密码。</translation>
    </message>
    <message>
        <source>This backup is damaged. Nothing was changed; try another backup.</source>
        <translation>此备份已损坏，没有做任何更改。请换一个备份试试。</translation>
    </message>
    <message>
        <source>The backup is damaged</source>
        <translation>备份已损坏</translation>
    </message>
    <message>
        <source>Nothing was changed. Try another backup, for example an older one or a copy on another USB stick.</source>
        <translation>没有做任何更改。请换一个备份试试，例如更早的备份，或另一个 U 盘上的副本。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
</context>
<context>
    <name>xinan::ui::RosterMappingView</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
    <message>
        <source>What each column holds (student number (学籍号) and name (姓名) are required):</source>
        <translation>各列的内容（学籍号和姓名为必选）：</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · encoding %3 · headers in row %4 · %n data row(s)</source>
        <translation>
            <numerusform>%1 · %2 · 编码 %3 · 表头在第 %4 行 · %n 行数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the roster file first.</source>
        <translation>请先选择花名册文件。</translation>
    </message>
    <message>
        <source>The columns %1 and %2 both import as %3. Choose one of them.</source>
        <translation>%1 和 %2 两列都导入为“%3”，请只选其中一列。</translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>请选择“%1”所在的列。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Password and lock</source>
        <translation>密码与锁定</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Language and data</source>
        <translation>语言与数据</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>空闲多久后锁定：</translation>
    </message>
    <message>
        <source>Locking hides every record and closes the database until the password is entered again. Lock at once with File → Lock now (Ctrl+L) when leaving the computer.</source>
        <translation>锁定后，所有档案都会隐藏，数据库会关闭，直到再次输入密码。离开电脑时，请用“文件 → 立即锁定”（Ctrl+L）马上锁定。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Back up automatically when XinAn closes</source>
        <translation>关闭心安时自动备份</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>保留最近的备份份数：</translation>
    </message>
    <message>
        <source>Each automatic backup is a file named after the database and the time, for example school-20260901-173000.xinan-backup. Beyond the number kept, the oldest automatic backups in the folder are deleted; no other file is touched. Left empty, the folder shown greyed out above (beside the database) is used. A folder on a USB stick must be plugged in when XinAn closes.</source>
        <translation>每份自动备份都是一个以数据库名称和时间命名的文件，例如 school-20260901-173000.xinan-backup。超出保留份数时，会删除该文件夹中最早的自动备份，不会动其他任何文件。留空时，使用上方灰色显示的、数据库旁边的文件夹。如果文件夹在 U 盘上，关闭心安时 U 盘必须插在电脑上。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language on this computer</source>
        <translation>本机语言</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Takes effect the next time XinAn starts.</source>
        <translation>下次启动心安时生效。</translation>
    </message>
    <message>
        <source>School data (for every account of this database)</source>
        <translation>学校数据（对此数据库的所有账户生效）</translation>
    </message>
    <message>
        <source>Store ID-card numbers (身份证号)</source>
        <translation>保存身份证号</translation>
    </message>
    <message>
        <source>Usually not needed: the student number (学籍号) identifies every student. An ID-card number is sensitive personal information; store it only when a form really requires it. Turning this off later does not delete numbers already stored.</source>
        <translation>通常不需要：学籍号已能区分每名学生。身份证号属于敏感个人信息，只有表格确实要求时才保存。以后关闭此项，不会删除已保存的身份证号。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The setting cannot be saved</source>
        <translation>无法保存设置</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StartDialog</name>
    <message>
        <source>XinAn</source>
        <translation>心安</translation>
    </message>
    <message>
        <source>XinAn — student mental-health records</source>
        <translation>心安 — 学生心理健康档案</translation>
    </message>
    <message>
        <source>Everything is kept encrypted on this computer. Nothing is sent over the network.</source>
        <translation>所有数据都加密保存在这台电脑上，不会通过网络发送任何内容。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Open school database…</source>
        <translation>打开学校数据库…</translation>
    </message>
    <message>
        <source>Create new school database…</source>
        <translation>新建学校数据库…</translation>
    </message>
    <message>
        <source>Open school database</source>
        <translation>打开学校数据库</translation>
    </message>
    <message>
        <source>XinAn databases (*.xinan)</source>
        <translation>心安数据库 (*.xinan)</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentFileDialog</name>
    <message>
        <source>Lives at school (boarder)</source>
        <translation>住校（寄宿生）</translation>
    </message>
    <message>
        <source>Add guardian</source>
        <translation>添加监护人</translation>
    </message>
    <message>
        <source>Remove guardian</source>
        <translation>删除监护人</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Family and guardians</source>
        <translation>家庭与监护人</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>新学生</translation>
    </message>
    <message>
        <source>Student file: %1</source>
        <translation>学生档案：%1</translation>
    </message>
    <message>
        <source>e.g. G520102201309010001</source>
        <translation>例如 G520102201309010001</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>e.g. 3班</source>
        <translation>例如 3班</translation>
    </message>
    <message>
        <source>Student number (学籍号):</source>
        <translation>学籍号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Graduated, transferred out and suspended students are archived: kept, but hidden from the list of current students.</source>
        <translation>毕业、转出和休学的学生会归档：档案保留，但不在在读学生名单中显示。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>学籍状态：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>ID-card number (身份证号):</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Up to %1 guardians: parents, grandparents or whoever looks after the student. Double-click a cell to edit it.</source>
        <translation>最多 %1 位监护人：父母、祖父母或其他照管学生的人。双击单元格即可编辑。</translation>
    </message>
    <message>
        <source>Circumstances that call for more attention. A student may have several.</source>
        <translation>需要多加关注的情况。一名学生可能同时有多种。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Copy phone number</source>
        <translation>复制联系电话</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds.</source>
        <translation>剪贴板将在 30 秒后清空。</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentListModel</name>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Boarder</source>
        <translation>寄宿</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Boarding</source>
        <translation>寄宿</translation>
    </message>
    <message>
        <source>Special circumstances</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentTimeline</name>
    <message>
        <source>Add note…</source>
        <translation>添加记录…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Save the student first; then notes can be added here.</source>
        <translation>请先保存学生信息，然后才能在这里添加记录。</translation>
    </message>
    <message>
        <source>Everything dated about this student: notes and risk-level changes, newest first.</source>
        <translation>该学生的全部有日期的内容：记录和风险等级变化，最新的排在最前。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::StudentsPage</name>
    <message>
        <source>Add student…</source>
        <translation>添加学生…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials (zs for 张三) or student number</source>
        <translation>搜索：姓名、拼音首字母（如 zs 表示张三）或学籍号</translation>
    </message>
    <message>
        <source>Any circumstances</source>
        <translation>不限特殊情况</translation>
    </message>
    <message>
        <source>Some special circumstance</source>
        <translation>有特殊情况</translation>
    </message>
    <message>
        <source>Current students</source>
        <translation>在读学生</translation>
    </message>
    <message>
        <source>Archived (graduated, transferred, suspended)</source>
        <translation>已归档（毕业、转出、休学）</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>全部学生</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>Copy student number (学籍号)</source>
        <translation>复制学籍号</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>复制姓名</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds.</source>
        <translation>剪贴板将在 30 秒后清空。</translation>
    </message>
</context>
<context>
    <name>xinan::ui::UnlockDialog</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open school database</source>
        <translation>打开学校数据库</translation>
    </message>
    <message>
        <source>The key file that holds the passwords (%1) is missing or damaged. The database can still be opened with its recovery key; then choose a new password.</source>
        <translation>保存密码的密钥文件（%1）不存在或已损坏。仍可用恢复密钥打开数据库，然后设置新密码。</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery key</source>
        <translation>忘记密码？使用恢复密钥</translation>
    </message>
    <message>
        <source>Enter the recovery key that was printed or written down when the database was created, then choose a new password for the account.</source>
        <translation>请输入创建数据库时打印或抄下的恢复密钥，然后为该账户设置新密码。</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Open and set password</source>
        <translation>打开并设置密码</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>请选择账户。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Key file recreated</source>
        <translation>密钥文件已重建</translation>
    </message>
    <message>
        <source>The key file was missing or damaged and has been created again. Only the account %1 can open the database now; other accounts must be added again.</source>
        <translation>密钥文件不存在或已损坏，现已重新创建。目前只有账户 %1 能打开数据库，其他账户需要重新添加。</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Wrong password for account %1.</source>
        <translation>账户 %1 的密码错误。</translation>
    </message>
    <message>
        <source>Stop using this database. Restore the latest backup (choose &quot;Restore from a backup…&quot; here, on the start window or in the File menu), or ask someone who can help. If only the key file is damaged, open the database with the recovery key.</source>
        <translation>请停止使用此数据库。请从最近的备份恢复（在这里、启动窗口或“文件”菜单中选择“从备份恢复…”），或请懂行的人帮忙。如果只是密钥文件损坏，请用恢复密钥打开数据库。</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
</context>
<context>
    <name>xinan::ui::VerifyDialog</name>
    <message>
        <source>Verify database</source>
        <translation>校验数据库</translation>
    </message>
    <message numerus="yes">
        <source>%1 passed all %n check(s).</source>
        <translation>
            <numerusform>%1 通过了全部 %n 项检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n check(s). Do not add records; restore the latest backup with File → Restore from a backup…, or ask for help.</source>
        <translation>
            <numerusform>%1 有 %n 项检查未通过。请不要再添加记录；请通过“文件 → 从备份恢复…”恢复最近的备份，或找人帮忙。</numerusform>
        </translation>
    </message>
</context>
</TS>
