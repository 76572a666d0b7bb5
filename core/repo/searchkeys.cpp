#include "searchkeys.h"

#include "../domain/pinyin.h"
#include "../store/database.h"

#include <QList>
#include <QString>

namespace xinan {

int refreshStudentSearchKeys(Database &db)
{
    // Rewriting every student's key is a StudentBasic write: SchoolFile runs this right after
    // the migrations, under Access::system(), before the account's access is set.
    requireAccess(db.access(), DataKind::StudentBasic, AccessOp::Write);
    static constexpr char VersionKey[] = "students/search_key_version";
    {
        Statement st(db, "SELECT value FROM settings WHERE key = ?");
        st.bind(1, QString::fromLatin1(VersionKey));
        if (st.step() && st.text(0).toInt() >= SearchKeyVersion)
            return 0;
    }
    struct Row
    {
        qint64 id;
        QString key;
    };
    QList<Row> changed;
    {
        Statement rows(db, "SELECT id, name, student_no, search_key FROM students");
        while (rows.step()) {
            const QString key = studentSearchKey(rows.text(1), rows.text(2));
            if (key != rows.text(3))
                changed.append({ rows.int64(0), key });
        }
    }
    Transaction tx(db);
    Statement set(db, "UPDATE students SET search_key = ? WHERE id = ?");
    for (const Row &r : changed) {
        set.bind(1, r.key).bind(2, r.id).run();
        set.reset();
    }
    Statement version(db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    version.bind(1, QString::fromLatin1(VersionKey)).bind(2, QString::number(SearchKeyVersion)).run();
    tx.commit();
    return static_cast<int>(changed.size());
}

} // namespace xinan
