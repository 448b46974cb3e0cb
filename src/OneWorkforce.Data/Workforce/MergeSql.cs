using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Data.Workforce;

/// <summary>
/// The set-based SQL of an upload: the checks across files and the merge of staged rows into the real
/// tables (changed rows updated, new rows added, unchanged rows left alone, rows marked "delete" removed).
/// The same statements on both databases but for the "is different" operator.
/// </summary>
internal sealed class MergeSql(DatabaseProvider provider)
{
    private string Differs => provider == DatabaseProvider.Postgres ? "IS DISTINCT FROM" : "IS NOT";

    private static IReadOnlyList<string> DataColumns(RecordLayout layout) =>
        layout.Fields.Select(f => f.Column).Where(c => c is not "organisation_reference" and not "action").ToList();

    /// <summary>Rows whose key is on an earlier row of the staged files too: file_no, row_no, key, first file_no, first row_no.</summary>
    public static string Duplicates(RecordLayout layout)
    {
        var keys = layout.KeyColumns;
        var join = string.Join(" AND ", keys.Select(k => $"s.{k} = d.{k}"));
        return $"""
            SELECT s.file_no, s.row_no, {string.Join(" || ' / ' || ", keys.Select(k => $"CAST(s.{k} AS TEXT)"))}, d.first_file, d.first_row
            FROM stage_{layout.Name} s
            JOIN (SELECT {string.Join(", ", keys)}, MIN(file_no * 10000000000 + row_no) AS first_key, MIN(file_no) AS first_file,
                         MIN(row_no) AS first_row, COUNT(*) AS n
                  FROM stage_{layout.Name} GROUP BY {string.Join(", ", keys)} HAVING COUNT(*) > 1) d ON {join}
            WHERE s.file_no * 10000000000 + s.row_no > d.first_key
            ORDER BY s.file_no, s.row_no
            """;
    }

    /// <summary>Staged rows whose organisation reference is not an organisation of the area: file_no, row_no, reference.</summary>
    public static string UnknownOrganisations(RecordLayout layout) => $"""
        SELECT s.file_no, s.row_no, s.organisation_reference FROM stage_{layout.Name} s
        WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.area_id = @area AND o.reference = s.organisation_reference)
        ORDER BY s.file_no, s.row_no
        """;

    /// <summary>Staged training rows whose person is neither held nor added by a workers file of the same upload: file_no, row_no, staff reference.</summary>
    public static string UnknownWorkers(bool withStagedWorkers) => $"""
        SELECT s.file_no, s.row_no, s.staff_reference FROM stage_training s
        WHERE NOT EXISTS (SELECT 1 FROM workers w JOIN organisations o ON o.id = w.organisation_id
                          WHERE o.area_id = @area AND o.reference = s.organisation_reference AND w.staff_reference = s.staff_reference
                          {(withStagedWorkers ? "AND NOT EXISTS (SELECT 1 FROM stage_workers d WHERE d.organisation_reference = s.organisation_reference AND d.staff_reference = s.staff_reference AND d.action = 'delete')" : "")})
        {(withStagedWorkers ? "AND NOT EXISTS (SELECT 1 FROM stage_workers sw WHERE sw.organisation_reference = s.organisation_reference AND sw.staff_reference = s.staff_reference AND sw.action IS NULL)" : "")}
        ORDER BY s.file_no, s.row_no
        """;

    private static string Matched(RecordLayout layout) => $"""
        (SELECT o.id AS organisation_id, st.* FROM stage_{layout.Name} st
         JOIN organisations o ON o.area_id = @area AND o.reference = st.organisation_reference)
        """;

    private static string KeyMatch(RecordLayout layout, string table, string staged) =>
        string.Join(" AND ", [$"{table}.organisation_id = {staged}.organisation_id", .. layout.KeyColumns.Where(k => k != "organisation_reference").Select(k => $"{table}.{k} = {staged}.{k}")]);

    /// <summary>Rows marked "delete" that match nothing held: file_no, row_no.</summary>
    public static string DeletesNotFound(RecordLayout layout, string table) => $"""
        SELECT s.file_no, s.row_no FROM {Matched(layout)} s
        WHERE s.action = 'delete' AND NOT EXISTS (SELECT 1 FROM {table} t WHERE {KeyMatch(layout, "t", "s")})
        ORDER BY s.file_no, s.row_no
        """;

    public string Update(RecordLayout layout, string table)
    {
        var columns = DataColumns(layout).Where(c => !layout.KeyColumns.Contains(c)).ToList();
        return $"""
            UPDATE {table} SET {string.Join(", ", columns.Select(c => $"{c} = s.{c}"))}, submission_id = @submission, updated_at = @now
            FROM {Matched(layout)} s
            WHERE s.action IS NULL AND {KeyMatch(layout, table, "s")}
              AND ({string.Join(" OR ", columns.Select(c => $"{table}.{c} {Differs} s.{c}"))})
            """;
    }

    public static string Insert(RecordLayout layout, string table)
    {
        var columns = DataColumns(layout);
        var workerJoin = table == "training_records"
            ? "JOIN workers w ON w.organisation_id = s.organisation_id AND w.staff_reference = s.staff_reference"
            : "";
        return $"""
            INSERT INTO {table} (area_id, organisation_id, {(table == "training_records" ? "worker_id, " : "")}{string.Join(", ", columns)}, submission_id, updated_at)
            SELECT @area, s.organisation_id, {(table == "training_records" ? "w.id, " : "")}{string.Join(", ", columns.Select(c => $"s.{c}"))}, @submission, @now
            FROM {Matched(layout)} s {workerJoin}
            WHERE s.action IS NULL AND NOT EXISTS (SELECT 1 FROM {table} t WHERE {KeyMatch(layout, "t", "s")})
            """;
    }

    public static string Delete(RecordLayout layout, string table) => $"""
        DELETE FROM {table} WHERE id IN (SELECT t.id FROM {table} t JOIN {Matched(layout)} s ON {KeyMatch(layout, "t", "s")} WHERE s.action = 'delete')
        """;

    /// <summary>Training records of workers about to be removed go with them.</summary>
    public static string DeleteTrainingOfRemovedWorkers => $"""
        DELETE FROM training_records WHERE worker_id IN (SELECT t.id FROM workers t JOIN {Matched(WorkforceStandard.Workers)} s ON {KeyMatch(WorkforceStandard.Workers, "t", "s")} WHERE s.action = 'delete')
        """;
}
